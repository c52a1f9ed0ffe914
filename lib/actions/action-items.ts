"use server";
// Action items: raised and corrected by a co-chair or the secretariat (from a decision or on their
// own), moved through their life by owners and reviewers as lib/action-items/status-machine.ts
// allows, and discussed in a comment thread. Every change is audited and version-checked.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { queueWebhookEvent } from "@/lib/webhooks/queue";
import { checkItemReferences } from "@/lib/action-items/references";
import { areOwnersFrozen, checkTransition, editableStatuses, isEditableStatus } from "@/lib/action-items/status-machine";
import { canCommentInWorkingGroup, canCoordinateWorkingGroup, canReadWorkingGroup, canReviewActionItem, isActionItemOwner, type GroupMembership } from "@/lib/permissions";
import { commentActionItemSchema, createActionItemSchema, transitionActionItemSchema, updateActionItemSchema } from "@/lib/schemas/action-items";
import { loadGroupAccess } from "@/lib/working-groups/access";
import { localizedDescription, localizedTitle } from "@/lib/i18n/content";
import { notifyActionItemAssigned, notifyActionItemComment, notifyActionItemTransition } from "@/lib/notifications/triggers";
import { defineAction } from "./define-action";
import { ConflictError, NotFoundError, RuleError } from "./errors";

const itemFields = {
  id: true,
  workingGroupId: true,
  meetingId: true,
  decisionId: true,
  ...localizedTitle,
  ...localizedDescription,
  ownerSide: true,
  malaysiaOwnerId: true,
  chinaOwnerId: true,
  dueOn: true,
  status: true,
  priority: true,
  cooperationAreaId: true,
  milestoneId: true,
  statusReason: true,
  version: true,
} as const;

const actorOf = (user: { id: string; name: string }) => ({ id: user.id, name: user.name });

export const createActionItem = defineAction(createActionItemSchema, async ({ user, input }) => {
  const group = await loadGroupAccess(db, input.workingGroupId);
  if (!group || !canCoordinateWorkingGroup(user, group.members)) throw new NotFoundError();
  let meetingId = input.meetingId;
  if (input.decisionId) {
    const decision = await db.decision.findUnique({ where: { id: input.decisionId }, select: { meetingId: true, meeting: { select: { workingGroupId: true } } } });
    if (!decision || decision.meeting.workingGroupId !== group.id) throw new NotFoundError();
    meetingId = decision.meetingId;
  }
  if (meetingId) {
    const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { workingGroupId: true } });
    if (!meeting || meeting.workingGroupId !== group.id) throw new NotFoundError();
  }
  const ownerSide = await checkItemReferences(group, input);

  const created = await db.$transaction(async (tx) => {
    const row = await tx.actionItem.create({
      data: { ...input, meetingId, ownerSide, createdById: user.id, updatedById: user.id },
      select: itemFields,
    });
    await recordAudit(tx, { actorId: user.id, action: "actionItem.create", entityType: "ActionItem", entityId: row.id, after: auditSnapshot(row) });
    await notifyActionItemAssigned(tx, row, null, group, actorOf(user));
    return row;
  });
  revalidatePath("/action-items");
  if (meetingId) revalidatePath(`/meetings/${meetingId}`);
  return { saved: "actionItemCreated", data: { id: created.id }, redirectTo: meetingId ? `/meetings/${meetingId}` : `/action-items/${created.id}` };
});

async function loadItemWithGroup(id: string) {
  const item = await db.actionItem.findUnique({ where: { id }, select: itemFields });
  if (!item) return null;
  const group = await loadGroupAccess(db, item.workingGroupId);
  return group ? { item, group } : null;
}

/** Corrects what was written when the item was raised; its status moves only through transitionActionItem. */
export const updateActionItem = defineAction(updateActionItemSchema, async ({ user, input }) => {
  const loaded = await loadItemWithGroup(input.id);
  if (!loaded || !canCoordinateWorkingGroup(user, loaded.group.members)) throw new NotFoundError();
  const { item: before, group } = loaded;
  if (!isEditableStatus(before.status)) throw new RuleError("actionItems.errors.notEditable");
  const ownersChanged = input.malaysiaOwnerId !== before.malaysiaOwnerId || input.chinaOwnerId !== before.chinaOwnerId;
  if (ownersChanged && areOwnersFrozen(before.status)) throw new RuleError("actionItems.errors.ownersFrozenInReview", "malaysiaOwnerId");
  const ownerSide = await checkItemReferences(group, input, before);

  const { id, version, ...fields } = input;
  await db.$transaction(async (tx) => {
    // The status joins the version in the WHERE: an item closed meanwhile is a conflict, never edited.
    const { count } = await tx.actionItem.updateMany({
      where: { id, version, status: { in: ownersChanged ? editableStatuses.filter((status) => !areOwnersFrozen(status)) : [...editableStatuses] } },
      data: { ...fields, ownerSide, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) throw new ConflictError({ entityType: "ActionItem", entityId: id, version: version });
    const after = await tx.actionItem.findUniqueOrThrow({ where: { id }, select: itemFields });
    await recordAudit(tx, { actorId: user.id, action: "actionItem.update", entityType: "ActionItem", entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
    if (ownersChanged) await notifyActionItemAssigned(tx, after, before, group, actorOf(user));
  });
  revalidatePath("/action-items");
  revalidatePath(`/action-items/${id}`);
  if (before.meetingId) revalidatePath(`/meetings/${before.meetingId}`);
  return { saved: "actionItemUpdated", data: undefined, redirectTo: `/action-items/${id}` };
});

export const transitionActionItem = defineAction(transitionActionItemSchema, async ({ user, input }) => {
  const loaded = await loadItemWithGroup(input.id);
  if (!loaded || !canReadWorkingGroup(user, loaded.group)) throw new NotFoundError();
  const { item: before, group } = loaded;
  const members: GroupMembership[] = group.members;
  const check = checkTransition(
    before.status,
    input.to,
    { isOwner: isActionItemOwner(user, before), isReviewer: canReviewActionItem(user, before, members), isCoordinator: canCoordinateWorkingGroup(user, members) },
    input.comment,
  );
  if (!check.ok) throw new RuleError(`actionItems.errors.${check.error}`, check.error === "reasonRequired" ? "comment" : undefined);

  const now = new Date();
  const isReview = input.to === "ACCEPTED" || input.to === "RETURNED";
  await db.$transaction(async (tx) => {
    const { count } = await tx.actionItem.updateMany({
      where: { id: input.id, version: input.version, status: before.status },
      data: {
        status: input.to,
        ...(input.to === "RETURNED" || input.to === "BLOCKED" || input.to === "CANCELLED" ? { statusReason: input.comment } : {}),
        ...(input.to === "SUBMITTED" ? { submittedAt: now } : {}),
        ...(isReview ? { reviewedAt: now, reviewedById: user.id } : {}),
        ...(input.to === "CLOSED" || input.to === "CANCELLED" ? { closedAt: now } : {}),
        version: { increment: 1 },
        updatedById: user.id,
      },
    });
    if (count === 0) throw new ConflictError({ entityType: "ActionItem", entityId: input.id, version: input.version });
    if (input.comment) await tx.actionItemComment.create({ data: { actionItemId: input.id, authorId: user.id, body: input.comment } });
    const after = await tx.actionItem.findUniqueOrThrow({ where: { id: input.id }, select: itemFields });
    await recordAudit(tx, {
      actorId: user.id,
      action: `actionItem.${input.to.toLowerCase()}`,
      entityType: "ActionItem",
      entityId: input.id,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
      reason: input.comment,
    });
    await notifyActionItemTransition(tx, after, group, actorOf(user), input.comment);
    await queueWebhookEvent(tx, "action_item.status_changed", { id: input.id, workingGroupId: after.workingGroupId, from: before.status, to: after.status, version: after.version });
  });
  revalidatePath("/action-items");
  revalidatePath(`/action-items/${input.id}`);
  return { saved: "actionItemMoved", data: undefined, redirectTo: input.returnTo };
});

export const commentOnActionItem = defineAction(commentActionItemSchema, async ({ user, input }) => {
  const loaded = await loadItemWithGroup(input.id);
  if (!loaded || !canReadWorkingGroup(user, loaded.group)) throw new NotFoundError();
  // Managers read along but do not take part in the discussion.
  if (!canCommentInWorkingGroup(user, loaded.group.members)) throw new NotFoundError();
  const created = await db.$transaction(async (tx) => {
    const comment = await tx.actionItemComment.create({ data: { actionItemId: input.id, authorId: user.id, body: input.body }, select: { id: true, actionItemId: true, body: true, createdAt: true } });
    await recordAudit(tx, { actorId: user.id, action: "actionItem.comment", entityType: "ActionItem", entityId: input.id, after: auditSnapshot(comment) });
    await notifyActionItemComment(tx, loaded.item, comment, loaded.group, actorOf(user));
    return comment;
  });
  revalidatePath(`/action-items/${input.id}`);
  revalidatePath("/action-items");
  return { data: { id: created.id } };
});
