// Is the database consistent? Every milestone's current state is its latest update, every
// progress update has exactly one audit event, and the dashboard's trend rollup equals one rebuilt
// from the history. Used after fault runs.
import { createPrismaClient } from "../../lib/prisma-client";

export async function checkConsistency(databaseUrl: string) {
  const db = createPrismaClient({ kind: "postgres", connectionString: databaseUrl });
  try {
    const [staleMilestones, updatesWithoutOneAudit, rollupDifferences] = await Promise.all([
      db.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count
        FROM "Milestone" m
        JOIN LATERAL (
          SELECT u."percentComplete", u."reportedOn"
          FROM "ProgressUpdate" u
          WHERE u."milestoneId" = m.id
          ORDER BY u."reportedOn" DESC, u."createdAt" DESC, u.id DESC
          LIMIT 1
        ) latest ON true
        WHERE m."percentComplete" <> latest."percentComplete" OR m."lastUpdateOn" IS DISTINCT FROM latest."reportedOn"`,
      db.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count
        FROM "ProgressUpdate" u
        WHERE u."isExample" = false
          AND (SELECT count(*) FROM "AuditEvent" a WHERE a."entityType" = 'ProgressUpdate' AND a."entityId" = u.id) <> 1`,
      // Each milestone's stored share of the trend against the same share computed afresh.
      db.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count FROM (
          (SELECT "milestoneId", month, "ownerSide"::text, "ownerOrganisationId", milestones, weight, weighted, overdue FROM "ProgressTrendMilestoneMonth"
           EXCEPT ALL
           SELECT "milestoneId", month, "ownerSide"::text, "ownerOrganisationId", milestones, weight, weighted, overdue FROM progress_trend_milestone_months(ARRAY(SELECT id FROM "Milestone")))
          UNION ALL
          (SELECT "milestoneId", month, "ownerSide"::text, "ownerOrganisationId", milestones, weight, weighted, overdue FROM progress_trend_milestone_months(ARRAY(SELECT id FROM "Milestone"))
           EXCEPT ALL
           SELECT "milestoneId", month, "ownerSide"::text, "ownerOrganisationId", milestones, weight, weighted, overdue FROM "ProgressTrendMilestoneMonth")
        ) differences`,
    ]);
    return {
      milestonesNotAtLatestUpdate: Number(staleMilestones[0]?.count ?? 0),
      updatesWithoutExactlyOneAuditEvent: Number(updatesWithoutOneAudit[0]?.count ?? 0),
      trendRollupRowsDifferingFromRebuild: Number(rollupDifferences[0]?.count ?? 0),
    };
  } finally {
    await db.$disconnect();
  }
}
