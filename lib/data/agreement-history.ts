// The change history of an agreement: its own audit events and those of its cooperation areas
// and documents (recorded with `agreementId` in their snapshots), newest first.
import "server-only";
import { db } from "@/lib/db";
import { requireUser, ForbiddenError } from "@/lib/auth/session";
import { canReadAgreements } from "@/lib/permissions";

export const historyLimit = 50;

export async function getAgreementHistory(agreementId: string) {
  const user = await requireUser();
  if (!canReadAgreements(user)) throw new ForbiddenError();
  const byAgreement = { path: ["agreementId"], equals: agreementId };
  return db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: "Agreement", entityId: agreementId },
        { entityType: { in: ["CooperationArea", "AgreementDocument"] }, OR: [{ after: byAgreement }, { before: byAgreement }] },
      ],
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: historyLimit,
    select: { id: true, at: true, action: true, entityType: true, before: true, after: true, reason: true, actor: { select: { name: true } } },
  });
}
