import type { TimedEvent } from "./ical";

type MeetingForCalendar = {
  id: string;
  titleEn: string;
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  venue: string | null;
  onlineUrl: string | null;
  workingGroup: { nameEn: string };
};

export function meetingEvent(meeting: MeetingForCalendar, baseUrl: string): TimedEvent {
  return {
    kind: "timed",
    uid: `meeting-${meeting.id}@mou-tracker`,
    summary: meeting.titleEn,
    description: [meeting.workingGroup.nameEn, meeting.onlineUrl].filter(Boolean).join("\n"),
    location: meeting.venue ?? meeting.onlineUrl,
    url: `${baseUrl}/meetings/${meeting.id}`,
    startsAt: meeting.startsAt,
    // A meeting without an end is shown as an hour long.
    endsAt: meeting.endsAt ?? new Date(meeting.startsAt.getTime() + 3_600_000),
    timeZone: meeting.timeZone,
  };
}
