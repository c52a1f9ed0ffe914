"use server";
// Officers and administrators record agreements and keep them up to date: create, edit, move
// through the lifecycle, archive. Each change is written with its audit event in one transaction.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import type { TransactionClient } from "@/lib/prisma-client";
import { defineAction } from "./define-action";
import { ConflictError, RuleError } from "./errors";
import { recordAudit } from "@/lib/audit";
import { queueWebhookEvent } from "@/lib/webhooks/queue";
import { ForbiddenError } from "@/lib/auth/session";
import { canCreateAgreement } from "@/lib/permissions";
import { loadEditableAgreement } from "@/lib/agreements/access";
import { checkTransition } from "@/lib/agreements/lifecycle";
import { notifyAgreementStatus } from "@/lib/notifications/triggers";
import { resolveAgreementInput, type ResolvedAgreement } from "@/lib/agreements/resolve-input";
import { agreementSnapshot } from "@/lib/agreements/snapshot";
import { archiveAgreementSchema, changeAgreementStatusSchema, createAgreementSchema, updateAgreementSchema, type CreateAgreementInput } from "@/lib/schemas/agreement";

async function signingEventIdFor(tx: TransactionClient, resolved: ResolvedAgreement, userId: string): Promise<string | null> {
  const event = resolved.signingEvent;
  if (event.kind === "none") return null;
  if (event.kind === "existing") return event.id;
  const created = await tx.signingEvent.create({
    data: {
      date: event.date,
      placeEn: event.placeEn,
      placeMs: event.placeMs,
      placeZh: event.placeZh,
      updatedById: userId,
      witnesses: { create: event.witnessIds.map((personId, order) => ({ personId, order })) },
    },
    select: { id: true, date: true, placeEn: true },
  });
  await recordAudit(tx, { actorId: userId, action: "signingEvent.create", entityType: "SigningEvent", entityId: created.id, after: { ...created, date: created.date.toISOString(), witnessIds: event.witnessIds } });
  return created.id;
}

/** The agreement's own columns, the same for a new record and an edit. */
function agreementColumns(input: CreateAgreementInput, resolved: Awaited<ReturnType<typeof resolveAgreementInput>>, signingEventId: string | null) {
  return {
    type: input.type,
    titleEn: input.titleEn,
    titleMs: input.titleMs,
    titleZh: input.titleZh,
    summaryEn: input.summaryEn,
    summaryMs: input.summaryMs,
    summaryZh: input.summaryZh,
    signingEventId,
    signedOn: resolved.signedOn,
    effectiveOn: resolved.effectiveOn,
    expiresOn: resolved.expiresOn,
    durationMonths: input.durationMonths,
    autoRenewMonths: input.autoRenewMonths,
    noticeDays: input.noticeDays,
  };
}

export const createAgreement = defineAction(createAgreementSchema, async ({ user, input }) => {
  if (!canCreateAgreement(user)) throw new ForbiddenError();
  const resolved = await resolveAgreementInput(user, input);
  const id = await db.$transaction(async (tx) => {
    const signingEventId = await signingEventIdFor(tx, resolved, user.id);
    const created = await tx.agreement.create({
      data: {
        ...agreementColumns(input, resolved, signingEventId),
        createdById: user.id,
        updatedById: user.id,
        parties: { create: resolved.parties },
        signatories: { create: resolved.signatories },
        relationsFrom: { create: resolved.relations },
        statusChanges: { create: { toStatus: "DRAFT", changedById: user.id } },
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: user.id, action: "agreement.create", entityType: "Agreement", entityId: created.id, after: await agreementSnapshot(tx, created.id) });
    return created.id;
  });
  revalidatePath("/agreements");
  return { saved: "agreementCreated", data: { id }, redirectTo: `/agreements/${id}` };
});

export const updateAgreement = defineAction(updateAgreementSchema, async ({ user, input }) => {
  const current = await loadEditableAgreement(user, input.id);
  const resolved = await resolveAgreementInput(user, input, input.id);
  if (resolved.signedOn === null && current.status !== "DRAFT") throw new RuleError("agreements.errors.signedNeedsDate", "signedOn");
  await db.$transaction(async (tx) => {
    const before = await agreementSnapshot(tx, input.id);
    const signingEventId = await signingEventIdFor(tx, resolved, user.id);
    // The version in the WHERE makes a stale edit update nothing instead of overwriting.
    const { count } = await tx.agreement.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        ...agreementColumns(input, resolved, signingEventId),
        updatedById: user.id,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError({ entityType: "Agreement", entityId: input.id, version: input.version });
    await tx.agreementParty.deleteMany({ where: { agreementId: input.id } });
    await tx.agreementParty.createMany({ data: resolved.parties.map((party) => ({ ...party, agreementId: input.id })) });
    // The form does not show whether a person signed or only exchanged the instrument: keep what was recorded.
    const acts = new Map((await tx.signatory.findMany({ where: { agreementId: input.id }, select: { personId: true, act: true } })).map((row) => [row.personId, row.act]));
    await tx.signatory.deleteMany({ where: { agreementId: input.id } });
    await tx.signatory.createMany({
      data: resolved.signatories.map((signatory) => ({ ...signatory, act: acts.get(signatory.personId) ?? "SIGNED", agreementId: input.id })),
    });
    await tx.agreementRelation.deleteMany({ where: { fromAgreementId: input.id } });
    await tx.agreementRelation.createMany({ data: resolved.relations.map((relation) => ({ ...relation, fromAgreementId: input.id })) });
    await recordAudit(tx, { actorId: user.id, action: "agreement.update", entityType: "Agreement", entityId: input.id, before, after: await agreementSnapshot(tx, input.id) });
  });
  revalidatePath("/agreements");
  revalidatePath(`/agreements/${input.id}`);
  return { saved: "agreementUpdated", data: undefined, redirectTo: `/agreements/${input.id}` };
});

export const changeAgreementStatus = defineAction(changeAgreementStatusSchema, async ({ user, input }) => {
  const current = await loadEditableAgreement(user, input.id);
  if (current.version !== input.version) throw new ConflictError({ entityType: "Agreement", entityId: input.id, version: input.version });
  const check = checkTransition(current, input.toStatus);
  if (!check.ok) throw new RuleError(check.reason === "needsSignedOn" ? "agreements.errors.signedNeedsDate" : "agreements.errors.transitionNotAllowed", "toStatus");
  await db.$transaction(async (tx) => {
    const { count } = await tx.agreement.updateMany({
      where: { id: input.id, version: input.version, status: current.status },
      data: { status: input.toStatus, updatedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError({ entityType: "Agreement", entityId: input.id, version: input.version });
    await tx.agreementStatusChange.create({ data: { agreementId: input.id, fromStatus: current.status, toStatus: input.toStatus, reason: input.reason, changedById: user.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "agreement.status",
      entityType: "Agreement",
      entityId: input.id,
      before: { status: current.status },
      after: { status: input.toStatus },
      reason: input.reason,
    });
    const titles = await tx.agreement.findUniqueOrThrow({ where: { id: input.id }, select: { titleEn: true, titleMs: true, titleZh: true } });
    await notifyAgreementStatus(tx, { ...titles, id: input.id, version: input.version + 1, status: input.toStatus, partyOrganisationIds: current.partyOrganisationIds }, user);
    await queueWebhookEvent(tx, "agreement.status_changed", { id: input.id, from: current.status, to: input.toStatus, reason: input.reason, version: input.version + 1 });
  });
  revalidatePath("/agreements");
  revalidatePath(`/agreements/${input.id}`);
  return { saved: "agreementStatusChanged", data: undefined };
});

export const archiveAgreement = defineAction(archiveAgreementSchema, async ({ user, input }) => {
  const current = await loadEditableAgreement(user, input.id);
  if (current.version !== input.version) throw new ConflictError({ entityType: "Agreement", entityId: input.id, version: input.version });
  // Already in the asked state: someone else got there first.
  if (Boolean(current.archivedAt) === input.archived) throw new ConflictError({ entityType: "Agreement", entityId: input.id, version: input.version });
  const archivedAt = input.archived ? new Date() : null;
  await db.$transaction(async (tx) => {
    const { count } = await tx.agreement.updateMany({
      where: { id: input.id, version: input.version },
      data: { archivedAt, updatedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError({ entityType: "Agreement", entityId: input.id, version: input.version });
    await recordAudit(tx, {
      actorId: user.id,
      action: input.archived ? "agreement.archive" : "agreement.unarchive",
      entityType: "Agreement",
      entityId: input.id,
      before: { archivedAt: current.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
  });
  revalidatePath("/agreements");
  revalidatePath(`/agreements/${input.id}`);
  return { saved: input.archived ? "agreementArchived" : "agreementRestored", data: undefined };
});
