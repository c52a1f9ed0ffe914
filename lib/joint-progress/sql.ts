// The SQL form of "confirmed by both sides" for the dashboards (the TypeScript form is
// confirmedPercent in ./rules.ts; tests/integration/joint-progress-dashboard.test.ts checks they
// agree on generated data). Joined onto a "Milestone" row aliased `m`: both are one pass over the
// confirmations, whatever the number of milestones, so a dashboard's statements stay fixed.
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * `jc`: per milestone, the percent of its latest CONFIRMED update (in history order: reported
 * day, entry time, id — as the milestone's current state); `ja`: per milestone, its open
 * disputes and its updates waiting for an answer.
 */
export const jointProgressJoins = Prisma.sql`
  LEFT JOIN (
    SELECT DISTINCT ON (pc."milestoneId") pc."milestoneId", pu."percentComplete"
    FROM "ProgressConfirmation" pc
    JOIN "ProgressUpdate" pu ON pu."id" = pc."progressUpdateId"
    WHERE pc."state" = 'CONFIRMED'
    ORDER BY pc."milestoneId", pu."reportedOn" DESC, pu."createdAt" DESC, pu."id" DESC
  ) jc ON jc."milestoneId" = m."id"
  LEFT JOIN (
    SELECT pc."milestoneId",
      count(*) FILTER (WHERE pc."state" = 'DISPUTED') AS disputes,
      count(*) FILTER (WHERE pc."state" = 'REPORTED') AS awaiting
    FROM "ProgressConfirmation" pc
    WHERE pc."state" IN ('DISPUTED', 'REPORTED')
    GROUP BY pc."milestoneId"
  ) ja ON ja."milestoneId" = m."id"`;

/**
 * The percent a milestone counts with in "confirmed by both sides": a joint milestone its latest
 * confirmed update's (0 while none is), any other milestone its reported percent — its own side's
 * report is all it needs.
 */
export const confirmedPercentSql = Prisma.sql`CASE WHEN m."ownerSide" = 'JOINT' THEN COALESCE(jc."percentComplete", 0) ELSE m."percentComplete" END`;

/** Open disputes and unanswered updates count on joint milestones only (a milestone no longer joint asks nothing). */
export const jointOpenDisputesSql = Prisma.sql`COALESCE(sum(ja.disputes) FILTER (WHERE m."ownerSide" = 'JOINT' AND m.status <> 'CANCELLED'), 0)::int`;
export const jointAwaitingSql = Prisma.sql`COALESCE(sum(ja.awaiting) FILTER (WHERE m."ownerSide" = 'JOINT' AND m.status <> 'CANCELLED'), 0)::int`;
