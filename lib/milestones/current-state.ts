// Keeps a milestone's denormalised current state (status, percent, last update, completion) equal
// to its LATEST progress update, by reported day then entry time — the order `compareUpdates` in
// ./rules.ts defines. Runs inside the transaction that appends updates.
import "server-only";
import { Prisma, type TransactionClient } from "@/lib/db";

/**
 * Locks the milestones first (in id order, so two writers never deadlock), so a concurrent
 * append waits and then, under READ COMMITTED, sees the other's committed update: both updates
 * are kept and the state is computed from all of them.
 */
export async function lockMilestones(tx: TransactionClient, milestoneIds: readonly string[]): Promise<void> {
  if (milestoneIds.length === 0) return;
  const ids = [...new Set(milestoneIds)].sort();
  await tx.$queryRaw`SELECT "id" FROM "Milestone" WHERE "id" IN (${Prisma.join(ids)}) ORDER BY "id" FOR UPDATE`;
}

/** One statement for any number of milestones; cancelled milestones keep their cancelled state. */
export async function refreshCurrentState(tx: TransactionClient, milestoneIds: readonly string[]): Promise<void> {
  if (milestoneIds.length === 0) return;
  const ids = [...new Set(milestoneIds)];
  await tx.$executeRaw`
    UPDATE "Milestone" AS m
    SET "status" = (latest."status"::text)::"MilestoneStatus",
        "percentComplete" = latest."percentComplete",
        "lastUpdateOn" = latest."reportedOn",
        "completedOn" = CASE WHEN latest."status" = 'COMPLETED' THEN latest."reportedOn" ELSE NULL END,
        "updatedAt" = now()
    FROM (
      SELECT DISTINCT ON ("milestoneId") "milestoneId", "status", "percentComplete", "reportedOn"
      FROM "ProgressUpdate"
      WHERE "milestoneId" IN (${Prisma.join(ids)})
      ORDER BY "milestoneId", "reportedOn" DESC, "createdAt" DESC, "id" DESC
    ) AS latest
    WHERE m."id" = latest."milestoneId" AND m."cancelledAt" IS NULL`;
}
