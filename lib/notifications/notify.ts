// The one way anything is told to anyone: actions call notify(tx, …) inside their own
// transaction (the change and its notifications commit together or not at all); the sweep writes
// the same rows in batches. The idempotency key (rule, record, occurrence, recipient) is unique
// in the database, so writing the same notification twice writes it once.
import type { TransactionClient } from "@/lib/prisma-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind, RecordType } from "./kinds";
import type { NotificationParams } from "./params";

export type NotificationDraft = {
  kind: NotificationKind;
  recordType: RecordType;
  recordId: string;
  /** What makes this occurrence distinct: the record's version after the change, a comment's id, a period. */
  occurrence: string;
  params: NotificationParams;
  recipientIds: readonly string[];
};

export function idempotencyKey(kind: NotificationKind, recordId: string, occurrence: string, recipientId: string): string {
  return `${kind}:${recordId}:${occurrence}:${recipientId}`;
}

export async function notify(tx: TransactionClient, draft: NotificationDraft): Promise<number> {
  if (draft.recipientIds.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: draft.recipientIds.map((recipientId) => ({
      recipientId,
      kind: draft.kind,
      recordType: draft.recordType,
      recordId: draft.recordId,
      params: draft.params as Prisma.InputJsonValue,
      idempotencyKey: idempotencyKey(draft.kind, draft.recordId, draft.occurrence, recipientId),
    })),
    skipDuplicates: true,
  });
  return count;
}
