import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/agreements/history-diff";
import { agreementFiltersQuery, parseAgreementFilters } from "@/lib/agreements/list-filters";
import { canRecordAgreementWithParties } from "@/lib/permissions";
import { changeAgreementStatusSchema, createAgreementSchema } from "@/lib/schemas/agreement";
import { addAgreementDocumentSchema } from "@/lib/schemas/agreement-document";
import { createOrganisationSchema } from "@/lib/schemas/reference-data";

const valid = { type: "MOU", titleEn: "MoU on Digital Economy", summaryEn: "Cooperation.", partyIds: ["org_my", "org_cn"] };

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("the agreement schema", () => {
  it("accepts a minimal agreement and turns blanks into nulls and one value into a list", () => {
    const parsed = createAgreementSchema.parse({ ...valid, partyIds: "org_my", titleMs: " ", signedOn: "", durationMonths: "" });
    expect(parsed).toMatchObject({ partyIds: ["org_my"], titleMs: null, signedOn: null, durationMonths: null, signatories: [], signingEventId: "" });
  });

  it("requires the English title and summary and at least one party", () => {
    expect(issuesOf(createAgreementSchema.safeParse({ type: "MOU", titleEn: "", summaryEn: "" }))).toMatchObject({
      titleEn: "errors.required",
      summaryEn: "errors.required",
      partyIds: "agreements.errors.partiesRequired",
    });
  });

  it("refuses unknown types, unknown fields and impossible dates", () => {
    expect(issuesOf(createAgreementSchema.safeParse({ ...valid, type: "TREATY" }))).toMatchObject({ type: "errors.invalidChoice" });
    expect(createAgreementSchema.safeParse({ ...valid, status: "IN_FORCE" }).error?.issues[0]?.code).toBe("unrecognized_keys");
    expect(issuesOf(createAgreementSchema.safeParse({ ...valid, signedOn: "2025-02-30" }))).toMatchObject({ signedOn: "errors.invalidFormat" });
    expect(issuesOf(createAgreementSchema.safeParse({ ...valid, noticeDays: "-3" }))).toHaveProperty("noticeDays");
  });

  it("refuses contradicting dates at the field", () => {
    expect(issuesOf(createAgreementSchema.safeParse({ ...valid, signedOn: "2025-04-16", effectiveOn: "2025-04-01" }))).toEqual({ effectiveOn: "agreements.errors.effectiveBeforeSigned" });
    expect(issuesOf(createAgreementSchema.safeParse({ ...valid, signedOn: "2025-04-16", expiresOn: "2024-04-16" }))).toEqual({ expiresOn: "agreements.errors.expiresBeforeSigned" });
    expect(issuesOf(createAgreementSchema.safeParse({ ...valid, effectiveOn: "2025-06-01", expiresOn: "2025-05-01" }))).toEqual({ expiresOn: "agreements.errors.expiresBeforeEffective" });
    // A new signing event's date counts as the signing date.
    expect(issuesOf(createAgreementSchema.safeParse({ ...valid, signingEventId: "new", newEventDate: "2025-04-16", newEventPlaceEn: "Putrajaya", effectiveOn: "2025-04-01" }))).toEqual({
      effectiveOn: "agreements.errors.effectiveBeforeSigned",
    });
  });

  it("needs the date and place of a new signing event, and an organisation for each signatory", () => {
    expect(issuesOf(createAgreementSchema.safeParse({ ...valid, signingEventId: "new" }))).toEqual({ newEventDate: "errors.required", newEventPlaceEn: "errors.required" });
    expect(issuesOf(createAgreementSchema.safeParse({ ...valid, signatories: [{ personId: "" }, { personId: "person_1", organisationId: "" }] }))).toEqual({
      "signatories.1.organisationId": "errors.required",
    });
  });

  it("accepts only lifecycle statuses in a status change", () => {
    expect(changeAgreementStatusSchema.safeParse({ id: "a1", version: "2", toStatus: "IN_FORCE" }).success).toBe(true);
    expect(issuesOf(changeAgreementStatusSchema.safeParse({ id: "a1", version: "2", toStatus: "RENEWED" }))).toEqual({ toStatus: "errors.invalidChoice" });
  });
});

describe("the document schema", () => {
  it("needs a file or a link, not both, and only web links", () => {
    expect(issuesOf(addAgreementDocumentSchema.safeParse({ agreementId: "a1", title: "Signed copy", file: new File([], "") }))).toEqual({ file: "agreements.errors.fileOrUrl" });
    expect(issuesOf(addAgreementDocumentSchema.safeParse({ agreementId: "a1", title: "x", url: "javascript:alert(1)" }))).toHaveProperty("url");
    const both = addAgreementDocumentSchema.safeParse({ agreementId: "a1", title: "x", url: "https://example.org/a.pdf", file: new File(["%PDF-"], "a.pdf") });
    expect(issuesOf(both)).toEqual({ url: "agreements.errors.fileOrUrlNotBoth" });
  });
});

describe("organisations", () => {
  it("take a two-letter country code, upper-cased", () => {
    expect(createOrganisationSchema.parse({ nameEn: "MOSTI", country: "my", side: "MALAYSIA", kind: "MINISTRY" }).country).toBe("MY");
    expect(issuesOf(createOrganisationSchema.safeParse({ nameEn: "X", country: "MYS", side: "MALAYSIA", kind: "MINISTRY" }))).toEqual({ country: "organisations.errors.country" });
  });
});

describe("who may record an agreement with which parties", () => {
  const actor = (role: "ADMIN" | "MANAGER" | "OFFICER" | "WG_MEMBER", organisationId: string | null) => ({ id: "u", role, organisationId, personId: null });
  it("lets officers record only with their own organisation as a party", () => {
    expect(canRecordAgreementWithParties(actor("OFFICER", "mod"), ["mod", "ndrc"])).toBe(true);
    expect(canRecordAgreementWithParties(actor("OFFICER", "mod"), ["mdec", "ndrc"])).toBe(false);
    expect(canRecordAgreementWithParties(actor("ADMIN", null), ["mdec", "ndrc"])).toBe(true);
    expect(canRecordAgreementWithParties(actor("MANAGER", "mod"), ["mod", "ndrc"])).toBe(false);
    expect(canRecordAgreementWithParties(actor("WG_MEMBER", "mod"), ["mod", "ndrc"])).toBe(false);
  });
});

describe("list filters in the URL", () => {
  it("reads known values, ignores the rest, and writes back only what differs from the defaults", () => {
    const filters = parseAgreementFilters({ q: " digital ", type: "MOU", status: "BOGUS", year: "2025", page: "3", archived: "all", sort: "title", party: "x'; drop" });
    expect(filters).toMatchObject({ q: "digital", type: "MOU", status: null, year: 2025, page: 3, archived: "all", sort: "title", dir: "asc", partyId: null });
    expect(agreementFiltersQuery(filters, { page: 1 })).toBe("q=digital&type=MOU&year=2025&archived=all&sort=title");
    expect(agreementFiltersQuery(parseAgreementFilters({}))).toBe("");
    expect(parseAgreementFilters({ page: "-1", year: "abc" })).toMatchObject({ page: 1, year: null, sort: "signedOn", dir: "desc" });
  });
});

describe("history diffs", () => {
  it("lists only changed fields, as recorded, without bookkeeping", () => {
    const before = { id: "a", version: 1, titleEn: "Old", parties: ["A (MALAYSIA)"], signedOn: "2025-04-16T00:00:00.000Z", noticeDays: null };
    const after = { id: "a", version: 2, titleEn: "New", parties: ["A (MALAYSIA)", "B (CHINA)"], signedOn: "2025-04-16T00:00:00.000Z", noticeDays: 90 };
    expect(diffSnapshots(before, after)).toEqual([
      { field: "titleEn", before: "Old", after: "New" },
      { field: "parties", before: ["A (MALAYSIA)"], after: ["A (MALAYSIA)", "B (CHINA)"] },
      { field: "noticeDays", before: null, after: 90 },
    ]);
    expect(diffSnapshots(null, { status: "SIGNED" })).toEqual([{ field: "status", before: null, after: "SIGNED" }]);
  });
});
