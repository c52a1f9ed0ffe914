// Action items, meetings and notifications for /api/v1: the review queue's where-clause
// (queueWhere), the groups the caller may read (visibleGroupsWhere), the caller's own inbox.
import "server-only";
import type { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { canReadWorkingGroup } from "@/lib/permissions";
import { today as appToday } from "@/lib/dates";
import { queueWhere } from "@/lib/data/action-items";
import { loadGroupAccess, visibleGroupsWhere } from "@/lib/working-groups/access";
import { keysetArgs, pageOf } from "@/lib/api/paging";
import { actionItemApiSelect, meetingApiSelect, notificationApiSelect, toApiActionItem, toApiMeeting, toApiNotification } from "@/lib/api/serialize";
import type { actionItemQuerySchema, meetingQuerySchema, notificationQuerySchema } from "@/lib/api/schemas";

export async function listActionItemsForApi(query: z.infer<typeof actionItemQuerySchema>) {
  const user = await requireUser();
  const { cursor, limit: asked, ...filters } = query;
  const { after, orderBy, take, limit } = keysetArgs({ cursor, limit: asked });
  const rows = await db.actionItem.findMany({ where: { AND: [queueWhere(user, filters, appToday()), after] }, orderBy, take, select: actionItemApiSelect });
  return pageOf(rows, limit, toApiActionItem);
}

export async function getActionItemForApi(id: string) {
  const user = await requireUser();
  const row = await db.actionItem.findUnique({ where: { id }, select: actionItemApiSelect });
  if (!row) return null;
  const group = await loadGroupAccess(db, row.workingGroupId);
  return group && canReadWorkingGroup(user, group) ? toApiActionItem(row) : null;
}

export async function listMeetingsForApi(query: z.infer<typeof meetingQuerySchema>) {
  const user = await requireUser();
  const and: Prisma.MeetingWhereInput[] = [{ workingGroup: visibleGroupsWhere(user) }];
  if (query.group) and.push({ workingGroupId: query.group });
  if (query.status) and.push({ status: query.status });
  if (query.from) and.push({ startsAt: { gte: new Date(`${query.from}T00:00:00Z`) } });
  const { after, orderBy, take, limit } = keysetArgs(query);
  const rows = await db.meeting.findMany({ where: { AND: [...and, after] }, orderBy, take, select: meetingApiSelect });
  return pageOf(rows, limit, toApiMeeting);
}

export async function getMeetingForApi(id: string) {
  const user = await requireUser();
  const row = await db.meeting.findUnique({ where: { id }, select: meetingApiSelect });
  if (!row) return null;
  const group = await loadGroupAccess(db, row.workingGroupId);
  return group && canReadWorkingGroup(user, group) ? toApiMeeting(row) : null;
}

/** The caller's own notifications, as their inbox shows them. */
export async function listNotificationsForApi(query: z.infer<typeof notificationQuerySchema>) {
  const user = await requireUser();
  const where: Prisma.NotificationWhereInput = { recipientId: user.id, ...(query.unread === "true" ? { readAt: null } : {}), ...(query.kind ? { kind: query.kind } : {}) };
  const { after, orderBy, take, limit } = keysetArgs(query);
  const rows = await db.notification.findMany({ where: { AND: [where, after] }, orderBy, take, select: notificationApiSelect });
  return pageOf(rows, limit, toApiNotification);
}

/** A comment the caller may read (its item's group is theirs to read). */
export async function getCommentForApi(id: string) {
  const user = await requireUser();
  const row = await db.actionItemComment.findUnique({ where: { id }, select: { id: true, actionItemId: true, body: true, createdAt: true, actionItem: { select: { workingGroupId: true } } } });
  if (!row) return null;
  const group = await loadGroupAccess(db, row.actionItem.workingGroupId);
  return group && canReadWorkingGroup(user, group) ? { id: row.id, actionItemId: row.actionItemId, body: row.body, createdAt: row.createdAt.toISOString() } : null;
}
