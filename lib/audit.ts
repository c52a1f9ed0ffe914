// Audit events are written inside the mutation's own transaction: the change and its record of
// who/what/when/before/after commit together or not at all.
import type { TransactionClient } from "@/lib/prisma-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { currentApiPrincipal } from "@/lib/api/principal";

export interface AuditEntry {
  actorId: string | null;
  /** `entity.verb`, e.g. `user.create`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  reason?: string | null;
}

/** Dates and other non-JSON values become JSON the audit trail can show. */
export function auditSnapshot(value: object): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** A change made through /api/v1 names the token it came through (lib/api/principal.ts). */
export async function recordAudit(tx: TransactionClient, entry: AuditEntry): Promise<void> {
  const apiTokenId = currentApiPrincipal()?.tokenId ?? null;
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      reason: entry.reason ?? null,
      apiTokenId,
    },
    select: { id: true },
  });
}
