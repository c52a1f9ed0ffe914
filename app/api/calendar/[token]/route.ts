// The private calendar feed. Authenticated by its unguessable token alone (calendar programs
// send no session); an unknown or revoked token answers 404 like any missing page.
import { createHash } from "node:crypto";
import { buildCalendar, calendarResponse } from "@/lib/calendar/ical";
import { db } from "@/lib/db";
import { refusalWhenOverLimit } from "@/lib/security/rate-limit";
import { loadCalendarFeed } from "@/lib/calendar/feed";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Per token: a leaked feed address being scraped is slowed down (tokens themselves cannot be guessed).
  const overLimit = await refusalWhenOverLimit(db, "calendarFeed", createHash("sha256").update(token).digest("hex"));
  if (overLimit) return overLimit;
  const feed = await loadCalendarFeed(token.replace(/\.ics$/, ""), new URL(request.url).origin);
  if (!feed) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return calendarResponse(buildCalendar(feed), "mou-tracker.ics", "inline");
}
