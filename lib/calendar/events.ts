// Meetings and action-item due dates as calendar events, in the reader's language (the feed's
// holder, or whoever downloads a meeting's .ics).
import { localized, type Localized } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ActionItemStatus } from "@/lib/action-items/status-machine";
import type { AllDayEvent, TimedEvent } from "./ical";
import { displayName, type NamedPerson } from "@/lib/people/display-name";

type GroupName = Localized<"name">;

type MeetingForCalendar = Localized<"title"> & {
  id: string;
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  venue: string | null;
  onlineUrl: string | null;
  workingGroup: GroupName;
};

type ActionItemForCalendar = Localized<"title"> & {
  id: string;
  dueOn: Date;
  status: ActionItemStatus;
  malaysiaOwner: NamedPerson | null;
  chinaOwner: NamedPerson | null;
  workingGroup: GroupName;
};

export function meetingEvent(meeting: MeetingForCalendar, baseUrl: string, locale: Locale): TimedEvent {
  return {
    kind: "timed",
    uid: `meeting-${meeting.id}@mou-tracker`,
    summary: localized(meeting, "title", locale),
    description: [localized(meeting.workingGroup, "name", locale), meeting.onlineUrl].filter(Boolean).join("\n"),
    location: meeting.venue ?? meeting.onlineUrl,
    url: `${baseUrl}/meetings/${meeting.id}`,
    startsAt: meeting.startsAt,
    // A meeting without an end is shown as an hour long.
    endsAt: meeting.endsAt ?? new Date(meeting.startsAt.getTime() + 3_600_000),
    timeZone: meeting.timeZone,
  };
}

export function actionItemDueEvent(item: ActionItemForCalendar, baseUrl: string, locale: Locale, t: Translate): AllDayEvent {
  const owners = [item.malaysiaOwner, item.chinaOwner].map((owner) => (owner ? displayName(owner, locale) : null)).filter(Boolean).join(", ");
  return {
    kind: "allDay",
    uid: `action-item-${item.id}@mou-tracker`,
    summary: t("calendar.events.due", { title: localized(item, "title", locale) }),
    description: [
      localized(item.workingGroup, "name", locale),
      t("calendar.events.owners", { names: owners }),
      t("calendar.events.status", { status: t(`actionItems.status.${item.status}`) }),
    ].join("\n"),
    url: `${baseUrl}/action-items/${item.id}`,
    date: item.dueOn,
  };
}
