// One meeting as an .ics download, for those who may read its group (session required).
import { userOrRefusal } from "@/lib/auth/session";
import { buildCalendar, calendarResponse } from "@/lib/calendar/ical";
import { meetingEvent } from "@/lib/calendar/events";
import { getMeetingDetail } from "@/lib/data/meetings";
import { localized } from "@/lib/i18n/content";
import { getLocale } from "@/lib/i18n/server";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { refusal } = await userOrRefusal();
  if (refusal) return refusal;
  const { id } = await params;
  const [meeting, locale] = await Promise.all([getMeetingDetail(id), getLocale()]);
  if (!meeting || meeting.status === "CANCELLED") return new Response("Not found", { status: 404 });
  const event = meetingEvent(meeting, new URL(request.url).origin, locale);
  return calendarResponse(buildCalendar({ name: localized(meeting, "title", locale), events: [event] }), `meeting-${meeting.id}.ics`, "attachment");
}
