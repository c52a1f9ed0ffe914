// The private calendar feed, read by token (no session): the meetings of the groups the holder may
// read (visibleGroupsWhere, the pages' rule) and the due dates of those groups' open action items.
import "server-only";
import { db } from "@/lib/db";
import { openStatuses } from "@/lib/action-items/status-machine";
import { visibleGroupsWhere } from "@/lib/working-groups/access";
import type { CalendarEvent } from "./ical";
import { hashCalendarToken } from "./token";
import { meetingEvent } from "./events";

const tokenShape = /^[A-Za-z0-9_-]{40,64}$/;

/** The events for the feed of this token, or null when the token is unknown or its user disabled. */
export async function loadCalendarFeed(token: string, baseUrl: string): Promise<{ name: string; events: CalendarEvent[] } | null> {
  if (!tokenShape.test(token)) return null;
  const user = await db.user.findUnique({
    where: { calendarTokenHash: hashCalendarToken(token) },
    select: { id: true, name: true, role: true, organisationId: true, personId: true, isActive: true },
  });
  if (!user || !user.isActive) return null;
  const groups = visibleGroupsWhere(user);
  const since = new Date(Date.now() - 365 * 86_400_000);
  const [meetings, items] = await Promise.all([
    db.meeting.findMany({
      where: { workingGroup: groups, status: { not: "CANCELLED" }, startsAt: { gte: since } },
      orderBy: { startsAt: "asc" },
      take: 500,
      select: { id: true, titleEn: true, startsAt: true, endsAt: true, timeZone: true, venue: true, onlineUrl: true, workingGroup: { select: { nameEn: true } } },
    }),
    db.actionItem.findMany({
      where: { workingGroup: groups, status: { in: [...openStatuses] } },
      orderBy: { dueOn: "asc" },
      take: 1000,
      select: { id: true, titleEn: true, dueOn: true, status: true, malaysiaOwner: { select: { name: true } }, chinaOwner: { select: { name: true } }, workingGroup: { select: { nameEn: true } } },
    }),
  ]);
  const events: CalendarEvent[] = [
    ...meetings.map((meeting) => meetingEvent(meeting, baseUrl)),
    ...items.map(
      (item): CalendarEvent => ({
        kind: "allDay",
        uid: `action-item-${item.id}@mou-tracker`,
        summary: `Due: ${item.titleEn}`,
        description: [item.workingGroup.nameEn, `Owners: ${[item.malaysiaOwner?.name, item.chinaOwner?.name].filter(Boolean).join(", ")}`, `Status: ${item.status}`].join("\n"),
        url: `${baseUrl}/action-items/${item.id}`,
        date: item.dueOn,
      }),
    ),
  ];
  return { name: `MoU Tracker — ${user.name}`, events };
}
