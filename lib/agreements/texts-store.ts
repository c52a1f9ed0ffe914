// What the texts and entry-into-force actions share: the agreement with each party's side, a
// document stored with the agreement (so it is listed and downloaded like any other), and the
// loss of a text's sign-offs when the text changes — each written inside the caller's transaction.
import "server-only";
import { db } from "@/lib/db";
import type { TransactionClient } from "@/lib/prisma-client";
import { NotFoundError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit";
import type { StoredUpload } from "@/lib/files/storage";
import { hasSignOff, noSignOffs } from "./texts";

/** The agreement with its parties' sides, for the rules that depend on the side. */
export async function loadAgreementWithSides(id: string) {
  const agreement = await db.agreement.findUnique({
    where: { id },
    select: { id: true, status: true, version: true, titleEn: true, parties: { select: { organisationId: true, side: true } } },
  });
  if (!agreement) throw new NotFoundError();
  return { ...agreement, partyOrganisationIds: agreement.parties.map((party) => party.organisationId) };
}

/** A stored upload becomes one of the agreement's documents; returns the document's id. */
export async function createAgreementDocument(tx: TransactionClient, options: { agreementId: string; title: string; stored: StoredUpload; userId: string }): Promise<string> {
  const { agreementId, title, stored, userId } = options;
  const file = await tx.storedFile.create({ data: { ...stored, uploadedById: userId }, select: { id: true } });
  const document = await tx.agreementDocument.create({ data: { agreementId, title, fileId: file.id, createdById: userId }, select: { id: true } });
  await recordAudit(tx, {
    actorId: userId,
    action: "agreementDocument.add",
    entityType: "AgreementDocument",
    entityId: document.id,
    after: { agreementId, title, fileName: stored.fileName, sizeBytes: stored.sizeBytes, url: null },
  });
  return document.id;
}

const signOffSelect = { malaysiaSignedOffAt: true, malaysiaSignedOffById: true, chinaSignedOffAt: true, chinaSignedOffById: true } as const;

/**
 * A clause of the text changed: the text gets a new version (a sign-off form showing the old
 * text is now stale) and loses its sign-offs, which the audit trail records.
 */
export async function markTextChanged(tx: TransactionClient, options: { textId: string; userId: string }): Promise<void> {
  const before = await tx.agreementText.findUniqueOrThrow({ where: { id: options.textId }, select: { agreementId: true, language: true, version: true, ...signOffSelect } });
  await tx.agreementText.update({ where: { id: options.textId }, data: { ...noSignOffs, updatedById: options.userId, version: { increment: 1 } }, select: { id: true } });
  if (hasSignOff(before)) await recordSignOffLoss(tx, { textId: options.textId, userId: options.userId, before });
}

export async function recordSignOffLoss(
  tx: TransactionClient,
  options: { textId: string; userId: string; before: { agreementId: string; language: string; version: number; malaysiaSignedOffAt: Date | null; chinaSignedOffAt: Date | null } },
): Promise<void> {
  const { before } = options;
  await recordAudit(tx, {
    actorId: options.userId,
    action: "agreementText.signOffLost",
    entityType: "AgreementText",
    entityId: options.textId,
    before: { agreementId: before.agreementId, language: before.language, malaysiaSignedOffAt: before.malaysiaSignedOffAt?.toISOString() ?? null, chinaSignedOffAt: before.chinaSignedOffAt?.toISOString() ?? null },
    after: { agreementId: before.agreementId, language: before.language, malaysiaSignedOffAt: null, chinaSignedOffAt: null, version: before.version + 1 },
  });
}
