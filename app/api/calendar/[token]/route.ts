// The private calendar feed. Authenticated by its unguessable token alone (calendar programs
// send no session); an unknown or revoked token answers 404 like any missing page.
import { buildCalendar, calendarResponse } from "@/lib/calendar/ical";
import { loadCalendarFeed } from "@/lib/calendar/feed";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const feed = await loadCalendarFeed(token.replace(/\.ics$/, ""), new URL(request.url).origin);
  if (!feed) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return calendarResponse(buildCalendar(feed), "mou-tracker.ics", "inline");
}
