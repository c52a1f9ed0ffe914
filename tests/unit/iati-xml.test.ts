// The IATI file's pure parts: escaping, languages held, periods per year, dates and codes.
import { describe, expect, it } from "vitest";
import { buildIatiActivityFile, type IatiAgreement } from "@/lib/open-data/iati";
import { securityTxt } from "@/lib/open-data/security-txt";
import { escapeXml } from "@/lib/open-data/xml";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const agreement = (overrides: Partial<IatiAgreement> = {}): IatiAgreement => ({
  id: "a1",
  status: "IN_FORCE",
  title: { en: "MoU <AI> & data", ms: null, zh: "人工智能" },
  summary: null,
  signedOn: day("2025-04-16"),
  effectiveOn: null,
  expiresOn: day("2030-04-15"),
  updatedAt: new Date("2026-01-01T00:00:00Z"),
  parties: [{ name: { en: "Ministry of Digital" }, kind: "MINISTRY" }],
  implementers: [{ name: { en: "Zhejiang University" }, kind: "UNIVERSITY" }],
  documents: [],
  publicUrl: null,
  relatedAgreementIds: [],
  areas: [
    {
      title: { en: "Talent" },
      description: null,
      indicators: [
        {
          title: { en: "Trained" },
          description: null,
          unit: "people",
          startOn: day("2025-06-01"),
          targetOn: day("2027-03-31"),
          baseline: "0",
          target: "40",
          actuals: [
            { reportedOn: day("2025-09-01"), value: "5" },
            { reportedOn: day("2025-12-01"), value: "12" },
            { reportedOn: day("2026-05-01"), value: "20" },
          ],
        },
      ],
    },
    { title: { en: "Unmeasured" }, description: null, indicators: [] },
  ],
  ...overrides,
});

const file = (value: IatiAgreement, today = "2026-06-01") =>
  buildIatiActivityFile({ organisationPrefix: "MY-GOV-KD", reportingOrganisationName: "Ministry & Co", generatedAt: new Date("2026-06-01T00:00:00Z"), today: day(today), agreements: [value] });

describe("IATI activity file", () => {
  it("escapes markup and writes only the languages held", () => {
    const xml = file(agreement());
    expect(xml).toContain('<narrative xml:lang="en">MoU &lt;AI&gt; &amp; data</narrative>');
    expect(xml).toContain('<narrative xml:lang="zh">人工智能</narrative>');
    expect(xml).not.toContain('xml:lang="ms"');
    expect(xml).toContain('<narrative xml:lang="en">Ministry &amp; Co</narrative>');
    expect(escapeXml("a\u0001b\"")).toBe("ab&quot;");
  });

  it("reports one period per year with the year's latest actual and the target in its year; unmeasured areas are left out", () => {
    const xml = file(agreement());
    expect(xml.match(/<period>/g)).toHaveLength(3);
    expect(xml).toMatch(/<period-start iso-date="2025-06-01"\/>\s*<period-end iso-date="2025-12-31"\/>\s*<actual value="12"\/>/);
    expect(xml).toMatch(/<period-start iso-date="2026-01-01"\/>\s*<period-end iso-date="2026-12-31"\/>\s*<actual value="20"\/>/);
    expect(xml).toMatch(/<period-start iso-date="2027-01-01"\/>\s*<period-end iso-date="2027-12-31"\/>\s*<target value="40"\/>/);
    expect(xml).toContain('<baseline year="2025" iso-date="2025-06-01" value="0"/>');
    expect(xml.match(/<result /g)).toHaveLength(1);
  });

  it("maps status and dates: started once signed and past, planned end until ended", () => {
    const inForce = file(agreement());
    expect(inForce).toContain('<activity-status code="2"/>');
    expect(inForce).toContain('<activity-date type="2" iso-date="2025-04-16"/>');
    expect(inForce).toContain('<activity-date type="3" iso-date="2030-04-15"/>');
    const expired = file(agreement({ status: "EXPIRED", expiresOn: day("2026-01-31") }));
    expect(expired).toContain('<activity-status code="4"/>');
    expect(expired).toContain('<activity-date type="4" iso-date="2026-01-31"/>');
    const terminated = file(agreement({ status: "TERMINATED" }));
    expect(terminated).toContain('<activity-status code="5"/>');
    const undated = file(agreement({ status: "SIGNED", signedOn: null, expiresOn: null }));
    expect(undated).toContain('<activity-status code="1"/>');
    expect(undated).toContain('<activity-date type="1" iso-date="2026-01-01"/>');
    expect(undated).not.toContain("mou:signed");
  });

  it("links external documents, the public page and related agreements by their identifiers", () => {
    const xml = file(agreement({ documents: [{ title: "Signed text", url: "https://example.gov.my/mou.pdf" }], publicUrl: "https://mou.example/public/agreements/a1", relatedAgreementIds: ["a0"] }));
    expect(xml).toContain('<document-link url="https://example.gov.my/mou.pdf" format="application/pdf">');
    expect(xml).toContain('<category code="A09"/>');
    expect(xml).toContain('<document-link url="https://mou.example/public/agreements/a1" format="text/html">');
    expect(xml).toContain('<category code="A12"/>');
    expect(xml).toContain('<related-activity ref="MY-GOV-KD-a0" type="3"/>');
    expect(xml).toContain("<iati-identifier>MY-GOV-KD-a1</iati-identifier>");
  });
});

describe("security.txt", () => {
  it("names the contact, expires six months ahead and says where it lives", () => {
    const text = securityTxt({ contact: "mailto:security@digital.gov.my", canonicalBase: "https://mou.example", now: new Date("2026-01-01T00:00:00Z") });
    expect(text).toContain("Contact: mailto:security@digital.gov.my\n");
    expect(text).toContain("Expires: 2026-07-02T00:00:00Z\n");
    expect(text).toContain("Canonical: https://mou.example/.well-known/security.txt\n");
  });
});
