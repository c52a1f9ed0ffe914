"use server";
// Authentic texts: an agreement's text in each language (an uploaded document and/or clauses),
// authentic or translation; the sides' sign-offs of a translation (lost when the text changes);
// the prevailing text; the link of a cooperation area to its clause. Each change is written with
// its audit event in one transaction; edits carry the version the user saw.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { defineAction } from "./define-action";
import { ConflictError, NotFoundError, RuleError } from "./errors";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { ForbiddenError } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadEditableAgreement } from "@/lib/agreements/access";
import { agreementDocumentRules } from "@/lib/agreements/document-rules";
import { canBeSignedOff, hasSignOff, signOffsAfterEdit } from "@/lib/agreements/texts";
import { createAgreementDocument, loadAgreementWithSides, markTextChanged, recordSignOffLoss } from "@/lib/agreements/texts-store";
import { checkUpload, withStoredUploads } from "@/lib/files/storage";
import { canSignOffTranslation } from "@/lib/permissions";
import {
  addAgreementTextSchema,
  addClauseSchema,
  linkAreaToClauseSchema,
  removeAgreementTextSchema,
  removeClauseSchema,
  setPrevailingTextSchema,
  signOffAgreementTextSchema,
  updateAgreementTextSchema,
  updateClauseSchema,
} from "@/lib/schemas/agreement-texts";

const textFields = {
  id: true,
  agreementId: true,
  language: true,
  standing: true,
  documentId: true,
  malaysiaSignedOffAt: true,
  malaysiaSignedOffById: true,
  chinaSignedOffAt: true,
  chinaSignedOffById: true,
  version: true,
} as const;

const clauseFields = { id: true, textId: true, number: true, heading: true, body: true, version: true } as const;

const documentTitle = (agreementTitle: string, language: string) => `${agreementTitle} (${language})`;

function revalidateTexts(agreementId: string) {
  revalidatePath(`/agreements/${agreementId}`);
  revalidatePath(`/agreements/${agreementId}/texts`);
}

async function loadEditableText(user: SessionUser, id: string) {
  const text = await db.agreementText.findUnique({ where: { id }, select: textFields });
  if (!text) throw new NotFoundError();
  const agreement = await loadEditableAgreement(user, text.agreementId);
  return { text, agreement };
}

async function loadEditableClause(user: SessionUser, id: string) {
  const clause = await db.agreementClause.findUnique({ where: { id }, select: { ...clauseFields, text: { select: { agreementId: true, language: true } } } });
  if (!clause) throw new NotFoundError();
  await loadEditableAgreement(user, clause.text.agreementId);
  return clause;
}

export const addAgreementText = defineAction(addAgreementTextSchema, async ({ user, input }) => {
  await loadEditableAgreement(user, input.agreementId);
  const agreement = await loadAgreementWithSides(input.agreementId);
  const upload = input.file ? await checkUpload(input.file, agreementDocumentRules, "file", user.id) : null;
  await withStoredUploads(upload ? [upload] : [], ([stored]) =>
    db.$transaction(async (tx) => {
      const documentId = stored ? await createAgreementDocument(tx, { agreementId: input.agreementId, title: documentTitle(agreement.titleEn, input.language), stored, userId: user.id }) : null;
      const text = await tx.agreementText.create({
        data: { agreementId: input.agreementId, language: input.language, standing: input.standing, documentId, updatedById: user.id },
        select: textFields,
      });
      await recordAudit(tx, { actorId: user.id, action: "agreementText.add", entityType: "AgreementText", entityId: text.id, after: auditSnapshot(text) });
    }),
  );
  revalidateTexts(input.agreementId);
  return { data: undefined, message: "agreementTexts.added" };
});

export const updateAgreementText = defineAction(updateAgreementTextSchema, async ({ user, input }) => {
  const { text: before } = await loadEditableText(user, input.id);
  const agreement = await loadAgreementWithSides(before.agreementId);
  const upload = input.file ? await checkUpload(input.file, agreementDocumentRules, "file", user.id) : null;
  const changed = upload !== null || input.standing !== before.standing;
  await withStoredUploads(upload ? [upload] : [], ([stored]) =>
    db.$transaction(async (tx) => {
      const documentId = stored ? await createAgreementDocument(tx, { agreementId: before.agreementId, title: documentTitle(agreement.titleEn, before.language), stored, userId: user.id }) : before.documentId;
      const { count } = await tx.agreementText.updateMany({
        where: { id: input.id, version: input.version },
        data: { standing: input.standing, documentId, ...signOffsAfterEdit(before, { changed }), updatedById: user.id, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError({ entityType: "AgreementText", entityId: input.id, version: input.version });
      const after = await tx.agreementText.findUniqueOrThrow({ where: { id: input.id }, select: textFields });
      await recordAudit(tx, { actorId: user.id, action: "agreementText.update", entityType: "AgreementText", entityId: input.id, before: auditSnapshot(before), after: auditSnapshot(after) });
      if (changed && hasSignOff(before)) await recordSignOffLoss(tx, { textId: input.id, userId: user.id, before });
    }),
  );
  revalidateTexts(before.agreementId);
  return { data: undefined, message: "agreementTexts.saved" };
});

/** Removes the language text and its clauses; its document stays among the agreement's documents. */
export const removeAgreementText = defineAction(removeAgreementTextSchema, async ({ user, input }) => {
  const { text: before, agreement } = await loadEditableText(user, input.id);
  await db.$transaction(async (tx) => {
    const { count } = await tx.agreementText.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new ConflictError({ entityType: "AgreementText", entityId: input.id, version: input.version });
    await recordAudit(tx, { actorId: user.id, action: "agreementText.remove", entityType: "AgreementText", entityId: input.id, before: auditSnapshot(before) });
    // The prevailing text cannot be one the agreement no longer holds.
    const cleared = await tx.agreement.updateMany({ where: { id: agreement.id, prevailingLanguage: before.language }, data: { prevailingLanguage: null, updatedById: user.id, version: { increment: 1 } } });
    if (cleared.count > 0) {
      await recordAudit(tx, { actorId: user.id, action: "agreement.prevailingText", entityType: "Agreement", entityId: agreement.id, before: { prevailingLanguage: before.language }, after: { prevailingLanguage: null } });
    }
  });
  revalidateTexts(before.agreementId);
  return { data: undefined, message: "agreementTexts.removed" };
});

export const signOffAgreementText = defineAction(signOffAgreementTextSchema, async ({ user, input }) => {
  const text = await db.agreementText.findUnique({ where: { id: input.id }, select: textFields });
  if (!text) throw new NotFoundError();
  const agreement = await loadAgreementWithSides(text.agreementId);
  if (!canSignOffTranslation(user, agreement, input.side)) throw new ForbiddenError();
  if (!canBeSignedOff(text)) throw new RuleError("agreementTexts.errors.authenticNotSignedOff");
  const isMalaysia = input.side === "MALAYSIA";
  if ((isMalaysia ? text.malaysiaSignedOffAt : text.chinaSignedOffAt) !== null) throw new RuleError("agreementTexts.errors.alreadySignedOff");
  const now = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.agreementText.updateMany({
      where: { id: input.id, version: input.version, ...(isMalaysia ? { malaysiaSignedOffAt: null } : { chinaSignedOffAt: null }) },
      data: { ...(isMalaysia ? { malaysiaSignedOffAt: now, malaysiaSignedOffById: user.id } : { chinaSignedOffAt: now, chinaSignedOffById: user.id }), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError({ entityType: "AgreementText", entityId: input.id, version: input.version });
    const after = await tx.agreementText.findUniqueOrThrow({ where: { id: input.id }, select: textFields });
    await recordAudit(tx, { actorId: user.id, action: "agreementText.signOff", entityType: "AgreementText", entityId: input.id, before: auditSnapshot(text), after: auditSnapshot(after) });
  });
  revalidateTexts(text.agreementId);
  return { data: undefined, message: "agreementTexts.signedOff" };
});

export const addAgreementClause = defineAction(addClauseSchema, async ({ user, input }) => {
  const { text } = await loadEditableText(user, input.textId);
  await db.$transaction(async (tx) => {
    const clause = await tx.agreementClause.create({
      data: { textId: input.textId, number: input.number, heading: input.heading, body: input.body, updatedById: user.id },
      select: clauseFields,
    });
    await recordAudit(tx, { actorId: user.id, action: "agreementClause.add", entityType: "AgreementClause", entityId: clause.id, after: auditSnapshot({ ...clause, agreementId: text.agreementId, language: text.language }) });
    await markTextChanged(tx, { textId: input.textId, userId: user.id });
  });
  revalidateTexts(text.agreementId);
  return { data: undefined, message: "agreementTexts.clauseAdded" };
});

export const updateAgreementClause = defineAction(updateClauseSchema, async ({ user, input }) => {
  const before = await loadEditableClause(user, input.id);
  const { text, ...beforeClause } = before;
  const changed = input.number !== before.number || input.heading !== before.heading || input.body !== before.body;
  await db.$transaction(async (tx) => {
    const { count } = await tx.agreementClause.updateMany({
      where: { id: input.id, version: input.version },
      data: { number: input.number, heading: input.heading, body: input.body, updatedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError({ entityType: "AgreementClause", entityId: input.id, version: input.version });
    const after = await tx.agreementClause.findUniqueOrThrow({ where: { id: input.id }, select: clauseFields });
    const context = { agreementId: text.agreementId, language: text.language };
    await recordAudit(tx, { actorId: user.id, action: "agreementClause.update", entityType: "AgreementClause", entityId: input.id, before: auditSnapshot({ ...beforeClause, ...context }), after: auditSnapshot({ ...after, ...context }) });
    if (changed) await markTextChanged(tx, { textId: before.textId, userId: user.id });
  });
  revalidateTexts(text.agreementId);
  return { data: undefined, message: "agreementTexts.clauseSaved" };
});

export const removeAgreementClause = defineAction(removeClauseSchema, async ({ user, input }) => {
  const { text, ...before } = await loadEditableClause(user, input.id);
  await db.$transaction(async (tx) => {
    const { count } = await tx.agreementClause.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new ConflictError({ entityType: "AgreementClause", entityId: input.id, version: input.version });
    await recordAudit(tx, { actorId: user.id, action: "agreementClause.remove", entityType: "AgreementClause", entityId: input.id, before: auditSnapshot({ ...before, agreementId: text.agreementId, language: text.language }) });
    await markTextChanged(tx, { textId: before.textId, userId: user.id });
  });
  revalidateTexts(text.agreementId);
  return { data: undefined, message: "agreementTexts.clauseRemoved" };
});

/** Which language's text prevails in case of divergence: one of the authentic texts, or none. */
export const setPrevailingText = defineAction(setPrevailingTextSchema, async ({ user, input }) => {
  const current = await loadEditableAgreement(user, input.agreementId);
  if (current.version !== input.version) throw new ConflictError({ entityType: "Agreement", entityId: input.agreementId, version: input.version });
  if (input.language) {
    const authentic = await db.agreementText.count({ where: { agreementId: input.agreementId, language: input.language, standing: "AUTHENTIC" } });
    if (authentic === 0) throw new RuleError("agreementTexts.errors.prevailingNotAuthentic", "language");
  }
  const before = await db.agreement.findUniqueOrThrow({ where: { id: input.agreementId }, select: { prevailingLanguage: true } });
  await db.$transaction(async (tx) => {
    const { count } = await tx.agreement.updateMany({
      where: { id: input.agreementId, version: input.version },
      data: { prevailingLanguage: input.language, updatedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError({ entityType: "Agreement", entityId: input.agreementId, version: input.version });
    await recordAudit(tx, {
      actorId: user.id,
      action: "agreement.prevailingText",
      entityType: "Agreement",
      entityId: input.agreementId,
      before: { prevailingLanguage: before.prevailingLanguage, version: input.version },
      after: { prevailingLanguage: input.language, version: input.version + 1 },
    });
  });
  revalidateTexts(input.agreementId);
  return { data: undefined, message: "agreementTexts.prevailingSaved" };
});

/** Links a cooperation area to the clause (by number) that sets it out, in every language; empty unlinks. */
export const linkAreaToClause = defineAction(linkAreaToClauseSchema, async ({ user, input }) => {
  const area = await db.cooperationArea.findUnique({ where: { id: input.id }, select: { id: true, agreementId: true, titleEn: true, textClauseNumber: true, isRetired: true } });
  if (!area) throw new NotFoundError();
  await loadEditableAgreement(user, area.agreementId);
  if (input.clauseNumber) {
    const clauses = await db.agreementClause.count({ where: { number: input.clauseNumber, text: { agreementId: area.agreementId } } });
    if (clauses === 0) throw new RuleError("agreementTexts.errors.noSuchClause", "clauseNumber");
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.cooperationArea.updateMany({
      where: { id: input.id, version: input.version, isRetired: false },
      data: { textClauseNumber: input.clauseNumber, updatedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError({ entityType: "CooperationArea", entityId: input.id, version: input.version });
    await recordAudit(tx, {
      actorId: user.id,
      action: "cooperationArea.linkClause",
      entityType: "CooperationArea",
      entityId: input.id,
      before: { agreementId: area.agreementId, titleEn: area.titleEn, textClauseNumber: area.textClauseNumber, version: input.version },
      after: { agreementId: area.agreementId, titleEn: area.titleEn, textClauseNumber: input.clauseNumber, version: input.version + 1 },
    });
  });
  revalidateTexts(area.agreementId);
  revalidatePath(`/agreements/${area.agreementId}/areas`);
  return { data: undefined, message: "agreementTexts.areaLinked" };
});
