// Domestic procedures and entry into force: each side records only its own steps, the rule is
// set with the agreement's version, the date appears once both notifications are in, and the
// lifecycle's proposal is confirmed (never applied on its own) — refused before the date.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { queuedWebhooks } from "../helpers/webhook-capture";
import { confirmEntryIntoForce, correctDomesticStep, recordDomesticStep, removeDomesticStep, setEntryIntoForceRule } from "@/lib/actions/entry-into-force";
import { getEntryIntoForce } from "@/lib/data/agreement-texts";
import { isoDay, today } from "@/lib/dates";
import { actAs } from "../helpers/request";
import { createUser, testDb } from "../helpers/factories";
import { createAgreementRecord, createBilateralSetting, day } from "../helpers/agreement-factories";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "mou-entry-"));

let setting: Awaited<ReturnType<typeof createBilateralSetting>>;
let officerCn: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  setting = await createBilateralSetting();
  officerCn = await createUser({ role: "OFFICER", organisationId: setting.china.id });
});

const signedAgreement = () => createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id }, status: "SIGNED", signedOn: day("2025-04-16") });
const pdf = () => new File([Buffer.from("%PDF-1.4\n% diplomatic note\n%%EOF\n")], "note.pdf", { type: "application/pdf" });

describe("domestic steps", () => {
  it("each side records its own steps, with an optional document, audited", async () => {
    const agreement = await signedAgreement();
    actAs(setting.officerMy);
    expect(await recordDomesticStep(undefined, { agreementId: agreement.id, side: "MALAYSIA", kind: "CABINET_APPROVAL", occurredOn: "2025-05-07", note: "Jemaah Menteri" })).toMatchObject({ status: "success" });
    expect(await recordDomesticStep(undefined, { agreementId: agreement.id, side: "CHINA", kind: "NOTIFICATION", occurredOn: "2025-05-07" })).toMatchObject({ formError: "errors.notFound" });
    actAs(officerCn);
    expect(await recordDomesticStep(undefined, { agreementId: agreement.id, side: "CHINA", kind: "NOTIFICATION", occurredOn: "2025-06-01", file: pdf() })).toMatchObject({ status: "success" });
    const steps = await testDb.domesticStep.findMany({ where: { agreementId: agreement.id }, orderBy: { occurredOn: "asc" }, include: { document: { include: { file: true } } } });
    expect(steps.map((step) => [step.side, step.kind, isoDay(step.occurredOn)])).toEqual([
      ["MALAYSIA", "CABINET_APPROVAL", "2025-05-07"],
      ["CHINA", "NOTIFICATION", "2025-06-01"],
    ]);
    expect(steps[1]?.document?.file?.fileName).toBe("note.pdf");
    expect(await testDb.auditEvent.count({ where: { entityType: "DomesticStep", entityId: { in: steps.map((step) => step.id) }, action: "domesticStep.record" } })).toBe(2);
  });

  it("refuses managers, members, officers of no party, bad dates and unknown kinds", async () => {
    const agreement = await signedAgreement();
    for (const user of [await createUser({ role: "MANAGER", organisationId: setting.malaysia.id }), await createUser({ role: "WG_MEMBER", organisationId: setting.malaysia.id }), setting.officerElsewhere]) {
      actAs(user);
      expect(await recordDomesticStep(undefined, { agreementId: agreement.id, side: "MALAYSIA", kind: "OTHER", occurredOn: "2025-05-07" })).toMatchObject({ formError: "errors.notFound" });
    }
    actAs(setting.officerMy);
    expect(await recordDomesticStep(undefined, { agreementId: agreement.id, side: "MALAYSIA", kind: "OTHER", occurredOn: "2025-02-30" })).toMatchObject({ fieldErrors: { occurredOn: ["errors.invalidFormat"] } });
    expect(await recordDomesticStep(undefined, { agreementId: agreement.id, side: "MALAYSIA", kind: "TREATY", occurredOn: "2025-05-07" })).toMatchObject({ fieldErrors: { kind: ["errors.invalidChoice"] } });
    expect(await testDb.domesticStep.count({ where: { agreementId: agreement.id } })).toBe(0);
  });

  it("removes a step of one's own side with its version; the other side and stale versions are refused", async () => {
    const agreement = await signedAgreement();
    const step = await testDb.domesticStep.create({ data: { agreementId: agreement.id, side: "MALAYSIA", kind: "NOTIFICATION", occurredOn: day("2025-06-02") } });
    actAs(officerCn);
    expect(await removeDomesticStep(undefined, { id: step.id, version: "1" })).toMatchObject({ formError: "errors.notFound" });
    actAs(setting.officerMy);
    expect(await removeDomesticStep(undefined, { id: step.id, version: "2" })).toMatchObject({ status: "conflict" });
    expect(await removeDomesticStep(undefined, { id: step.id, version: "1" })).toMatchObject({ status: "success" });
    expect(await testDb.auditEvent.findFirstOrThrow({ where: { entityId: step.id, action: "domesticStep.remove" } })).toMatchObject({ actorId: setting.officerMy.id });
  });
});

describe("correcting a step", () => {
  it("changes its kind, date and note with its version, keeps its side and document, and moves the computed date", async () => {
    const agreement = await signedAgreement();
    actAs(setting.officerMy);
    expect(await setEntryIntoForceRule(undefined, { agreementId: agreement.id, version: "1", rule: "AFTER_LATER_NOTIFICATION", fixedOn: "", after: "30", unit: "DAYS" })).toMatchObject({ status: "success" });
    expect(await recordDomesticStep(undefined, { agreementId: agreement.id, side: "MALAYSIA", kind: "NOTIFICATION", occurredOn: "2025-06-01", file: pdf() })).toMatchObject({ status: "success" });
    const mine = await testDb.domesticStep.findFirstOrThrow({ where: { agreementId: agreement.id, side: "MALAYSIA" } });
    await testDb.domesticStep.create({ data: { agreementId: agreement.id, side: "CHINA", kind: "NOTIFICATION", occurredOn: day("2025-06-10") } });
    expect((await getEntryIntoForce(agreement.id))?.result).toMatchObject({ state: "date" });
    const dateBefore = (await getEntryIntoForce(agreement.id))?.result;

    // The other side may not correct Malaysia's step; a stale version changes nothing; bad input is named at its field.
    actAs(officerCn);
    expect(await correctDomesticStep(undefined, { id: mine.id, version: "1", kind: "NOTIFICATION", occurredOn: "2025-07-01", note: "" })).toMatchObject({ formError: "errors.notFound" });
    actAs(setting.officerMy);
    expect(await correctDomesticStep(undefined, { id: mine.id, version: "2", kind: "NOTIFICATION", occurredOn: "2025-07-01", note: "" })).toMatchObject({ status: "conflict" });
    expect(await correctDomesticStep(undefined, { id: mine.id, version: "1", kind: "NOTIFICATION", occurredOn: "2025-02-30", note: "" })).toMatchObject({ fieldErrors: { occurredOn: ["errors.invalidFormat"] } });

    expect(await correctDomesticStep(undefined, { id: mine.id, version: "1", kind: "NOTIFICATION", occurredOn: "2025-07-01", note: "Note verbale dated 1 July" })).toMatchObject({ status: "success" });
    const corrected = await testDb.domesticStep.findUniqueOrThrow({ where: { id: mine.id } });
    expect({ side: corrected.side, on: isoDay(corrected.occurredOn), note: corrected.note, version: corrected.version, documentId: corrected.documentId }).toEqual({
      side: "MALAYSIA",
      on: "2025-07-01",
      note: "Note verbale dated 1 July",
      version: 2,
      documentId: mine.documentId,
    });
    // The later notification is now Malaysia's: the date follows it.
    const dateAfter = (await getEntryIntoForce(agreement.id))?.result;
    expect(dateAfter).not.toEqual(dateBefore);
    expect(dateAfter).toMatchObject({ state: "date", on: "2025-07-31" });
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { entityId: mine.id, action: "domesticStep.correct" } });
    expect(audit.before).toMatchObject({ occurredOn: "2025-06-01T00:00:00.000Z" });
    expect(audit.after).toMatchObject({ occurredOn: "2025-07-01T00:00:00.000Z", note: "Note verbale dated 1 July" });
  });
});

describe("the rule and the computed date", () => {
  it("sets the rule with the agreement's version, keeping only what the rule uses", async () => {
    const agreement = await signedAgreement();
    actAs(setting.officerMy);
    expect(await setEntryIntoForceRule(undefined, { agreementId: agreement.id, version: "1", rule: "AFTER_LATER_NOTIFICATION", fixedOn: "2025-01-01", after: "", unit: "MONTHS" })).toMatchObject({
      fieldErrors: { after: ["errors.required"] },
    });
    expect(await setEntryIntoForceRule(undefined, { agreementId: agreement.id, version: "1", rule: "AFTER_LATER_NOTIFICATION", fixedOn: "2025-01-01", after: "1", unit: "MONTHS" })).toMatchObject({ status: "success" });
    expect(await setEntryIntoForceRule(undefined, { agreementId: agreement.id, version: "1", rule: "ON_SIGNATURE", fixedOn: "", after: "", unit: "" })).toMatchObject({ status: "conflict" });
    expect(await testDb.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({ entryIntoForceRule: "AFTER_LATER_NOTIFICATION", entryIntoForceOn: null, entryIntoForceAfter: 1, entryIntoForceUnit: "MONTHS", version: 2 });
    expect(await testDb.auditEvent.count({ where: { entityId: agreement.id, action: "agreement.entryIntoForceRule" } })).toBe(1);
    actAs(setting.officerElsewhere);
    expect(await setEntryIntoForceRule(undefined, { agreementId: agreement.id, version: "2", rule: "", fixedOn: "", after: "", unit: "" })).toMatchObject({ formError: "errors.notFound" });
  });

  it("is pending until China's notification, then a month after the later one, clamped to the month's end", async () => {
    const agreement = await signedAgreement();
    await testDb.agreement.update({ where: { id: agreement.id }, data: { entryIntoForceRule: "AFTER_LATER_NOTIFICATION", entryIntoForceAfter: 1, entryIntoForceUnit: "MONTHS" } });
    actAs(setting.officerMy);
    await recordDomesticStep(undefined, { agreementId: agreement.id, side: "MALAYSIA", kind: "NOTIFICATION", occurredOn: "2025-01-20" });
    expect((await getEntryIntoForce(agreement.id))?.result).toEqual({ state: "pending", reason: "waitingForNotification", sides: ["CHINA"] });
    actAs(officerCn);
    await recordDomesticStep(undefined, { agreementId: agreement.id, side: "CHINA", kind: "NOTIFICATION", occurredOn: "2025-01-31" });
    expect((await getEntryIntoForce(agreement.id))?.result).toEqual({ state: "date", on: "2025-02-28" });
  });
});

describe("confirming the lifecycle's proposal", () => {
  it("moves a signed agreement whose date has come to in force, with that effective date, audited and notified", async () => {
    const agreement = await signedAgreement();
    await testDb.agreement.update({ where: { id: agreement.id }, data: { entryIntoForceRule: "LATER_NOTIFICATION", version: { increment: 1 } } });
    await testDb.domesticStep.createMany({
      data: [
        { agreementId: agreement.id, side: "CHINA", kind: "NOTIFICATION", occurredOn: day("2025-06-10") },
        { agreementId: agreement.id, side: "MALAYSIA", kind: "NOTIFICATION", occurredOn: day("2025-06-02") },
      ],
    });
    actAs(setting.officerMy);
    const view = await getEntryIntoForce(agreement.id);
    expect(view).toMatchObject({ canPropose: true, result: { state: "date", on: "2025-06-10" } });
    // Nothing moves on its own: the status is still SIGNED until someone confirms.
    expect((await testDb.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe("SIGNED");
    actAs(setting.officerElsewhere);
    expect(await confirmEntryIntoForce(undefined, { agreementId: agreement.id, version: "2" })).toMatchObject({ formError: "errors.notFound" });
    actAs(officerCn);
    expect(await confirmEntryIntoForce(undefined, { agreementId: agreement.id, version: "1" })).toMatchObject({ status: "conflict" });
    const hooks = await queuedWebhooks("agreement.status_changed", async () => {
      expect(await confirmEntryIntoForce(undefined, { agreementId: agreement.id, version: "2" })).toMatchObject({ status: "success" });
    });
    expect(hooks).toEqual([{ type: "agreement.status_changed", data: expect.objectContaining({ id: agreement.id, from: "SIGNED", to: "IN_FORCE", version: 3 }) }]);
    const after = await testDb.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    expect({ status: after.status, effectiveOn: after.effectiveOn && isoDay(after.effectiveOn) }).toEqual({ status: "IN_FORCE", effectiveOn: "2025-06-10" });
    expect(await testDb.agreementStatusChange.findFirstOrThrow({ where: { agreementId: agreement.id, toStatus: "IN_FORCE" } })).toMatchObject({ fromStatus: "SIGNED", changedById: officerCn.id });
    expect(await testDb.auditEvent.findFirstOrThrow({ where: { entityId: agreement.id, action: "agreement.status" } })).toMatchObject({ after: { status: "IN_FORCE", effectiveOn: "2025-06-10" } });
    // Already in force: there is nothing left to confirm.
    expect(await confirmEntryIntoForce(undefined, { agreementId: agreement.id, version: "3" })).toMatchObject({ formError: "entryIntoForce.errors.notDue" });
  });

  it("refuses while the rule is not met: a notification missing, or a date still to come", async () => {
    const agreement = await signedAgreement();
    await testDb.agreement.update({ where: { id: agreement.id }, data: { entryIntoForceRule: "LATER_NOTIFICATION", version: { increment: 1 } } });
    await testDb.domesticStep.create({ data: { agreementId: agreement.id, side: "MALAYSIA", kind: "NOTIFICATION", occurredOn: day("2025-06-02") } });
    actAs(setting.officerMy);
    expect(await confirmEntryIntoForce(undefined, { agreementId: agreement.id, version: "2" })).toMatchObject({ formError: "entryIntoForce.errors.notDue" });
    const future = new Date(today().getTime() + 40 * 86_400_000);
    await testDb.agreement.update({ where: { id: agreement.id }, data: { entryIntoForceRule: "FIXED_DATE", entryIntoForceOn: future, version: { increment: 1 } } });
    expect(await confirmEntryIntoForce(undefined, { agreementId: agreement.id, version: "3" })).toMatchObject({ formError: "entryIntoForce.errors.notDue" });
    expect((await testDb.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe("SIGNED");
  });
});
