// Writes a fully validated import in ONE transaction with its audit events: all rows or none.
// Bulk statements (createMany) keep thousands of rows to a handful of round trips.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { auditSnapshot } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { lockMilestones, refreshCurrentState } from "@/lib/milestones/current-state";
import type { ValidMilestoneRow, ValidProgressRow } from "./validate";
import { putUpdatesToOtherSide } from "@/lib/joint-progress/write";

/**
 * Audit rows go in with createMany here rather than one recordAudit call per row: the same
 * columns, the same transaction, but one statement for the whole file.
 */
function auditRows(user: SessionUser, action: string, entityType: string, rows: { id: string; after: object }[], sha256: string) {
  return rows.map((row) => ({ actorId: user.id, action, entityType, entityId: row.id, after: auditSnapshot(row.after), reason: `import:${sha256}` }));
}

export async function writeMilestones(user: SessionUser, rows: ValidMilestoneRow[], sha256: string): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const areaIds = [...new Set(rows.map((row) => row.cooperationAreaId))];
      const maxima = await tx.milestone.groupBy({ by: ["cooperationAreaId"], where: { cooperationAreaId: { in: areaIds } }, _max: { order: true } });
      const nextOrder = new Map(maxima.map((entry) => [entry.cooperationAreaId, entry._max.order ?? 0]));
      const data = rows.map((row) => {
        const order = (nextOrder.get(row.cooperationAreaId) ?? 0) + 1;
        nextOrder.set(row.cooperationAreaId, order);
        return {
          id: randomUUID(),
          agreementId: row.agreementId,
          cooperationAreaId: row.cooperationAreaId,
          titleEn: row.titleEn,
          titleMs: row.titleMs,
          titleZh: row.titleZh,
          descriptionEn: row.descriptionEn,
          descriptionMs: row.descriptionMs,
          descriptionZh: row.descriptionZh,
          ownerOrganisationId: row.ownerOrganisationId,
          ownerSide: row.ownerSide,
          responsibleUserId: row.responsibleUserId,
          startOn: row.startOn,
          targetOn: row.targetOn,
          weight: row.weight,
          indicatorUnit: row.indicatorUnit,
          indicatorBaseline: row.indicatorBaseline,
          indicatorTarget: row.indicatorTarget,
          order,
          updatedById: user.id,
        };
      });
      await tx.milestone.createMany({ data });
      await tx.auditEvent.createMany({ data: auditRows(user, "milestone.import", "Milestone", data.map((row) => ({ id: row.id, after: row })), sha256) });
      return data.length;
    },
    { timeout: 60_000 },
  );
}

export async function writeProgress(user: SessionUser, rows: ValidProgressRow[], sha256: string): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const milestoneIds = rows.map((row) => row.milestoneId);
      await lockMilestones(tx, milestoneIds);
      const updates = rows.map((row) => ({
        id: randomUUID(),
        milestoneId: row.milestoneId,
        reportedOn: row.reportedOn,
        percentComplete: row.percentComplete,
        indicatorActual: row.indicatorActual,
        status: row.status,
        narrative: row.narrative,
        blockers: row.blockers,
        authorId: user.id,
        links: row.evidenceLinks,
      }));
      await tx.progressUpdate.createMany({
        data: updates.map((update) => ({
          id: update.id,
          milestoneId: update.milestoneId,
          reportedOn: update.reportedOn,
          percentComplete: update.percentComplete,
          indicatorActual: update.indicatorActual,
          status: update.status,
          narrative: update.narrative,
          blockers: update.blockers,
          authorId: update.authorId,
        })),
      });
      const evidence = updates.flatMap((update) => update.links.map((url) => ({ progressUpdateId: update.id, title: url, url })));
      if (evidence.length > 0) await tx.evidence.createMany({ data: evidence });
      await refreshCurrentState(tx, milestoneIds);
      await tx.auditEvent.createMany({ data: auditRows(user, "progressUpdate.import", "ProgressUpdate", updates.map((update) => ({ id: update.id, after: update })), sha256) });
      // Imported updates on joint milestones are put to the other side too (one statement; their queue tells them).
      await putUpdatesToOtherSide(tx, updates.map((update) => update.id), user.id);
      return updates.length;
    },
    { timeout: 60_000 },
  );
}
