// The IATI 2.03 export: the seed's agreements validate with xmllint against the official schema
// (vendored in tests/fixtures/iati-2.03), carry every language held, the administrator's
// organisation prefix, the results and indicators of measured milestones, and nothing inside
// (drafts); only administrators and managers may export.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { updateOpenSettings } from "@/lib/actions/open-data";
import { ForbiddenError } from "@/lib/auth/session";
import { buildIatiExport } from "@/lib/data/open-data";
import { GET as downloadIati } from "@/app/(app)/admin/open-data/iati/route";
import { seedDatabase } from "../../prisma/seed-data";
import { actAs } from "../helpers/request";
import { createAgreementRecord, createBilateralSetting } from "../helpers/agreement-factories";
import { createUser, testDb } from "../helpers/factories";

const schema = path.resolve("tests/fixtures/iati-2.03/iati-activities-schema.xsd");
const run = promisify(execFile);

async function validate(xml: string): Promise<{ ok: boolean; output: string }> {
  const directory = await mkdtemp(path.join(tmpdir(), "iati-"));
  const file = path.join(directory, "export.xml");
  await writeFile(file, xml);
  try {
    const { stderr } = await run("xmllint", ["--noout", "--nonet", "--schema", schema, file]);
    return { ok: true, output: stderr };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr ?? error) };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

let seededIds: string[] = [];

beforeAll(async () => {
  await seedDatabase(testDb, { includeDemoUsers: false, today: new Date("2026-03-16T00:00:00Z") });
  seededIds = (await testDb.agreement.findMany({ where: { id: { startsWith: "seed_" } }, select: { id: true } })).map((row) => row.id);
}, 120_000);

describe("IATI 2.03 export", () => {
  it("exports the seed as an activity file that validates against the official schema", async () => {
    expect(seededIds.length).toBeGreaterThanOrEqual(3);
    actAs(await createUser({ role: "MANAGER" }));
    const xml = await buildIatiExport(seededIds);
    const result = await validate(xml);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);

    expect(xml.match(/<iati-activity /g)).toHaveLength(seededIds.length);
    // Titles in every language held, the parties as accountable organisations, the dates.
    expect(xml).toContain('<narrative xml:lang="zh">');
    expect(xml).toContain('<narrative xml:lang="ms">');
    expect(xml).toMatch(/<participating-org role="2" type="10">\s*<narrative xml:lang="en">Ministry of Digital<\/narrative>/);
    expect(xml).toContain('<mou:signed iso-date="2025-04-16"/>');
    // Cooperation areas with measured milestones become results with indicators, baseline and target.
    expect(xml).toMatch(/<result type="2">[\s\S]*<indicator measure="1" ascending="1">[\s\S]*<baseline year="\d{4}"[^>]*value="0"/);
    expect(xml).toMatch(/<target value="\d+"\/>/);
  });

  it("marks identifiers with the prefix an administrator chose (audited), and refuses a malformed one", async () => {
    const admin = await createUser({ role: "ADMIN" });
    actAs(admin);
    const refused = await updateOpenSettings(undefined, { iatiOrganisationPrefix: "not a prefix", iatiReportingOrganisationName: "Ministry of Digital", securityContact: "mailto:security@digital.gov.my" });
    expect(refused.status).toBe("error");
    const saved = await updateOpenSettings(undefined, { iatiOrganisationPrefix: "MY-GOV-KD", iatiReportingOrganisationName: "Ministry of Digital", securityContact: "mailto:security@digital.gov.my" });
    expect(saved.status).toBe("success");
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "openSettings.update", actorId: admin.id } });
    expect(audit.after).toMatchObject({ iatiOrganisationPrefix: "MY-GOV-KD" });

    const xml = await buildIatiExport(seededIds.slice(0, 1));
    expect(xml).toContain(`<iati-identifier>MY-GOV-KD-${seededIds[0]}</iati-identifier>`);
    expect(xml).toContain('<reporting-org ref="MY-GOV-KD" type="10">');
    expect((await validate(xml)).ok).toBe(true);
  });

  it("leaves drafts out and refuses officers and members, through the data function and the download", async () => {
    const { malaysia, china } = await createBilateralSetting();
    const draft = await createAgreementRecord({ partyIds: { malaysia: malaysia.id, china: china.id }, status: "DRAFT" });
    actAs(await createUser({ role: "ADMIN" }));
    const xml = await buildIatiExport([draft.id, seededIds[0]!]);
    expect(xml).not.toContain(draft.id);

    const response = await downloadIati(new Request(`http://localhost/admin/open-data/iati?agreement=${seededIds[0]}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/xml");
    expect(await response.text()).toContain("<iati-activities");

    for (const role of ["OFFICER", "WG_MEMBER"] as const) {
      actAs(await createUser({ role }));
      await expect(buildIatiExport(seededIds)).rejects.toBeInstanceOf(ForbiddenError);
      expect((await downloadIati(new Request(`http://localhost/admin/open-data/iati?agreement=${seededIds[0]}`))).status).toBe(404);
    }
    actAs(null);
    expect((await downloadIati(new Request(`http://localhost/admin/open-data/iati?agreement=${seededIds[0]}`))).status).toBe(401);
  });
});
