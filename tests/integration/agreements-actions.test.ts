import { beforeAll, describe, expect, it } from "vitest";
import { archiveAgreement, changeAgreementStatus, createAgreement, updateAgreement } from "@/lib/actions/agreements";
import { listAgreements } from "@/lib/data/agreements";
import { parseAgreementFilters } from "@/lib/agreements/list-filters";
import { actAs } from "../helpers/request";
import { createUser, testDb, unique } from "../helpers/factories";
import { createAgreementRecord, createBilateralSetting, createPerson, day, expectRedirect } from "../helpers/agreement-factories";

let setting: Awaited<ReturnType<typeof createBilateralSetting>>;

beforeAll(async () => {
  setting = await createBilateralSetting();
});

const form = (overrides: Record<string, unknown> = {}) => ({
  type: "MOU",
  titleEn: unique("MoU on Digital Economy"),
  titleMs: "MoU Ekonomi Digital",
  titleZh: "数字经济谅解备忘录",
  summaryEn: "Cooperation on the digital economy.",
  partyIds: [setting.malaysia.id, setting.china.id],
  ...overrides,
});

async function findByTitle(titleEn: string) {
  return testDb.agreement.findFirst({
    where: { titleEn },
    include: { parties: true, signatories: true, statusChanges: true, relationsFrom: true, signingEvent: { include: { witnesses: true } } },
  });
}

describe("recording an agreement", () => {
  it("lets an officer of a party record it as a draft, with parties on their sides, and audits it", async () => {
    actAs(setting.officerMy);
    const minister = await createPerson(setting.malaysia.id);
    const chairman = await createPerson(setting.china.id, "CHINA");
    const witness = await createPerson(null);
    const input = form({
      signatories: [
        { personId: minister.id, organisationId: setting.malaysia.id, titleEn: "Digital Minister", titleMs: "Menteri Digital", titleZh: "数字部长" },
        { personId: chairman.id, organisationId: setting.china.id, titleEn: "Chairman", titleMs: "", titleZh: "" },
        { personId: "", organisationId: "", titleEn: "", titleMs: "", titleZh: "" },
      ],
      signingEventId: "new",
      newEventDate: "2025-04-16",
      newEventPlaceEn: "Putrajaya",
      newEventWitnessIds: witness.id,
      effectiveOn: "2025-04-16",
      durationMonths: "60",
      noticeDays: "90",
      autoRenewMonths: "24",
    });
    const location = await expectRedirect(createAgreement(undefined, input));
    const created = await findByTitle(input.titleEn);
    expect(created).toMatchObject({ status: "DRAFT", signedOn: day("2025-04-16"), effectiveOn: day("2025-04-16"), expiresOn: day("2030-04-16"), noticeDays: 90, createdById: setting.officerMy.id });
    expect(location).toBe(`/agreements/${created?.id}?saved=agreementCreated`);
    expect(created?.parties.map((party) => [party.organisationId, party.side])).toEqual([
      [setting.malaysia.id, "MALAYSIA"],
      [setting.china.id, "CHINA"],
    ]);
    expect(created?.signatories.map((row) => [row.personId, row.side, row.titleEn])).toEqual([
      [minister.id, "MALAYSIA", "Digital Minister"],
      [chairman.id, "CHINA", "Chairman"],
    ]);
    expect(created?.signingEvent?.witnesses.map((row) => row.personId)).toEqual([witness.id]);
    expect(created?.statusChanges).toMatchObject([{ fromStatus: null, toStatus: "DRAFT", changedById: setting.officerMy.id }]);
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { entityType: "Agreement", entityId: created?.id, action: "agreement.create" } });
    expect(event.actorId).toBe(setting.officerMy.id);
    expect(event.after).toMatchObject({ titleZh: "数字经济谅解备忘录", parties: [`${setting.malaysia.nameEn} (MALAYSIA)`, `${setting.china.nameEn} (CHINA)`] });
  });

  it("lets several instruments share one existing signing event (its date becomes the signing date)", async () => {
    actAs(setting.admin);
    const event = await testDb.signingEvent.create({ data: { date: day("2025-04-16"), placeEn: "Putrajaya" } });
    const input = form({ signingEventId: event.id });
    await expectRedirect(createAgreement(undefined, input));
    const created = await findByTitle(input.titleEn);
    expect(created).toMatchObject({ signingEventId: event.id, signedOn: day("2025-04-16") });
  });

  it("refuses an officer who leaves out their own organisation", async () => {
    actAs(setting.officerElsewhere);
    const input = form();
    const result = await createAgreement(undefined, input);
    expect(result).toMatchObject({ status: "error", fieldErrors: { partyIds: ["agreements.errors.mustIncludeOwnOrganisation"] } });
    expect(await findByTitle(input.titleEn)).toBeNull();
  });

  it.each(["MANAGER", "WG_MEMBER"] as const)("refuses a %s", async (role) => {
    actAs(await createUser({ role, organisationId: setting.malaysia.id }));
    const input = form();
    expect(await createAgreement(undefined, input)).toMatchObject({ status: "error", formError: "errors.notFound" });
    expect(await findByTitle(input.titleEn)).toBeNull();
  });

  it("refuses anonymous callers", async () => {
    actAs(null);
    expect(await createAgreement(undefined, form())).toEqual({ status: "error", formError: "errors.unauthenticated" });
  });

  it("needs a party on each side", async () => {
    actAs(setting.admin);
    const result = await createAgreement(undefined, form({ partyIds: [setting.malaysia.id, setting.elsewhere.id] }));
    expect(result).toMatchObject({ status: "error", fieldErrors: { partyIds: ["agreements.errors.bothSides"] } });
  });

  it("refuses retired or unknown organisations, and signatories of organisations that are not parties", async () => {
    actAs(setting.admin);
    expect(await createAgreement(undefined, form({ partyIds: [setting.malaysia.id, "nope"] }))).toMatchObject({ fieldErrors: { partyIds: ["errors.unknownOrganisation"] } });
    const person = await createPerson(setting.elsewhere.id);
    const result = await createAgreement(undefined, form({ signatories: [{ personId: person.id, organisationId: setting.elsewhere.id }] }));
    expect(result).toMatchObject({ fieldErrors: { "signatories[0].organisationId": ["agreements.errors.signatoryNotParty"] } });
  });

  it("refuses contradicting dates at the field, keeping what was typed", async () => {
    actAs(setting.admin);
    const result = await createAgreement(undefined, form({ signedOn: "2025-04-16", expiresOn: "2025-01-01" }));
    expect(result).toMatchObject({ status: "error", fieldErrors: { expiresOn: ["agreements.errors.expiresBeforeSigned"] }, values: { signedOn: "2025-04-16" } });
    const existingEvent = await testDb.signingEvent.create({ data: { date: day("2025-04-16"), placeEn: "Beijing" } });
    const viaEvent = await createAgreement(undefined, form({ signingEventId: existingEvent.id, effectiveOn: "2025-04-01" }));
    expect(viaEvent).toMatchObject({ fieldErrors: { effectiveOn: ["agreements.errors.effectiveBeforeSigned"] } });
  });

  it("refuses unknown fields (e.g. setting the status directly)", async () => {
    actAs(setting.admin);
    const input = form({ status: "IN_FORCE" });
    expect(await createAgreement(undefined, input)).toMatchObject({ status: "error", fieldErrors: { _form: ["errors.unknownFields"] } });
    expect(await findByTitle(input.titleEn)).toBeNull();
  });
});

describe("editing an agreement", () => {
  it("updates with the current version, replaces parties/signatories/relations, and audits before and after", async () => {
    const agreement = await createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id } });
    const other = await createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id } });
    actAs(setting.officerMy);
    await expectRedirect(
      updateAgreement(undefined, { ...form({ titleEn: "Renamed MoU" }), id: agreement.id, version: "1", relations: [{ type: "AMENDS", agreementId: other.id }] }),
    );
    const after = await testDb.agreement.findUniqueOrThrow({ where: { id: agreement.id }, include: { relationsFrom: true } });
    expect(after).toMatchObject({ titleEn: "Renamed MoU", titleZh: "数字经济谅解备忘录", version: 2 });
    expect(after.relationsFrom.map((relation) => [relation.type, relation.toAgreementId])).toEqual([["AMENDS", other.id]]);
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { entityId: agreement.id, action: "agreement.update" } });
    expect(event.before).toMatchObject({ titleEn: agreement.titleEn, relations: [] });
    expect(event.after).toMatchObject({ titleEn: "Renamed MoU", relations: [`AMENDS: ${other.titleEn}`] });
  });

  it("turns a stale version into a conflict and changes nothing", async () => {
    const agreement = await createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id } });
    actAs(setting.admin);
    await expectRedirect(updateAgreement(undefined, { ...form({ titleEn: "First" }), id: agreement.id, version: "1" }));
    actAs(setting.officerMy);
    const second = await updateAgreement(undefined, { ...form({ titleEn: "Second" }), id: agreement.id, version: "1" });
    expect(second).toMatchObject({ status: "conflict", formError: "errors.conflict" });
    expect((await testDb.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).titleEn).toBe("First");
    expect(await testDb.auditEvent.count({ where: { entityId: agreement.id } })).toBe(1);
  });

  it("does not blame someone else when the stale version was moved by the same user", async () => {
    const agreement = await createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id } });
    actAs(setting.admin);
    await expectRedirect(updateAgreement(undefined, { ...form({ titleEn: "First" }), id: agreement.id, version: "1" }));
    const second = await updateAgreement(undefined, { ...form({ titleEn: "Second" }), id: agreement.id, version: "1" });
    expect(second).toMatchObject({ status: "conflict", formError: "forms.conflictOwnChange" });
    expect((await testDb.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).titleEn).toBe("First");
  });

  it("answers not-found to an officer of another organisation, and to managers", async () => {
    const agreement = await createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id } });
    for (const user of [setting.officerElsewhere, await createUser({ role: "MANAGER" })]) {
      actAs(user);
      const result = await updateAgreement(undefined, { ...form({ titleEn: "Hijacked", partyIds: [setting.elsewhere.id, setting.china.id] }), id: agreement.id, version: "1" });
      expect(result).toMatchObject({ status: "error", formError: "errors.notFound" });
    }
    expect((await testDb.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).titleEn).toBe(agreement.titleEn);
  });

  it("refuses dates in the wrong order and a relation to itself", async () => {
    const agreement = await createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id } });
    actAs(setting.admin);
    const dates = await updateAgreement(undefined, { ...form({ effectiveOn: "2026-01-01", expiresOn: "2025-12-31" }), id: agreement.id, version: "1" });
    expect(dates).toMatchObject({ fieldErrors: { expiresOn: ["agreements.errors.expiresBeforeEffective"] } });
    const self = await updateAgreement(undefined, { ...form(), id: agreement.id, version: "1", relations: [{ type: "RENEWS", agreementId: agreement.id }] });
    expect(self).toMatchObject({ fieldErrors: { "relations[0].agreementId": ["agreements.errors.unknownAgreement"] } });
  });
});

describe("moving through the lifecycle", () => {
  it("records each move with who, when and why, plus the audit event", async () => {
    const agreement = await createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id }, signedOn: day("2025-04-16") });
    actAs(setting.officerMy);
    expect(await changeAgreementStatus(undefined, { id: agreement.id, version: "1", toStatus: "SIGNED", reason: "" })).toMatchObject({ status: "success" });
    expect(await changeAgreementStatus(undefined, { id: agreement.id, version: "2", toStatus: "IN_FORCE", reason: "Ratified" })).toMatchObject({ status: "success" });
    const after = await testDb.agreement.findUniqueOrThrow({ where: { id: agreement.id }, include: { statusChanges: { orderBy: { changedAt: "asc" } } } });
    expect(after).toMatchObject({ status: "IN_FORCE", version: 3 });
    expect(after.statusChanges.map((change) => [change.fromStatus, change.toStatus, change.reason, change.changedById])).toEqual([
      ["DRAFT", "SIGNED", null, setting.officerMy.id],
      ["SIGNED", "IN_FORCE", "Ratified", setting.officerMy.id],
    ]);
    const events = await testDb.auditEvent.findMany({ where: { entityId: agreement.id, action: "agreement.status" }, orderBy: { at: "asc" } });
    expect(events.map((event) => [event.before, event.after, event.reason])).toEqual([
      [{ status: "DRAFT" }, { status: "SIGNED" }, null],
      [{ status: "SIGNED" }, { status: "IN_FORCE" }, "Ratified"],
    ]);
  });

  it("refuses a move the lifecycle does not allow, and signing without a date", async () => {
    const undated = await createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id } });
    actAs(setting.admin);
    expect(await changeAgreementStatus(undefined, { id: undated.id, version: "1", toStatus: "IN_FORCE" })).toMatchObject({ fieldErrors: { toStatus: ["agreements.errors.transitionNotAllowed"] } });
    expect(await changeAgreementStatus(undefined, { id: undated.id, version: "1", toStatus: "SIGNED" })).toMatchObject({ fieldErrors: { toStatus: ["agreements.errors.signedNeedsDate"] } });
    const ended = await createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id }, status: "TERMINATED", signedOn: day("2025-01-01") });
    expect(await changeAgreementStatus(undefined, { id: ended.id, version: "1", toStatus: "IN_FORCE" })).toMatchObject({ fieldErrors: { toStatus: ["agreements.errors.transitionNotAllowed"] } });
    expect(await testDb.agreementStatusChange.count({ where: { agreementId: { in: [undated.id, ended.id] } } })).toBe(0);
  });

  it("refuses a stale version and an officer of another organisation", async () => {
    const agreement = await createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id }, status: "SIGNED", signedOn: day("2025-04-16") });
    actAs(setting.officerElsewhere);
    expect(await changeAgreementStatus(undefined, { id: agreement.id, version: "1", toStatus: "IN_FORCE" })).toMatchObject({ formError: "errors.notFound" });
    actAs(setting.officerMy);
    expect(await changeAgreementStatus(undefined, { id: agreement.id, version: "7", toStatus: "IN_FORCE" })).toMatchObject({ status: "conflict" });
    expect((await testDb.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe("SIGNED");
  });
});

describe("archiving", () => {
  it("hides the agreement from the default list; the archived filter still finds it; it can be restored", async () => {
    const title = unique("Archivable");
    const agreement = await createAgreementRecord({ titleEn: title, partyIds: { malaysia: setting.malaysia.id, china: setting.china.id } });
    actAs(setting.officerMy);
    expect(await archiveAgreement(undefined, { id: agreement.id, version: "1", archived: "true" })).toMatchObject({ status: "success" });
    expect((await listAgreements(parseAgreementFilters({ q: title }))).total).toBe(0);
    expect((await listAgreements(parseAgreementFilters({ q: title, archived: "archived" }))).rows.map((row) => row.id)).toEqual([agreement.id]);
    expect(await testDb.auditEvent.count({ where: { entityId: agreement.id, action: "agreement.archive" } })).toBe(1);

    expect(await archiveAgreement(undefined, { id: agreement.id, version: "1", archived: "false" })).toMatchObject({ status: "conflict" });
    expect(await archiveAgreement(undefined, { id: agreement.id, version: "2", archived: "false" })).toMatchObject({ status: "success" });
    expect((await listAgreements(parseAgreementFilters({ q: title }))).total).toBe(1);
  });

  it("refuses other organisations' officers and managers", async () => {
    const agreement = await createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id } });
    for (const user of [setting.officerElsewhere, await createUser({ role: "MANAGER" })]) {
      actAs(user);
      expect(await archiveAgreement(undefined, { id: agreement.id, version: "1", archived: "true" })).toMatchObject({ formError: "errors.notFound" });
    }
    expect((await testDb.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).archivedAt).toBeNull();
  });
});
