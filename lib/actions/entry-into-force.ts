"use server";
// Domestic procedures and entry into force: each side records its own steps (with an optional
// document), the agreement states its rule, and when the rule is met the lifecycle proposes
// "in force", which a user who may change the agreement confirms. Audited in one transaction.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { defineAction } from "./define-action";
import { ConflictError, NotFoundError, RuleError } from "./errors";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { ForbiddenError } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadEditableAgreement } from "@/lib/agreements/access";
import { agreementDocumentRules } from "@/lib/agreements/document-rules";
import { entryIntoForceDate, ruleFromColumns, shouldProposeInForce } from "@/lib/agreements/entry-into-force";
import { createAgreementDocument, loadAgreementWithSides } from "@/lib/agreements/texts-store";
import { isoDay, todayIso } from "@/lib/dates";
import { checkUpload, withStoredUploads } from "@/lib/files/storage";
import { notifyAgreementStatus } from "@/lib/notifications/triggers";
import { queueWebhookEvent } from "@/lib/webhooks/queue";
import { canRecordDomesticStep } from "@/lib/permissions";
import { confirmEntryIntoForceSchema, correctDomesticStepSchema, recordDomesticStepSchema, removeDomesticStepSchema, setEntryIntoForceRuleSchema } from "@/lib/schemas/entry-into-force";

const stepFields = { id: true, agreementId: true, side: true, kind: true, occurredOn: true, note: true, documentId: true, version: true } as const;

function revalidateEntry(agreementId: string) {
  revalidatePath(`/agreements/${agreementId}`);
  revalidatePath(`/agreements/${agreementId}/entry-into-force`);
}

export const recordDomesticStep = defineAction(recordDomesticStepSchema, async ({ user, input }) => {
  const agreement = await loadAgreementWithSides(input.agreementId);
  if (!canRecordDomesticStep(user, agreement, input.side)) throw new ForbiddenError();
  const upload = input.file ? await checkUpload(input.file, agreementDocumentRules, "file", user.id) : null;
  await withStoredUploads(upload ? [upload] : [], ([stored]) =>
    db.$transaction(async (tx) => {
      const title = `${agreement.titleEn}: ${input.kind} (${input.side}, ${isoDay(input.occurredOn)})`;
      const documentId = stored ? await createAgreementDocument(tx, { agreementId: agreement.id, title, stored, userId: user.id }) : null;
      const step = await tx.domesticStep.create({
        data: { agreementId: agreement.id, side: input.side, kind: input.kind, occurredOn: input.occurredOn, note: input.note, documentId, createdById: user.id, updatedById: user.id },
        select: stepFields,
      });
      await recordAudit(tx, { actorId: user.id, action: "domesticStep.record", entityType: "DomesticStep", entityId: step.id, after: auditSnapshot(step) });
    }),
  );
  revalidateEntry(agreement.id);
  return { data: undefined, message: "entryIntoForce.stepRecorded" };
});

/** A recorded step, when the user may change steps of its side (else it does not exist for them). */
async function loadStepOfOwnSide(user: SessionUser, id: string) {
  const step = await db.domesticStep.findUnique({ where: { id }, select: stepFields });
  if (!step) throw new NotFoundError();
  const agreement = await loadAgreementWithSides(step.agreementId);
  if (!canRecordDomesticStep(user, agreement, step.side)) throw new ForbiddenError();
  return step;
}

/** A wrong kind, date or note is corrected in place (version-checked, audited before and after); the side and document stay. */
export const correctDomesticStep = defineAction(correctDomesticStepSchema, async ({ user, input }) => {
  const step = await loadStepOfOwnSide(user, input.id);
  await db.$transaction(async (tx) => {
    const { count } = await tx.domesticStep.updateMany({
      where: { id: input.id, version: input.version },
      data: { kind: input.kind, occurredOn: input.occurredOn, note: input.note, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) throw new ConflictError({ entityType: "DomesticStep", entityId: input.id, version: input.version });
    const after = await tx.domesticStep.findUniqueOrThrow({ where: { id: input.id }, select: stepFields });
    await recordAudit(tx, { actorId: user.id, action: "domesticStep.correct", entityType: "DomesticStep", entityId: input.id, before: auditSnapshot(step), after: auditSnapshot(after) });
  });
  revalidateEntry(step.agreementId);
  return { data: undefined, message: "entryIntoForce.stepCorrected" };
});

/** A step that should not be there is removed (audited); its document stays with the agreement. */
export const removeDomesticStep = defineAction(removeDomesticStepSchema, async ({ user, input }) => {
  const step = await loadStepOfOwnSide(user, input.id);
  await db.$transaction(async (tx) => {
    const { count } = await tx.domesticStep.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new ConflictError({ entityType: "DomesticStep", entityId: input.id, version: input.version });
    await recordAudit(tx, { actorId: user.id, action: "domesticStep.remove", entityType: "DomesticStep", entityId: input.id, before: auditSnapshot(step) });
  });
  revalidateEntry(step.agreementId);
  return { data: undefined, message: "entryIntoForce.stepRemoved" };
});

const ruleColumns = { entryIntoForceRule: true, entryIntoForceOn: true, entryIntoForceAfter: true, entryIntoForceUnit: true } as const;

export const setEntryIntoForceRule = defineAction(setEntryIntoForceRuleSchema, async ({ user, input }) => {
  const current = await loadEditableAgreement(user, input.agreementId);
  if (current.version !== input.version) throw new ConflictError({ entityType: "Agreement", entityId: input.agreementId, version: input.version });
  const before = await db.agreement.findUniqueOrThrow({ where: { id: input.agreementId }, select: ruleColumns });
  const data = { entryIntoForceRule: input.rule, entryIntoForceOn: input.fixedOn, entryIntoForceAfter: input.after, entryIntoForceUnit: input.unit };
  await db.$transaction(async (tx) => {
    const { count } = await tx.agreement.updateMany({ where: { id: input.agreementId, version: input.version }, data: { ...data, updatedById: user.id, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError({ entityType: "Agreement", entityId: input.agreementId, version: input.version });
    await recordAudit(tx, {
      actorId: user.id,
      action: "agreement.entryIntoForceRule",
      entityType: "Agreement",
      entityId: input.agreementId,
      before: auditSnapshot({ ...before, version: input.version }),
      after: auditSnapshot({ ...data, version: input.version + 1 }),
    });
  });
  revalidateEntry(input.agreementId);
  return { data: undefined, message: "entryIntoForce.ruleSaved" };
});

/**
 * The user confirms the lifecycle's proposal: the rule is met (recomputed here, never trusted
 * from the page), so the signed agreement moves to "in force" from the computed date.
 */
export const confirmEntryIntoForce = defineAction(confirmEntryIntoForceSchema, async ({ user, input }) => {
  const current = await loadEditableAgreement(user, input.agreementId);
  if (current.version !== input.version) throw new ConflictError({ entityType: "Agreement", entityId: input.agreementId, version: input.version });
  const [columns, steps] = await Promise.all([
    db.agreement.findUniqueOrThrow({ where: { id: input.agreementId }, select: { ...ruleColumns, effectiveOn: true, titleEn: true, titleMs: true, titleZh: true } }),
    db.domesticStep.findMany({ where: { agreementId: input.agreementId }, select: { side: true, kind: true, occurredOn: true } }),
  ]);
  const result = entryIntoForceDate({
    rule: ruleFromColumns(columns),
    signedOn: current.signedOn ? isoDay(current.signedOn) : null,
    steps: steps.map((step) => ({ side: step.side, kind: step.kind, on: isoDay(step.occurredOn) })),
  });
  if (result.state !== "date" || !shouldProposeInForce({ status: current.status, result, today: todayIso() })) throw new RuleError("entryIntoForce.errors.notDue");
  const effectiveOn = new Date(`${result.on}T00:00:00Z`);
  const reason = `Entry into force on ${result.on} (rule ${columns.entryIntoForceRule ?? ""})`;
  await db.$transaction(async (tx) => {
    const { count } = await tx.agreement.updateMany({
      where: { id: input.agreementId, version: input.version, status: "SIGNED" },
      data: { status: "IN_FORCE", effectiveOn, updatedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError({ entityType: "Agreement", entityId: input.agreementId, version: input.version });
    await tx.agreementStatusChange.create({ data: { agreementId: input.agreementId, fromStatus: "SIGNED", toStatus: "IN_FORCE", reason, changedById: user.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "agreement.status",
      entityType: "Agreement",
      entityId: input.agreementId,
      before: { status: "SIGNED", effectiveOn: columns.effectiveOn ? isoDay(columns.effectiveOn) : null, version: input.version },
      after: { status: "IN_FORCE", effectiveOn: result.on, version: input.version + 1 },
      reason,
    });
    await notifyAgreementStatus(
      tx,
      { id: input.agreementId, titleEn: columns.titleEn, titleMs: columns.titleMs, titleZh: columns.titleZh, version: input.version + 1, status: "IN_FORCE", partyOrganisationIds: current.partyOrganisationIds },
      user,
    );
    await queueWebhookEvent(tx, "agreement.status_changed", { id: input.agreementId, from: "SIGNED", to: "IN_FORCE", reason, version: input.version + 1 });
  });
  revalidatePath("/agreements");
  revalidateEntry(input.agreementId);
  return { data: undefined, message: "entryIntoForce.confirmed" };
});
