// The trend rebuilt from the progress-update history itself (never from today's snapshot): the
// reference the rollup (./trend-rollup.ts) is tested against, and the way used when the filters
// name an agreement or an area (the rollup is kept per side and organisation only; one agreement's
// or area's history is small). For each month end (the last point is today) each milestone counts
// with its latest update reported on or before that date. Each update is valid from its report
// date until the next update's (lead() over the (milestoneId, reportedOn, createdAt) index order,
// id breaking ties as refreshCurrentState does); the months it covers are a range of month numbers
// worked out arithmetically and joined to the (at most 60) months by an integer range, so the work
// grows with the history plus milestones × months, with no per-milestone lookups. (Plain joins
// keep the planner's estimates sane; a set-returning function per row made PostgreSQL guess
// millions of rows and spend ~0.7 s on JIT.) Milestones count from their start date; cancelled
// ones stop counting when cancelled. Over the whole bench portfolio this takes ~0.5 s, hence the
// rollup.
import { Prisma } from "@/lib/generated/prisma/client";
import { authorized, type DashboardContext } from "./context";
import { milestoneConditions, sqlDate } from "./sql";
import { toTrendPoints, type TrendPoint, type TrendRow } from "./trend-points";

export async function progressTrendFromHistory(input: DashboardContext): Promise<TrendPoint[]> {
  const { db, filters, today } = authorized(input);
  const day = sqlDate(today);
  const months = filters.periodMonths;
  // Month numbers (year × 12 + month) relative to the first month of the period.
  const firstMonth = today.getUTCFullYear() * 12 + today.getUTCMonth() - (months - 1);
  const last = months - 1;
  const monthOf = (column: Prisma.Sql) => Prisma.sql`(CAST(extract(year FROM ${column}) AS int) * 12 + CAST(extract(month FROM ${column}) AS int) - 1 - ${firstMonth}::int)`;
  const rows = await db.$queryRaw<TrendRow[]>(Prisma.sql`
    WITH months AS (
      SELECT k, LEAST(CAST(make_date((${firstMonth}::int + k) / 12, (${firstMonth}::int + k) % 12 + 1, 1) + interval '1 month' - interval '1 day' AS date), ${day}) AS as_of
      FROM generate_series(0, ${last}::int) AS k
    ),
    ms AS (
      -- The months each milestone counts in: from its start until it was cancelled.
      SELECT m.id, m.weight, m."targetOn",
        CASE WHEN m."startOn" > ${day} THEN ${months}::int ELSE GREATEST(${monthOf(Prisma.sql`m."startOn"`)}, 0) END AS start_k,
        CASE WHEN m."cancelledAt" IS NOT NULL AND app_calendar_day(m."cancelledAt") <= ${day} THEN ${monthOf(Prisma.sql`app_calendar_day(m."cancelledAt")`)} - 1
             WHEN m."cancelledAt" IS NULL AND m.status = 'CANCELLED' THEN -1
             ELSE ${last}::int END AS end_k
      FROM "Milestone" m
      WHERE ${milestoneConditions(filters)}
    ),
    intervals AS (
      SELECT pu."milestoneId" AS id, pu."percentComplete", pu.status,
        GREATEST(${monthOf(Prisma.sql`pu."reportedOn"`)}, 0) AS first_k,
        lead(pu."reportedOn") OVER (PARTITION BY pu."milestoneId" ORDER BY pu."reportedOn", pu."createdAt", pu.id) AS next_on
      FROM "ProgressUpdate" pu
      WHERE pu."reportedOn" <= ${day} AND pu."milestoneId" IN (SELECT id FROM ms)
    ),
    covered AS (
      -- An update is the latest at every month end from its own month to the month before the next update's.
      SELECT * FROM (
        SELECT iv.id, iv."percentComplete", iv.status, iv.first_k,
          LEAST(COALESCE(${monthOf(Prisma.sql`iv.next_on`)} - 1, ${last}::int), ${last}::int) AS last_k
        FROM intervals iv
      ) spans
      WHERE first_k <= last_k
    ),
    reported AS (
      SELECT mo.as_of, sum(ms.weight * c."percentComplete")::float8 AS weighted,
        (count(*) FILTER (WHERE ms."targetOn" < mo.as_of AND c.status = 'COMPLETED'))::int AS completed_past_target
      FROM covered c
      JOIN ms ON ms.id = c.id
      JOIN months mo ON mo.k BETWEEN GREATEST(c.first_k, ms.start_k) AND LEAST(c.last_k, ms.end_k)
      GROUP BY mo.as_of
    ),
    base AS (
      SELECT mo.as_of, count(*)::int AS milestones, sum(ms.weight)::float8 AS total_weight,
        (count(*) FILTER (WHERE ms."targetOn" < mo.as_of))::int AS past_target
      FROM ms
      JOIN months mo ON mo.k BETWEEN ms.start_k AND ms.end_k
      GROUP BY mo.as_of
    )
    SELECT mo.as_of, COALESCE(base.milestones, 0) AS milestones, COALESCE(base.total_weight, 0) AS total_weight,
      COALESCE(reported.weighted, 0) AS weighted,
      (COALESCE(base.past_target, 0) - COALESCE(reported.completed_past_target, 0))::int AS overdue
    FROM months mo
    LEFT JOIN base ON base.as_of = mo.as_of
    LEFT JOIN reported ON reported.as_of = mo.as_of
    ORDER BY mo.as_of`);
  return toTrendPoints(rows);
}
