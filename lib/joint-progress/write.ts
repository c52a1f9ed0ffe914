// The writes of "progress confirmed by both sides" that ride in other actions' transactions:
// putting updates on joint milestones to the other side, and settling an update by a correction.
// Each runs inside the caller's transaction, writes its audit events there, and is a fixed
// number of statements whatever the number of updates (imports put thousands at once).
import "server-only";
import { Prisma, type TransactionClient } from "@/lib/db";
import type { Side } from "@/lib/auth/session-user";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { notifyToConfirm } from "./notify";
import { nextConfirmationState, type ConfirmationState } from "./rules";

export type PutConfirmation = { id: string; progressUpdateId: string; milestoneId: string; reportedSide: Side | null };

/**
 * Puts these updates to the other side when their milestone is joint: one row each, reported by
 * the side of the author's organisation (none for an administrator without one). Updates already
 * put, and updates on milestones that are not joint, are left alone.
 */
async function insertConfirmations(tx: TransactionClient, updates: Prisma.Sql, actorId: string | null): Promise<PutConfirmation[]> {
  const rows = await tx.$queryRaw<PutConfirmation[]>(Prisma.sql`
    INSERT INTO "ProgressConfirmation" ("id", "progressUpdateId", "milestoneId", "reportedSide", "updatedAt")
    SELECT 'pc_' || pu."id", pu."id", pu."milestoneId", o."side", now()
    FROM (${updates}) AS pu
    JOIN "Milestone" m ON m."id" = pu."milestoneId" AND m."ownerSide" = 'JOINT'
    LEFT JOIN "User" u ON u."id" = pu."authorId"
    LEFT JOIN "Organisation" o ON o."id" = u."organisationId"
    ON CONFLICT ("progressUpdateId") DO NOTHING
    RETURNING "id", "progressUpdateId", "milestoneId", "reportedSide"::text AS "reportedSide"`);
  if (rows.length > 0) {
    await tx.auditEvent.createMany({
      data: rows.map((row) => ({
        actorId,
        action: "progressUpdate.putToOtherSide",
        entityType: "ProgressUpdate",
        entityId: row.progressUpdateId,
        after: auditSnapshot({ state: "REPORTED", reportedSide: row.reportedSide }),
      })),
    });
  }
  return rows;
}

/** Updates just appended (a report, a correction, an import). */
export function putUpdatesToOtherSide(tx: TransactionClient, updateIds: readonly string[], actorId: string | null): Promise<PutConfirmation[]> {
  if (updateIds.length === 0) return Promise.resolve([]);
  return insertConfirmations(tx, Prisma.sql`SELECT "id", "milestoneId", "authorId" FROM "ProgressUpdate" WHERE "id" IN (${Prisma.join([...updateIds])})`, actorId);
}

/** A milestone just marked joint: its latest update (its current state) is put to the other side. */
export function putLatestUpdateToOtherSide(tx: TransactionClient, milestoneId: string, actorId: string | null): Promise<PutConfirmation[]> {
  return insertConfirmations(
    tx,
    Prisma.sql`SELECT "id", "milestoneId", "authorId" FROM "ProgressUpdate" WHERE "milestoneId" = ${milestoneId}
      ORDER BY "reportedOn" DESC, "createdAt" DESC, "id" DESC LIMIT 1`,
    actorId,
  );
}

/** A correction settles the update it corrects, while that update is unanswered or disputed. */
export async function settleByCorrection(tx: TransactionClient, correctedUpdateId: string, correctionId: string, actorId: string): Promise<boolean> {
  const current = await tx.progressConfirmation.findUnique({
    where: { progressUpdateId: correctedUpdateId },
    select: { id: true, state: true, reportedSide: true, version: true },
  });
  if (!current) return false;
  const next = nextConfirmationState({ state: current.state as ConfirmationState, reportedSide: current.reportedSide }, { kind: "correct" });
  if (!next.ok || next.state === current.state) return false;
  await tx.progressConfirmation.update({ where: { id: current.id }, data: { state: next.state, version: { increment: 1 } } });
  await recordAudit(tx, {
    actorId,
    action: "progressUpdate.supersede",
    entityType: "ProgressUpdate",
    entityId: correctedUpdateId,
    before: auditSnapshot({ state: current.state, version: current.version }),
    after: auditSnapshot({ state: next.state, version: current.version + 1, correctedBy: correctionId }),
  });
  return true;
}

/**
 * What a progress report does on a joint milestone, in its transaction: the update it corrects
 * is settled, the new update is put to the other side, and those who may answer it are told.
 */
export async function putReportToOtherSide(
  tx: TransactionClient,
  report: {
    milestone: { id: string; agreementId: string; titleEn: string; titleMs: string | null; titleZh: string | null; partyOrganisationIds: readonly string[] };
    update: { id: string; reportedOn: Date };
    correctsUpdateId: string | null;
    actor: { id: string; name: string };
  },
): Promise<void> {
  if (report.correctsUpdateId) await settleByCorrection(tx, report.correctsUpdateId, report.update.id, report.actor.id);
  const put = await putUpdatesToOtherSide(tx, [report.update.id], report.actor.id);
  await notifyToConfirm(tx, report.milestone, put.map((row) => ({ ...row, reportedOn: report.update.reportedOn })), report.actor);
}
