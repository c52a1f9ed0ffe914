// The signed-in user's own account: their sessions, newest activity first.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { sessionEndedBy } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

/** Open sessions (those still holding), with the one of this request marked. At most 100: nobody has more browsers. */
export async function listMySessions() {
  const user = await requireUser();
  const now = new Date();
  const rows = await db.userSession.findMany({
    where: { userId: user.id, endedAt: null },
    orderBy: { lastSeenAt: "desc" },
    take: 100,
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, address: true, endedAt: true },
  });
  return rows
    .filter((row) => sessionEndedBy(row, now) === null)
    .map((row) => ({ id: row.id, createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, userAgent: row.userAgent, address: row.address, isCurrent: row.id === user.sessionId }));
}
