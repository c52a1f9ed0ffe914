// The trend read from ProgressTrendMonth, the rollup database triggers keep equal to the
// progress-update history in the transaction of every write (see the migration
// *_progress_trend_rollup). A month end's figures are the sum of the rollup's changes up to that
// month: a few thousand rows whatever the size of the history, instead of the whole history.
//
// The current month's point is as of today, not the month end the rollup describes: it is the
// month end's figures less the difference, for the few milestones where there is one, between
// their contribution at the month end and today. Only events dated after today and within this
// month make a difference (a start, a target date passing, a cancellation or an update), so only
// those milestones are looked at, each with two index lookups for its latest update.
import { Prisma } from "@/lib/generated/prisma/client";
import type { DashboardFilters } from "../filters";
import { authorized, type DashboardContext } from "./context";
import { milestoneConditions, sqlDate } from "./sql";
import { toTrendPoints, type TrendPoint, type TrendRow } from "./trend-points";

/** The rollup is kept per side and owner organisation; narrower filters use the history. */
export function canUseTrendRollup(filters: DashboardFilters): boolean {
  return filters.agreementId === null && filters.areaId === null;
}

function rollupConditions(filters: DashboardFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.side) parts.push(Prisma.sql`t."ownerSide" = CAST(${filters.side} AS "OwnerSide")`);
  if (filters.organisationId) parts.push(Prisma.sql`t."ownerOrganisationId" = ${filters.organisationId}`);
  return Prisma.join(parts, " AND ");
}

/** Milestone `m`'s contribution on `day`, by the rollup's definition (latest update by day, entry time, id). */
function contributionOn(day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`LATERAL (
    SELECT a.alive, a.alive * COALESCE(u."percentComplete", 0) AS percent,
      CASE WHEN a.alive = 1 AND m."targetOn" < ${day} AND u.status IS DISTINCT FROM 'COMPLETED' THEN 1 ELSE 0 END AS overdue
    FROM (SELECT CASE WHEN m."startOn" <= ${day} AND (m."cancelledAt" IS NULL OR app_calendar_day(m."cancelledAt") > ${day}) THEN 1 ELSE 0 END AS alive) a
    LEFT JOIN LATERAL (
      SELECT pu."percentComplete", pu.status FROM "ProgressUpdate" pu
      WHERE pu."milestoneId" = m.id AND pu."reportedOn" <= ${day}
      ORDER BY pu."reportedOn" DESC, pu."createdAt" DESC, pu.id DESC
      LIMIT 1
    ) u ON TRUE
  )`;
}

export async function progressTrendFromRollup(input: DashboardContext): Promise<TrendPoint[]> {
  const { db, filters, today } = authorized(input);
  if (!canUseTrendRollup(filters)) throw new Error("The trend rollup has no agreement or area");
  const day = sqlDate(today);
  const thisMonth = Prisma.sql`progress_trend_month(${day})`;
  const monthEnd = Prisma.sql`CAST(${thisMonth} + interval '1 month' - interval '1 day' AS date)`;
  const rows = await db.$queryRaw<TrendRow[]>(Prisma.sql`
    WITH months AS (
      SELECT CAST(g AS date) AS month, LEAST(CAST(g + interval '1 month' - interval '1 day' AS date), ${day}) AS as_of
      FROM generate_series(CAST(${thisMonth} AS timestamp) - make_interval(months => ${filters.periodMonths - 1}::int), CAST(${thisMonth} AS timestamp), interval '1 month') g
    ),
    changes AS (
      SELECT t.month, sum(t.milestones) AS milestones, sum(t.weight) AS weight, sum(t.weighted) AS weighted, sum(t.overdue) AS overdue
      FROM "ProgressTrendMonth" t
      WHERE t.month <= ${thisMonth} AND ${rollupConditions(filters)}
      GROUP BY t.month
    ),
    month_ends AS (
      SELECT mo.month, mo.as_of, COALESCE(sum(c.milestones), 0) AS milestones, COALESCE(sum(c.weight), 0) AS weight,
        COALESCE(sum(c.weighted), 0) AS weighted, COALESCE(sum(c.overdue), 0) AS overdue
      FROM months mo
      LEFT JOIN changes c ON c.month <= mo.month
      GROUP BY mo.month, mo.as_of
    ),
    later AS (
      -- Milestones whose contribution at this month's end differs from today's.
      SELECT m.id FROM "Milestone" m WHERE m."startOn" > ${day} AND m."startOn" <= ${monthEnd}
      UNION SELECT m.id FROM "Milestone" m WHERE m."targetOn" >= ${day} AND m."targetOn" < ${monthEnd}
      UNION SELECT m.id FROM "Milestone" m WHERE m."cancelledAt" >= app_day_start(${day} + 1) AND m."cancelledAt" < app_day_start(${monthEnd} + 1)
      UNION SELECT pu."milestoneId" FROM "ProgressUpdate" pu WHERE pu."reportedOn" > ${day} AND pu."reportedOn" <= ${monthEnd}
    ),
    after_today AS (
      SELECT COALESCE(sum(e.alive - n.alive), 0) AS milestones, COALESCE(sum(m.weight * (e.alive - n.alive)), 0) AS weight,
        COALESCE(sum(m.weight * (e.percent - n.percent)), 0) AS weighted, COALESCE(sum(e.overdue - n.overdue), 0) AS overdue
      FROM "Milestone" m
      CROSS JOIN ${contributionOn(monthEnd)} e
      CROSS JOIN ${contributionOn(day)} n
      WHERE m.id IN (SELECT id FROM later) AND ${milestoneConditions(filters)}
        AND NOT (m."cancelledAt" IS NULL AND m.status = 'CANCELLED')
    )
    SELECT me.as_of,
      CAST(me.milestones - CASE WHEN me.month = ${thisMonth} THEN x.milestones ELSE 0 END AS int) AS milestones,
      CAST(me.weight - CASE WHEN me.month = ${thisMonth} THEN x.weight ELSE 0 END AS float8) AS total_weight,
      CAST(me.weighted - CASE WHEN me.month = ${thisMonth} THEN x.weighted ELSE 0 END AS float8) AS weighted,
      CAST(me.overdue - CASE WHEN me.month = ${thisMonth} THEN x.overdue ELSE 0 END AS int) AS overdue
    FROM month_ends me
    CROSS JOIN after_today x
    ORDER BY me.month`);
  return toTrendPoints(rows);
}
