// Milestones and their progress for /api/v1: the milestones page's scope (scopeFor) and due
// states (lib/milestones/rules.ts), the same reader rule for one record, paged by cursor.
import "server-only";
import type { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import { requireUser, ForbiddenError } from "@/lib/auth/session";
import { canReadMilestone } from "@/lib/permissions";
import { today as appToday } from "@/lib/dates";
import { dueStateWhere } from "@/lib/milestones/rules";
import { scopeFor } from "@/lib/data/milestones";
import { keysetArgs, pageOf } from "@/lib/api/paging";
import { milestoneApiSelect, progressApiSelect, toApiMilestone, toApiProgress } from "@/lib/api/serialize";
import type { milestoneQuerySchema, pageQuerySchema } from "@/lib/api/schemas";

async function requireReader() {
  const user = await requireUser();
  if (!canReadMilestone(user)) throw new ForbiddenError();
  return user;
}

export async function listMilestonesForApi(query: z.infer<typeof milestoneQuerySchema>) {
  const user = await requireReader();
  const and: Prisma.MilestoneWhereInput[] = [scopeFor(user)];
  if (query.due) and.push(dueStateWhere(query.due, appToday()));
  if (query.agreement) and.push({ agreementId: query.agreement });
  if (query.area) and.push({ cooperationAreaId: query.area });
  if (query.side) and.push({ ownerSide: query.side });
  const { after, orderBy, take, limit } = keysetArgs(query);
  const rows = await db.milestone.findMany({ where: { AND: [...and, after] }, orderBy, take, select: milestoneApiSelect });
  return pageOf(rows, limit, toApiMilestone);
}

export async function getMilestoneForApi(id: string) {
  await requireReader();
  const row = await db.milestone.findUnique({ where: { id }, select: milestoneApiSelect });
  return row ? toApiMilestone(row) : null;
}

export async function listProgressForApi(milestoneId: string, query: z.infer<typeof pageQuerySchema>) {
  await requireReader();
  const milestone = await db.milestone.findUnique({ where: { id: milestoneId }, select: { id: true } });
  if (!milestone) return null;
  const { after, orderBy, take, limit } = keysetArgs(query);
  const rows = await db.progressUpdate.findMany({ where: { AND: [{ milestoneId }, after] }, orderBy, take, select: progressApiSelect });
  return pageOf(rows, limit, toApiProgress);
}

export async function getProgressUpdateForApi(id: string) {
  await requireReader();
  const row = await db.progressUpdate.findUnique({ where: { id }, select: progressApiSelect });
  return row ? toApiProgress(row) : null;
}
