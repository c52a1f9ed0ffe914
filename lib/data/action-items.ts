// Reads of action items: the review queue, one item with its thread and history, the form's
// choices and the export. Scoped to the groups the user may read; counts computed in the database.
import "server-only";
import { db, type Prisma } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import { allowedTransitions, isEditableStatus, openStatuses } from "@/lib/action-items/status-machine";
import {
  canCommentInWorkingGroup,
  canCoordinateWorkingGroup,
  canReadWorkingGroup,
  canReviewActionItem,
  isActionItemOwner,
} from "@/lib/permissions";
import type { ActionItemFilters } from "@/lib/schemas/action-items";
import { loadGroupAccess, membershipSelect, visibleGroupsWhere } from "@/lib/working-groups/access";
import { dayMs, today as appToday } from "@/lib/dates";
import { isOverdue, overdueWhere } from "@/lib/action-items/overdue";
import { localizedName, localizedTitle } from "@/lib/i18n/content";
import { getLocale } from "@/lib/i18n/server";
import { inReaderLanguage } from "@/lib/i18n/sort";
import { findCapped } from "./capped";
import { isFromProvisionalMinutes, meetingMinutesStateSelect } from "./minutes";
import { cache } from "react";

/** The newest comments and history events an action item's page shows. */
const threadLimit = 200;

const personName = { select: { id: true, name: true, nameZh: true } } as const;

function ownedBy(personId: string): Prisma.ActionItemWhereInput {
  return { OR: [{ malaysiaOwnerId: personId }, { chinaOwnerId: personId }] };
}

/** SUBMITTED items in groups where the user is a current co-chair or secretariat, not owned by them. */
function awaitingReviewBy(personId: string, today: Date): Prisma.ActionItemWhereInput {
  return {
    status: "SUBMITTED",
    workingGroup: { members: { some: { personId, role: { in: ["CO_CHAIR", "SECRETARIAT"] }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] } } },
    AND: [{ OR: [{ malaysiaOwnerId: null }, { malaysiaOwnerId: { not: personId } }] }, { OR: [{ chinaOwnerId: null }, { chinaOwnerId: { not: personId } }] }],
  };
}

export type QueueScope = "mine" | "review" | "all";

export function defaultScope(user: Pick<SessionUser, "personId">): QueueScope {
  return user.personId ? "mine" : "all";
}

/** The where-clause of the filtered list; the same for the page and the export. */
export function queueWhere(user: SessionUser, filters: ActionItemFilters, today: Date): Prisma.ActionItemWhereInput {
  const scope = filters.scope ?? defaultScope(user);
  const personId = user.personId ?? "__nobody__";
  const clauses: Prisma.ActionItemWhereInput[] = [{ workingGroup: visibleGroupsWhere(user) }];
  if (scope === "mine") clauses.push(ownedBy(personId));
  if (scope === "review") clauses.push(awaitingReviewBy(personId, today));
  if (filters.group) clauses.push({ workingGroupId: filters.group });
  if (filters.meeting) clauses.push({ meetingId: filters.meeting });
  if (filters.side) clauses.push({ ownerSide: filters.side });
  if (filters.owner) clauses.push(ownedBy(filters.owner));
  const status = filters.status ?? "open";
  if (status === "open") clauses.push({ status: { in: [...openStatuses] } });
  else if (status !== "any") clauses.push({ status });
  if (filters.due === "overdue") clauses.push(overdueWhere(today));
  if (filters.due === "week") clauses.push({ dueOn: { gte: today, lte: new Date(today.getTime() + 7 * dayMs) } });
  if (filters.due === "month") clauses.push({ dueOn: { gte: today, lte: new Date(today.getTime() + 30 * dayMs) } });
  if (filters.due === "later") clauses.push({ dueOn: { gt: new Date(today.getTime() + 30 * dayMs) } });
  return { AND: clauses };
}

const queueRowSelect = {
  id: true,
  ...localizedTitle,
  status: true,
  dueOn: true,
  priority: true,
  ownerSide: true,
  version: true,
  malaysiaOwnerId: true,
  chinaOwnerId: true,
  malaysiaOwner: personName,
  chinaOwner: personName,
  workingGroup: { select: { id: true, ...localizedName } },
  meeting: { select: { id: true, ...localizedTitle, ...meetingMinutesStateSelect } },
  createdAt: true,
  _count: { select: { comments: true } },
} as const;

export const QUEUE_LIMIT = 200;

/** Overdue items first (two bounded queries), then the rest by due date. */
async function findQueueRows(where: Prisma.ActionItemWhereInput, today: Date, limit: number) {
  const overdue = await db.actionItem.findMany({ where: { AND: [where, overdueWhere(today)] }, orderBy: [{ dueOn: "asc" }, { id: "asc" }], take: limit, select: queueRowSelect });
  const rest = await db.actionItem.findMany({
    where: { AND: [where, { OR: [{ status: { notIn: [...openStatuses] } }, { dueOn: { gte: today } }] }] },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take: Math.max(limit - overdue.length, 0),
    select: queueRowSelect,
  });
  return [...overdue.map((row) => ({ ...row, isOverdue: true })), ...rest.map((row) => ({ ...row, isOverdue: false }))];
}

export async function getActionItemQueue(filters: ActionItemFilters) {
  const user = await requireUser();
  const today = appToday();
  const personId = user.personId ?? "__nobody__";
  const visible: Prisma.ActionItemWhereInput = { workingGroup: visibleGroupsWhere(user) };
  const [rows, mineOpen, mineOverdue, toReview, filteredCount] = await Promise.all([
    findQueueRows(queueWhere(user, filters, today), today, QUEUE_LIMIT),
    db.actionItem.count({ where: { AND: [visible, ownedBy(personId), { status: { in: [...openStatuses] } }] } }),
    db.actionItem.count({ where: { AND: [visible, ownedBy(personId), overdueWhere(today)] } }),
    db.actionItem.count({ where: { AND: [visible, awaitingReviewBy(personId, today)] } }),
    db.actionItem.count({ where: queueWhere(user, filters, today) }),
  ]);
  const reviewable = await db.actionItem.findMany({
    where: { AND: [{ id: { in: rows.map((row) => row.id) } }, awaitingReviewBy(personId, today)] },
    select: { id: true },
  });
  const reviewableIds = new Set(reviewable.map((row) => row.id));
  return {
    scope: filters.scope ?? defaultScope(user),
    rows: rows.map((row) => ({ ...row, canReview: reviewableIds.has(row.id), isMine: isActionItemOwner(user, row), isProvisional: isFromProvisionalMinutes(row) })),
    counts: { mineOpen, mineOverdue, toReview, filtered: filteredCount },
  };
}

/**
 * The filter choices: groups and meetings the user may read, and the people who own items there.
 * Their caps bound a select's options (far above what one reader's groups hold), not a list.
 */
export async function getActionItemFilterOptions() {
  const locale = await getLocale();
  const user = await requireUser();
  const groupsWhere = visibleGroupsWhere(user);
  const [groups, meetings, owners] = await Promise.all([
    db.workingGroup.findMany({ where: groupsWhere, orderBy: inReaderLanguage(locale), select: { id: true, ...localizedName }, take: 200 }),
    db.meeting.findMany({ where: { workingGroup: groupsWhere, actionItems: { some: {} } }, orderBy: { startsAt: "desc" }, select: { id: true, ...localizedTitle }, take: 200 }),
    db.person.findMany({
      where: { OR: [{ ownedActionItemsMalaysia: { some: { workingGroup: groupsWhere } } }, { ownedActionItemsChina: { some: { workingGroup: groupsWhere } } }] },
      orderBy: inReaderLanguage(locale),
      select: { id: true, name: true, nameZh: true },
      take: 300,
    }),
  ]);
  return { groups, meetings, owners };
}

export async function getActionItemsForExport(filters: ActionItemFilters) {
  const user = await requireUser();
  const today = appToday();
  return findQueueRows(queueWhere(user, filters, today), today, 5000);
}

async function loadActionItemDetail(id: string) {
  const user = await requireUser();
  const item = await db.actionItem.findUnique({
    where: { id },
    select: {
      ...queueRowSelect,
      descriptionEn: true,
      descriptionMs: true,
      descriptionZh: true,
      statusReason: true,
      isExample: true,
      submittedAt: true,
      reviewedAt: true,
      decision: { select: { id: true, textEn: true, textMs: true, textZh: true } },
      cooperationArea: { select: { id: true, number: true, ...localizedTitle } },
      milestone: { select: { id: true, ...localizedTitle } },
    },
  });
  if (!item) return null;
  const group = await loadGroupAccess(db, item.workingGroup.id);
  if (!group || !canReadWorkingGroup(user, group)) return null;
  // The newest comments and events, shown oldest first; the page says when older ones are left out.
  const historyWhere = { entityType: "ActionItem", entityId: id };
  const [comments, history] = await Promise.all([
    findCapped(
      threadLimit,
      (take) => db.actionItemComment.findMany({ where: { actionItemId: id }, orderBy: { createdAt: "desc" }, take, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } }),
      () => db.actionItemComment.count({ where: { actionItemId: id } }),
    ),
    findCapped(
      threadLimit,
      (take) => db.auditEvent.findMany({ where: historyWhere, orderBy: { at: "desc" }, take, select: { id: true, at: true, action: true, reason: true, actor: { select: { name: true } } } }),
      () => db.auditEvent.count({ where: historyWhere }),
    ),
  ]);
  const roles = {
    isOwner: isActionItemOwner(user, item),
    isReviewer: canReviewActionItem(user, item, group.members),
    isCoordinator: canCoordinateWorkingGroup(user, group.members),
  };
  return {
    item,
    comments: { rows: comments.rows.toReversed(), total: comments.total },
    history: { rows: history.rows.toReversed(), total: history.total },
    transitions: allowedTransitions(item.status, roles),
    canComment: canCommentInWorkingGroup(user, group.members),
    // Whoever may raise items in the group may correct them, until they are closed or cancelled.
    canEdit: roles.isCoordinator && isEditableStatus(item.status),
    isOverdue: isOverdue(item, appToday()),
    isProvisional: isFromProvisionalMinutes(item),
  };
}

// Cached per request: the page and its metadata both ask for it.
export const getActionItemDetail = cache(loadActionItemDetail);

/** What the new-item form offers: owners per side, the agreement's areas and milestones, the meeting's decisions. */
export async function getActionItemFormOptions(workingGroupId: string, meetingId: string | null) {
  const user = await requireUser();
  const group = await db.workingGroup.findUnique({
    where: { id: workingGroupId },
    select: {
      id: true,
      ...localizedName,
      agreementId: true,
      members: { orderBy: { role: "asc" }, select: { ...membershipSelect, side: true, person: personName } },
    },
  });
  if (!group || !canCoordinateWorkingGroup(user, group.members)) return null;
  const [areas, milestones, meeting] = await Promise.all([
    db.cooperationArea.findMany({ where: { agreementId: group.agreementId, isRetired: false }, orderBy: { number: "asc" }, select: { id: true, number: true, ...localizedTitle } }),
    db.milestone.findMany({ where: { agreementId: group.agreementId }, orderBy: [{ cooperationAreaId: "asc" }, { order: "asc" }], take: 300, select: { id: true, ...localizedTitle } }),
    meetingId
      ? db.meeting.findFirst({
          where: { id: meetingId, workingGroupId },
          select: { id: true, ...localizedTitle, decisions: { orderBy: { order: "asc" }, select: { id: true, order: true, textEn: true, textMs: true, textZh: true } } },
        })
      : null,
  ]);
  return { group, areas, milestones, meeting };
}

/** The edit form: the item as it is now and the same choices the new-item form offers (coordinators only). */
export async function getActionItemForEdit(id: string) {
  await requireUser();
  const item = await db.actionItem.findUnique({
    where: { id },
    select: {
      id: true,
      workingGroupId: true,
      version: true,
      status: true,
      ...localizedTitle,
      descriptionEn: true,
      descriptionMs: true,
      descriptionZh: true,
      malaysiaOwner: personName,
      chinaOwner: personName,
      dueOn: true,
      priority: true,
      cooperationArea: { select: { id: true, number: true, ...localizedTitle } },
      milestone: { select: { id: true, ...localizedTitle } },
    },
  });
  if (!item) return null;
  const options = await getActionItemFormOptions(item.workingGroupId, null);
  return options ? { item, options } : null;
}

export { loadGroupAccess };
