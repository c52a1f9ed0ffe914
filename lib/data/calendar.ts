// Whether the signed-in user has a calendar feed (the token itself is never stored).
import "server-only";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";

export async function getCalendarFeedStatus(): Promise<{ hasFeed: boolean }> {
  const user = await requireUser();
  const row = await db.user.findUnique({ where: { id: user.id }, select: { calendarTokenHash: true } });
  return { hasFeed: Boolean(row?.calendarTokenHash) };
}
