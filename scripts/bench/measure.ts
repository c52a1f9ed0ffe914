// Times each dashboard data function (the code the pages run, through Prisma) beside the
// hand-written SQL it sends, replayed straight on the driver (what the function adds over its
// SQL), and beside a reference written by hand: an aggregate of its headline figure alone (what its
// other figures cost in the database), or for the trend its textbook form without the rollup; and counts the SQL statements one dashboard request issues.
import { agreementHeaderFor, areaProgressFor, latestUpdatesFor, nextMeetingsFor, openActionItemsFor, overdueFor, timelineFor } from "../../lib/data/dashboard/core/agreement";
import type { DashboardContext } from "../../lib/data/dashboard/core/context";
import { filterOptionsFor } from "../../lib/data/dashboard/core/options";
import { actionItemSummaryFor, agreementsNeedingAttentionFor, instrumentSummaryFor, milestoneSummaryFor } from "../../lib/data/dashboard/core/portfolio";
import { sideComparisonFor } from "../../lib/data/dashboard/core/sides";
import { progressTrendFor } from "../../lib/data/dashboard/core/trend";
import { isoDay, today } from "../../lib/dates";
import { noFilters } from "../../lib/data/dashboard/filters";
import type { BenchDatabase } from "./database";
import { benchManagerId, benchSessionId } from "./generate";

export interface TimingRow {
  name: string;
  functionMs: number;
  /** The function's own statements (text and arguments as sent), replayed on the driver as it ran them: side by side. */
  sqlMs: number;
  statements: number;
  /** A hand-written reference: the trend's textbook form (no rollup); for the others, an aggregate of the headline figure alone (fewer figures than the function computes). */
  minimalSqlMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Keeps timing quick calls until this much time has passed, so a sub-millisecond median is not noise. */
const minimumTimedMs = 300;
const maximumRuns = 1000;

/**
 * Median times of several tasks, run in turn (one of each per round, so a slower moment of the
 * machine weighs on all of them alike): at least `runs` rounds, more for quick tasks.
 */
async function timedSideBySide(runs: number, tasks: (() => Promise<unknown>)[]): Promise<number[]> {
  for (const task of tasks) await task(); // warm-up: plans and caches
  const times: number[][] = tasks.map(() => []);
  const started = performance.now();
  for (let round = 0; round < maximumRuns && (round < runs || performance.now() - started < minimumTimedMs); round += 1) {
    for (const [index, task] of tasks.entries()) {
      const start = performance.now();
      await task();
      times[index]?.push(performance.now() - start);
    }
  }
  return times.map(median);
}

export function benchContext(database: BenchDatabase): DashboardContext {
  return { db: database.db, user: { id: benchManagerId, role: "MANAGER", organisationId: "bo_0", personId: null }, filters: noFilters, today: today() };
}

/** The agreement with the most milestones: the per-agreement page's worst case. */
export async function busiestAgreement(database: BenchDatabase): Promise<string> {
  const rows = (await database.raw(`SELECT "agreementId" AS id FROM "Milestone" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`)) as { id: string }[];
  const id = rows[0]?.id;
  if (!id) throw new Error("The bench dataset has no milestones");
  return id;
}

const open = `status NOT IN ('COMPLETED', 'CANCELLED')`;
// The application's today, as the functions measured get it (never the database's current_date).
const appTodaySql = `CAST('${isoDay(today())}' AS date)`;

export async function measureFunctions(database: BenchDatabase, runs: number, agreementId: string): Promise<TimingRow[]> {
  const context = benchContext(database);
  const withAgreement = { ...context, agreementId };
  const cases: { name: string; run: () => Promise<unknown>; sql: string; params?: unknown[] }[] = [
    {
      name: "instrumentSummary",
      run: () => instrumentSummaryFor(context),
      sql: `SELECT type, status, count(*) FROM "Agreement" WHERE "archivedAt" IS NULL GROUP BY 1, 2`,
    },
    {
      name: "milestoneSummary",
      run: () => milestoneSummaryFor(context),
      sql: `SELECT status, count(*), count(*) FILTER (WHERE ${open} AND "targetOn" < ${appTodaySql}), sum(weight * "percentComplete") FROM "Milestone" GROUP BY 1`,
    },
    {
      name: "actionItemSummary",
      run: () => actionItemSummaryFor(context),
      sql: `SELECT status, count(*), count(*) FILTER (WHERE "dueOn" < ${appTodaySql}) FROM "ActionItem" GROUP BY 1`,
    },
    {
      name: "progressTrend (12 months)",
      // From the rollup (ProgressTrendMonth), against the history it summarises.
      run: () => progressTrendFor(context),
      // The textbook form: for every month end and milestone, the latest update by LATERAL lookup.
      sql: `SELECT mo.as_of, sum(m.weight * COALESCE(lu."percentComplete", 0)) / NULLIF(sum(m.weight), 0),
              count(*) FILTER (WHERE m."targetOn" < mo.as_of AND COALESCE(lu.status::text, '') <> 'COMPLETED')
            FROM (SELECT LEAST((date_trunc('month', g) + interval '1 month - 1 day')::date, ${appTodaySql}) AS as_of
                  FROM generate_series(date_trunc('month', CAST(${appTodaySql} AS timestamp)) - interval '11 months', date_trunc('month', CAST(${appTodaySql} AS timestamp)), interval '1 month') g) mo
            JOIN "Milestone" m ON m."startOn" <= mo.as_of AND (m."cancelledAt" IS NULL OR app_calendar_day(m."cancelledAt") > mo.as_of)
            LEFT JOIN LATERAL (SELECT pu."percentComplete", pu.status FROM "ProgressUpdate" pu WHERE pu."milestoneId" = m.id AND pu."reportedOn" <= mo.as_of
                               ORDER BY pu."reportedOn" DESC, pu."createdAt" DESC LIMIT 1) lu ON TRUE
            GROUP BY mo.as_of ORDER BY mo.as_of`,
    },
    {
      name: "progressTrend (one agreement)",
      // Agreement and area filters read the history, not the rollup: the same LATERAL form for one agreement.
      run: () => progressTrendFor({ ...context, filters: { ...noFilters, agreementId } }),
      sql: `SELECT mo.as_of, sum(m.weight * COALESCE(lu."percentComplete", 0)) / NULLIF(sum(m.weight), 0),
              count(*) FILTER (WHERE m."targetOn" < mo.as_of AND COALESCE(lu.status::text, '') <> 'COMPLETED')
            FROM (SELECT LEAST((date_trunc('month', g) + interval '1 month - 1 day')::date, ${appTodaySql}) AS as_of
                  FROM generate_series(date_trunc('month', CAST(${appTodaySql} AS timestamp)) - interval '11 months', date_trunc('month', CAST(${appTodaySql} AS timestamp)), interval '1 month') g) mo
            JOIN "Milestone" m ON m."agreementId" = $1 AND m."startOn" <= mo.as_of AND (m."cancelledAt" IS NULL OR app_calendar_day(m."cancelledAt") > mo.as_of)
            LEFT JOIN LATERAL (SELECT pu."percentComplete", pu.status FROM "ProgressUpdate" pu WHERE pu."milestoneId" = m.id AND pu."reportedOn" <= mo.as_of
                               ORDER BY pu."reportedOn" DESC, pu."createdAt" DESC LIMIT 1) lu ON TRUE
            GROUP BY mo.as_of ORDER BY mo.as_of`,
      params: [agreementId],
    },
    {
      name: "sideComparison (by agreement)",
      run: () => sideComparisonFor({ ...context, grouping: "agreement" }),
      sql: `SELECT "agreementId", "ownerSide", count(*), count(*) FILTER (WHERE ${open} AND "targetOn" < ${appTodaySql}) FROM "Milestone" GROUP BY 1, 2`,
    },
    {
      name: "sideComparison (by area)",
      run: () => sideComparisonFor({ ...context, grouping: "area" }),
      sql: `SELECT "cooperationAreaId", "ownerSide", count(*), count(*) FILTER (WHERE ${open} AND "targetOn" < ${appTodaySql}) FROM "Milestone" GROUP BY 1, 2`,
    },
    {
      name: "agreementsNeedingAttention",
      run: () => agreementsNeedingAttentionFor(context),
      sql: `SELECT "agreementId", count(*) FILTER (WHERE ${open} AND "targetOn" < ${appTodaySql}) AS overdue FROM "Milestone" GROUP BY 1 ORDER BY 2 DESC LIMIT 10`,
    },
    {
      name: "filterOptions",
      run: () => filterOptionsFor(context),
      sql: `SELECT id, "titleEn" FROM "Agreement" WHERE "archivedAt" IS NULL ORDER BY "titleEn"`,
    },
    {
      name: "areaProgress (one agreement)",
      run: () => areaProgressFor(withAgreement),
      sql: `SELECT c.id, sum(m.weight * m."percentComplete") / NULLIF(sum(m.weight), 0) FROM "CooperationArea" c LEFT JOIN "Milestone" m ON m."cooperationAreaId" = c.id WHERE c."agreementId" = $1 GROUP BY c.id`,
      params: [agreementId],
    },
    {
      name: "timeline (one agreement)",
      run: () => timelineFor(withAgreement),
      sql: `SELECT id, "titleEn", "startOn", "targetOn", "percentComplete" FROM "Milestone" WHERE "agreementId" = $1 AND status <> 'CANCELLED' ORDER BY "startOn" LIMIT 60`,
      params: [agreementId],
    },
    {
      name: "latestUpdates (one agreement)",
      run: () => latestUpdatesFor(withAgreement),
      sql: `SELECT pu.id, pu."reportedOn" FROM "ProgressUpdate" pu JOIN "Milestone" m ON m.id = pu."milestoneId" WHERE m."agreementId" = $1 ORDER BY pu."reportedOn" DESC LIMIT 10`,
      params: [agreementId],
    },
    {
      name: "openActionItems (one agreement)",
      run: () => openActionItemsFor(withAgreement),
      sql: `SELECT a.id FROM "ActionItem" a JOIN "WorkingGroup" w ON w.id = a."workingGroupId" WHERE w."agreementId" = $1 AND a.status NOT IN ('ACCEPTED', 'CLOSED', 'CANCELLED') ORDER BY a."dueOn" LIMIT 10`,
      params: [agreementId],
    },
  ];
  const rows: TimingRow[] = [];
  for (const item of cases) {
    database.queries.recording = [];
    await item.run();
    const statements = database.queries.recording;
    database.queries.recording = null;
    const [functionMs = 0, sqlMs = 0, minimalSqlMs = 0] = await timedSideBySide(runs, [
      item.run,
      () => Promise.all(statements.map((statement) => database.raw(statement.sql, statement.args))),
      () => database.raw(item.sql, item.params),
    ]);
    rows.push({ name: item.name, functionMs, sqlMs, statements: statements.length, minimalSqlMs });
  }
  return rows;
}

/** The data calls each page makes (as the page and its widgets do), with the session lookup. */
export function pageLoads(database: BenchDatabase, agreementId: string): Record<string, () => Promise<unknown>> {
  const context = benchContext(database);
  const withAgreement = { ...context, agreementId, filters: { ...noFilters, agreementId } };
  const session = () =>
    database.db.userSession.findUnique({
      where: { id: benchSessionId },
      select: { userId: true, createdAt: true, lastSeenAt: true, endedAt: true, user: { select: { id: true, role: true, organisation: { select: { side: true } } } } },
    });
  return {
    "/dashboard": () =>
      Promise.all([
        session(),
        filterOptionsFor(context),
        instrumentSummaryFor(context),
        actionItemSummaryFor(context),
        milestoneSummaryFor(context),
        progressTrendFor(context),
        agreementsNeedingAttentionFor(context),
      ]),
    "/dashboard/sides": () => Promise.all([session(), filterOptionsFor(context), sideComparisonFor({ ...context, grouping: "agreement" })]),
    "/dashboard/agreements/[id]": () =>
      Promise.all([
        session(),
        agreementHeaderFor(withAgreement), // once per request (React cache), for the page and its title
        areaProgressFor(withAgreement),
        timelineFor(withAgreement),
        latestUpdatesFor(withAgreement),
        overdueFor(withAgreement),
        nextMeetingsFor(withAgreement),
        openActionItemsFor(withAgreement),
      ]),
  };
}

export async function countQueries(database: BenchDatabase, agreementId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [page, load] of Object.entries(pageLoads(database, agreementId))) {
    const before = database.queries.count;
    await load();
    counts[page] = database.queries.count - before;
  }
  return counts;
}
