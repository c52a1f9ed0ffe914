// The reader's own notifications (the bell, the inbox) and, for administrators, the Outbox.
import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import { canReadOutbox } from "@/lib/permissions";
import { findCapped } from "./capped";
import type { NotificationKind } from "@/lib/notifications/kinds";

export const inboxPageSize = 100;

export function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { recipientId: userId, readAt: null } });
}

export async function listInbox(user: Pick<SessionUser, "id">, filters: { kind: NotificationKind | null; unreadOnly: boolean }) {
  const where = { recipientId: user.id, ...(filters.kind ? { kind: filters.kind } : {}), ...(filters.unreadOnly ? { readAt: null } : {}) };
  const [rows, total] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: inboxPageSize,
      select: { id: true, kind: true, recordType: true, recordId: true, params: true, createdAt: true, readAt: true },
    }),
    db.notification.count({ where }),
  ]);
  return { rows, total };
}

export const outboxPageSize = 200;

export async function listOutbox(user: SessionUser) {
  if (!canReadOutbox(user)) throw new ForbiddenError();
  return findCapped(
    outboxPageSize,
    (take) =>
      db.outboundMail.findMany({
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take,
        select: { id: true, toAddress: true, subject: true, language: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, nextAttemptAt: true },
      }),
    () => db.outboundMail.count(),
  );
}
