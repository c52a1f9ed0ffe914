"use server";
// Officers plan milestones under a cooperation area: create, edit (with the version they saw),
// reorder, cancel with a reason, and delete only while nothing has been reported against them.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { defineAction } from "./define-action";
import { ConflictError, NotFoundError, RuleError } from "./errors";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { canEditMilestone } from "@/lib/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { findUsableArea, milestoneAccessSelect, withPartyIds } from "@/lib/milestones/access";
import { milestoneEditableColumnsSelect } from "@/lib/milestones/columns";
import { putLatestUpdateToOtherSide } from "@/lib/joint-progress/write";
import {
  cancelMilestoneSchema,
  createMilestoneSchema,
  deleteMilestoneSchema,
  moveMilestoneSchema,
  updateMilestoneSchema,
  type CreateMilestoneInput,
} from "@/lib/schemas/milestone";

const auditedMilestoneFields = {
  id: true,
  ...milestoneEditableColumnsSelect,
  order: true,
  status: true,
  cancelledAt: true,
  cancelReason: true,
  version: true,
} as const;

/** The milestone with what the permission rule needs; NotFound when missing or not the user's to change. */
async function loadEditableMilestone(user: SessionUser, id: string) {
  const row = await db.milestone.findUnique({ where: { id }, select: { ...milestoneAccessSelect, cancelledAt: true, cooperationAreaId: true, agreementId: true } });
  if (!row) throw new NotFoundError();
  const milestone = withPartyIds(row);
  if (!canEditMilestone(user, milestone)) throw new NotFoundError();
  return milestone;
}

/** Owner side agrees with the owner's side; the responsible officer is an active officer. */
async function assertPlanReferences(input: Pick<CreateMilestoneInput, "ownerOrganisationId" | "ownerSide" | "responsibleUserId">) {
  const [organisation, responsible] = await Promise.all([
    db.organisation.findUnique({ where: { id: input.ownerOrganisationId }, select: { side: true, isRetired: true } }),
    input.responsibleUserId ? db.user.findUnique({ where: { id: input.responsibleUserId }, select: { role: true, isActive: true } }) : null,
  ]);
  if (!organisation || organisation.isRetired) throw new RuleError("errors.unknownOrganisation", "ownerOrganisationId");
  if (input.ownerSide !== "JOINT" && input.ownerSide !== organisation.side) throw new RuleError("milestones.errors.sideMismatch", "ownerSide");
  if (input.responsibleUserId && (!responsible || responsible.role !== "OFFICER" || !responsible.isActive)) {
    throw new RuleError("milestones.errors.responsibleNotOfficer", "responsibleUserId");
  }
}

function planData(input: CreateMilestoneInput) {
  return {
    titleEn: input.titleEn,
    titleMs: input.titleMs,
    titleZh: input.titleZh,
    descriptionEn: input.descriptionEn,
    descriptionMs: input.descriptionMs,
    descriptionZh: input.descriptionZh,
    ownerOrganisationId: input.ownerOrganisationId,
    ownerSide: input.ownerSide,
    responsibleUserId: input.responsibleUserId,
    startOn: input.startOn,
    targetOn: input.targetOn,
    weight: input.weight,
    indicatorUnit: input.indicatorUnit,
    indicatorBaseline: input.indicatorBaseline,
    indicatorTarget: input.indicatorTarget,
  };
}

function revalidateMilestone(id?: string) {
  revalidatePath("/milestones");
  if (id) revalidatePath(`/milestones/${id}`);
}

export const createMilestone = defineAction(createMilestoneSchema, async ({ user, input }) => {
  const area = await findUsableArea(input.cooperationAreaId);
  if (!area) throw new RuleError("milestones.errors.unknownArea", "cooperationAreaId");
  if (!canEditMilestone(user, { ...input, partyOrganisationIds: area.partyOrganisationIds })) {
    throw new RuleError("milestones.errors.notYourOrganisation", "ownerOrganisationId");
  }
  await assertPlanReferences(input);
  const created = await db.$transaction(async (tx) => {
    const last = await tx.milestone.aggregate({ where: { cooperationAreaId: area.id }, _max: { order: true } });
    const row = await tx.milestone.create({
      data: { ...planData(input), agreementId: area.agreementId, cooperationAreaId: area.id, order: (last._max.order ?? 0) + 1, updatedById: user.id },
      select: auditedMilestoneFields,
    });
    await recordAudit(tx, { actorId: user.id, action: "milestone.create", entityType: "Milestone", entityId: row.id, after: auditSnapshot(row) });
    return row;
  });
  revalidateMilestone(created.id);
  return { saved: "milestoneCreated", data: { id: created.id }, redirectTo: `/milestones/${created.id}` };
});

export const updateMilestone = defineAction(updateMilestoneSchema, async ({ user, input }) => {
  const existing = await loadEditableMilestone(user, input.id);
  if (existing.cancelledAt) throw new RuleError("milestones.errors.cancelled");
  const area = await findUsableArea(input.cooperationAreaId);
  if (!area || area.agreementId !== existing.agreementId) throw new RuleError("milestones.errors.unknownArea", "cooperationAreaId");
  // The new owner must also be one the user may act for: nobody hands work to another organisation unchecked.
  if (!canEditMilestone(user, { ...input, partyOrganisationIds: area.partyOrganisationIds })) {
    throw new RuleError("milestones.errors.notYourOrganisation", "ownerOrganisationId");
  }
  await assertPlanReferences(input);
  const firstUpdate = await db.progressUpdate.findFirst({ where: { milestoneId: input.id }, orderBy: { reportedOn: "asc" }, select: { reportedOn: true } });
  if (firstUpdate && firstUpdate.reportedOn < input.startOn) throw new RuleError("milestones.errors.startAfterUpdates", "startOn");

  await db.$transaction(async (tx) => {
    const before = await tx.milestone.findUniqueOrThrow({ where: { id: input.id }, select: auditedMilestoneFields });
    const { count } = await tx.milestone.updateMany({
      where: { id: input.id, version: input.version, cancelledAt: null },
      data: { ...planData(input), cooperationAreaId: area.id, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) throw new ConflictError({ entityType: "Milestone", entityId: input.id, version: input.version });
    const after = await tx.milestone.findUniqueOrThrow({ where: { id: input.id }, select: auditedMilestoneFields });
    await recordAudit(tx, { actorId: user.id, action: "milestone.update", entityType: "Milestone", entityId: input.id, before: auditSnapshot(before), after: auditSnapshot(after) });
    // Marked joint: its current state (the latest update) is put to the other side to confirm.
    if (before.ownerSide !== "JOINT" && after.ownerSide === "JOINT") await putLatestUpdateToOtherSide(tx, input.id, user.id);
  });
  revalidateMilestone(input.id);
  return { saved: "milestoneUpdated", data: undefined, redirectTo: `/milestones/${input.id}` };
});

export const cancelMilestone = defineAction(cancelMilestoneSchema, async ({ user, input }) => {
  const existing = await loadEditableMilestone(user, input.id);
  if (existing.cancelledAt) throw new RuleError("milestones.errors.cancelled");
  await db.$transaction(async (tx) => {
    const before = await tx.milestone.findUniqueOrThrow({ where: { id: input.id }, select: auditedMilestoneFields });
    const { count } = await tx.milestone.updateMany({
      where: { id: input.id, version: input.version, cancelledAt: null },
      data: { status: "CANCELLED", cancelledAt: new Date(), cancelReason: input.reason, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) throw new ConflictError({ entityType: "Milestone", entityId: input.id, version: input.version });
    const after = await tx.milestone.findUniqueOrThrow({ where: { id: input.id }, select: auditedMilestoneFields });
    await recordAudit(tx, {
      actorId: user.id,
      action: "milestone.cancel",
      entityType: "Milestone",
      entityId: input.id,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
      reason: input.reason,
    });
  });
  revalidateMilestone(input.id);
  return { saved: "milestoneCancelled", data: undefined, redirectTo: `/milestones/${input.id}` };
});

/** Only a milestone nobody has reported against may go: progress history is never deleted. */
export const deleteMilestone = defineAction(deleteMilestoneSchema, async ({ user, input }) => {
  await loadEditableMilestone(user, input.id);
  await db.$transaction(async (tx) => {
    const before = await tx.milestone.findUniqueOrThrow({ where: { id: input.id }, select: auditedMilestoneFields });
    // Checked inside the transaction and locked with the row, so an update logged meanwhile is never lost.
    await tx.$queryRaw`SELECT "id" FROM "Milestone" WHERE "id" = ${input.id} FOR UPDATE`;
    if ((await tx.progressUpdate.count({ where: { milestoneId: input.id } })) > 0) throw new RuleError("milestones.errors.hasHistory");
    const { count } = await tx.milestone.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new ConflictError({ entityType: "Milestone", entityId: input.id, version: input.version });
    await recordAudit(tx, { actorId: user.id, action: "milestone.delete", entityType: "Milestone", entityId: input.id, before: auditSnapshot(before) });
  });
  revalidateMilestone();
  return { saved: "milestoneDeleted", data: undefined, redirectTo: "/milestones" };
});

/** Moves a milestone one place up or down among its area's milestones. */
export const moveMilestone = defineAction(moveMilestoneSchema, async ({ user, input }) => {
  const existing = await loadEditableMilestone(user, input.id);
  await db.$transaction(async (tx) => {
    const siblings = await tx.milestone.findMany({
      where: { cooperationAreaId: existing.cooperationAreaId },
      orderBy: [{ order: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, order: true },
    });
    const index = siblings.findIndex((sibling) => sibling.id === input.id);
    const target = input.direction === "up" ? index - 1 : index + 1;
    const neighbour = siblings[target];
    if (index < 0 || !neighbour) return;
    const reordered = [...siblings];
    reordered[target] = siblings[index] ?? neighbour;
    reordered[index] = neighbour;
    const { count } = await tx.milestone.updateMany({
      where: { id: input.id, version: input.version },
      data: { order: target + 1, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) throw new ConflictError({ entityType: "Milestone", entityId: input.id, version: input.version });
    // Numbering the whole area 1..n also repairs ties left by earlier data.
    for (const [position, sibling] of reordered.entries()) {
      if (sibling.id !== input.id && sibling.order !== position + 1) await tx.milestone.update({ where: { id: sibling.id }, data: { order: position + 1 } });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "milestone.reorder",
      entityType: "Milestone",
      entityId: input.id,
      before: auditSnapshot({ order: siblings[index]?.order ?? null }),
      after: auditSnapshot({ order: target + 1 }),
    });
  });
  revalidateMilestone(input.id);
  return { data: undefined };
});
