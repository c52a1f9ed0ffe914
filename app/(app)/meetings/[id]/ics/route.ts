// One meeting as an .ics download, for those who may read its group (session required).
import { requireUser, UnauthenticatedError } from "@/lib/auth/session";
import { buildCalendar, calendarResponse } from "@/lib/calendar/ical";
import { meetingEvent } from "@/lib/calendar/events";
import { getMeetingDetail } from "@/lib/data/meetings";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireUser();
  } catch (error) {
    if (error instanceof UnauthenticatedError) return new Response("Sign in required", { status: 401 });
    throw error;
  }
  const { id } = await params;
  const meeting = await getMeetingDetail(id);
  if (!meeting || meeting.status === "CANCELLED") return new Response("Not found", { status: 404 });
  const event = meetingEvent({ ...meeting, workingGroup: { nameEn: meeting.workingGroup.nameEn } }, new URL(request.url).origin);
  return calendarResponse(buildCalendar({ name: meeting.titleEn, events: [event] }), `meeting-${meeting.id}.ics`, "attachment");
}
