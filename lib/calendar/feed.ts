// The private calendar feed, read by token (no session): the meetings of the groups the holder may
// read (visibleGroupsWhere, the pages' rule) and the due dates of those groups' open action items.
import "server-only";
import { db } from "@/lib/db";
import { openStatuses } from "@/lib/action-items/status-machine";
import { visibleGroupsWhere } from "@/lib/working-groups/access";
import type { CalendarEvent } from "./ical";
import { hashCalendarToken } from "./token";
import { actionItemDueEvent, meetingEvent } from "./events";
import { catalogs } from "@/lib/i18n/messages";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { createTranslator } from "@/lib/i18n/translate";
import { localizedName, localizedTitle } from "@/lib/i18n/content";

const tokenShape = /^[A-Za-z0-9_-]{40,64}$/;

/** The events for the feed of this token, or null when the token is unknown or its user disabled. */
export async function loadCalendarFeed(token: string, baseUrl: string): Promise<{ name: string; events: CalendarEvent[] } | null> {
  if (!tokenShape.test(token)) return null;
  const user = await db.user.findUnique({
    where: { calendarTokenHash: hashCalendarToken(token) },
    select: { id: true, name: true, role: true, organisationId: true, personId: true, isActive: true, locale: true },
  });
  if (!user || !user.isActive) return null;
  const groups = visibleGroupsWhere(user);
  const since = new Date(Date.now() - 365 * 86_400_000);
  // A calendar feed has nowhere to say it was cut: the caps only bound a runaway feed, far above
  // a year of one reader's meetings and open items.
  const [meetings, items] = await Promise.all([
    db.meeting.findMany({
      where: { workingGroup: groups, status: { not: "CANCELLED" }, startsAt: { gte: since } },
      orderBy: { startsAt: "asc" },
      take: 500,
      select: { id: true, ...localizedTitle, startsAt: true, endsAt: true, timeZone: true, venue: true, onlineUrl: true, workingGroup: { select: localizedName } },
    }),
    db.actionItem.findMany({
      where: { workingGroup: groups, status: { in: [...openStatuses] } },
      orderBy: { dueOn: "asc" },
      take: 1000,
      select: { id: true, ...localizedTitle, dueOn: true, status: true, malaysiaOwner: { select: { name: true, nameZh: true } }, chinaOwner: { select: { name: true, nameZh: true } }, workingGroup: { select: localizedName } },
    }),
  ]);
  // Calendar programs send no language: the feed speaks its holder's.
  const locale = isLocale(user.locale) ? user.locale : defaultLocale;
  const t = createTranslator(catalogs[locale], locale);
  const events: CalendarEvent[] = [
    ...meetings.map((meeting) => meetingEvent(meeting, baseUrl, locale)),
    ...items.map((item) => actionItemDueEvent(item, baseUrl, locale, t)),
  ];
  return { name: t("calendar.events.feedName", { name: user.name }), events };
}
