"use server";
// The numbered cooperation areas of an agreement: add, edit, reorder, retire. Audit events are
// recorded against the area (entityType "CooperationArea") with `agreementId` in the snapshot,
// so the agreement's history finds them.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { defineAction } from "./define-action";
import { ConflictError, NotFoundError } from "./errors";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadEditableAgreement } from "@/lib/agreements/access";
import {
  createCooperationAreaSchema,
  moveCooperationAreaSchema,
  retireCooperationAreaSchema,
  updateCooperationAreaSchema,
} from "@/lib/schemas/cooperation-area";

const auditedAreaFields = {
  id: true,
  agreementId: true,
  number: true,
  clauseRef: true,
  titleEn: true,
  titleMs: true,
  titleZh: true,
  clauseTextEn: true,
  clauseTextMs: true,
  clauseTextZh: true,
  isRetired: true,
  version: true,
} as const;

async function loadEditableArea(user: SessionUser, id: string) {
  const area = await db.cooperationArea.findUnique({ where: { id }, select: auditedAreaFields });
  if (!area) throw new NotFoundError();
  await loadEditableAgreement(user, area.agreementId);
  return area;
}

function revalidateAgreement(agreementId: string) {
  revalidatePath(`/agreements/${agreementId}`);
  revalidatePath(`/agreements/${agreementId}/areas`);
}

export const createCooperationArea = defineAction(createCooperationAreaSchema, async ({ user, input }) => {
  await loadEditableAgreement(user, input.agreementId);
  const { agreementId, ...fields } = input;
  await db.$transaction(async (tx) => {
    const { _max } = await tx.cooperationArea.aggregate({ where: { agreementId }, _max: { number: true } });
    const area = await tx.cooperationArea.create({
      data: { ...fields, agreementId, number: (_max.number ?? 0) + 1, updatedById: user.id },
      select: auditedAreaFields,
    });
    await recordAudit(tx, { actorId: user.id, action: "cooperationArea.create", entityType: "CooperationArea", entityId: area.id, after: auditSnapshot(area) });
  });
  revalidateAgreement(agreementId);
  return { data: undefined, message: "agreements.areasPage.added" };
});

export const updateCooperationArea = defineAction(updateCooperationAreaSchema, async ({ user, input }) => {
  const before = await loadEditableArea(user, input.id);
  const { id, version, ...fields } = input;
  await db.$transaction(async (tx) => {
    const { count } = await tx.cooperationArea.updateMany({ where: { id, version, isRetired: false }, data: { ...fields, updatedById: user.id, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError({ entityType: "CooperationArea", entityId: id, version: version });
    const after = await tx.cooperationArea.findUniqueOrThrow({ where: { id }, select: auditedAreaFields });
    await recordAudit(tx, { actorId: user.id, action: "cooperationArea.update", entityType: "CooperationArea", entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
  });
  revalidateAgreement(before.agreementId);
  return { data: undefined, message: "agreements.areasPage.saved" };
});

/** Swaps the area's number with its neighbour's (among areas still in use). */
export const moveCooperationArea = defineAction(moveCooperationAreaSchema, async ({ user, input }) => {
  const area = await loadEditableArea(user, input.id);
  if (area.version !== input.version || area.isRetired) throw new ConflictError({ entityType: "CooperationArea", entityId: input.id, version: input.version });
  const neighbour = await db.cooperationArea.findFirst({
    where: { agreementId: area.agreementId, isRetired: false, number: input.direction === "up" ? { lt: area.number } : { gt: area.number } },
    orderBy: { number: input.direction === "up" ? "desc" : "asc" },
    select: { id: true, number: true, version: true },
  });
  // Already first (or last): nothing to do.
  if (!neighbour) return { data: undefined };
  await db.$transaction(async (tx) => {
    const moved = await tx.cooperationArea.updateMany({ where: { id: area.id, version: input.version }, data: { number: neighbour.number, updatedById: user.id, version: { increment: 1 } } });
    const other = await tx.cooperationArea.updateMany({ where: { id: neighbour.id, version: neighbour.version }, data: { number: area.number, updatedById: user.id, version: { increment: 1 } } });
    if (moved.count === 0 || other.count === 0) throw new ConflictError();
    await recordAudit(tx, {
      actorId: user.id,
      action: "cooperationArea.move",
      entityType: "CooperationArea",
      entityId: area.id,
      before: { agreementId: area.agreementId, titleEn: area.titleEn, number: area.number },
      after: { agreementId: area.agreementId, titleEn: area.titleEn, number: neighbour.number },
    });
  });
  revalidateAgreement(area.agreementId);
  return { saved: "areaMoved", data: undefined };
});

/** Retired areas disappear from the agreement but keep their milestones and history. */
export const retireCooperationArea = defineAction(retireCooperationAreaSchema, async ({ user, input }) => {
  const before = await loadEditableArea(user, input.id);
  await db.$transaction(async (tx) => {
    const { count } = await tx.cooperationArea.updateMany({ where: { id: input.id, version: input.version, isRetired: false }, data: { isRetired: true, updatedById: user.id, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError({ entityType: "CooperationArea", entityId: input.id, version: input.version });
    const after = await tx.cooperationArea.findUniqueOrThrow({ where: { id: input.id }, select: auditedAreaFields });
    await recordAudit(tx, { actorId: user.id, action: "cooperationArea.retire", entityType: "CooperationArea", entityId: input.id, before: auditSnapshot(before), after: auditSnapshot(after) });
  });
  revalidateAgreement(before.agreementId);
  return { data: undefined, message: "agreements.areasPage.retired" };
});
