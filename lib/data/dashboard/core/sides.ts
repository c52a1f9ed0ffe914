// Malaysia, China and joint work side by side, per agreement or per cooperation area: what each
// side owns, completed on time, has overdue, how late it runs, and how often it reports.
// One query for milestones and one for action items, with the per-side totals summed from the groups, and
// only the groups with the most overdue work are returned, so the page stays small at any scale.
import { Prisma } from "@/lib/generated/prisma/client";
import type { OwnerSideValue } from "../filters";
import { authorized, type DashboardContext } from "./context";
import {
  actionItemConditions,
  actionItemDoneOn,
  actionItemIsDone,
  actionItemIsOverdue,
  milestoneConditions,
  milestoneDueState,
  recentUpdateDays,
  sqlDate,
} from "./sql";

export const comparisonGroupings = ["agreement", "area"] as const;
export type ComparisonGrouping = (typeof comparisonGroupings)[number];
export const maxComparisonGroups = 50;

export interface SideFigures {
  owned: number;
  completedOnTime: number;
  completedLate: number;
  overdue: number;
  /** Mean days late over work completed late and work still overdue; null when none. */
  averageDaysLate: number | null;
  /** Progress updates (milestones) or comments (action items) in the last 30 days. */
  recentUpdates: number;
}

export interface ComparisonGroup {
  /** Agreement or cooperation-area id; null for action items with no area. */
  id: string | null;
  titleEn: string | null;
  titleMs: string | null;
  titleZh: string | null;
  /** The area's number within its agreement (areas only). */
  number: number | null;
  agreementId: string | null;
  sides: Partial<Record<OwnerSideValue, SideFigures>>;
}

export interface SideComparison {
  grouping: ComparisonGrouping;
  totals: Partial<Record<OwnerSideValue, SideFigures>>;
  groups: ComparisonGroup[];
  /** How many groups matched before keeping the ones with most overdue work. */
  groupCount: number;
}

type Row = {
  key: string | null;
  side: OwnerSideValue;
  is_total: boolean;
  owned: number;
  on_time: number;
  late: number;
  overdue: number;
  days_late: number;
  recent: number;
  group_count: number;
  title_en: string | null;
  title_ms: string | null;
  title_zh: string | null;
  number: number | null;
  agreement_id: string | null;
};

function figures(row: Row): SideFigures {
  const lateCount = row.late + row.overdue;
  return {
    owned: row.owned,
    completedOnTime: row.on_time,
    completedLate: row.late,
    overdue: row.overdue,
    averageDaysLate: lateCount > 0 ? row.days_late / lateCount : null,
    recentUpdates: row.recent,
  };
}

function assemble(grouping: ComparisonGrouping, rows: Row[]): SideComparison {
  const totals: SideComparison["totals"] = {};
  const groups = new Map<string, ComparisonGroup>();
  let groupCount = 0;
  for (const row of rows) {
    groupCount = row.group_count;
    if (row.is_total) {
      totals[row.side] = figures(row);
      continue;
    }
    const mapKey = row.key ?? "";
    const group = groups.get(mapKey) ?? {
      id: row.key,
      titleEn: row.title_en,
      titleMs: row.title_ms,
      titleZh: row.title_zh,
      number: row.number,
      agreementId: row.agreement_id,
      sides: {},
    };
    group.sides[row.side] = figures(row);
    groups.set(mapKey, group);
  }
  return { grouping, totals, groups: [...groups.values()], groupCount };
}

/** Labels for the group key: the agreement's title, or the area's title and number. */
function labels(grouping: ComparisonGrouping) {
  return grouping === "agreement"
    ? Prisma.sql`LEFT JOIN "Agreement" lg ON lg.id = r.key
        LEFT JOIN LATERAL (SELECT lg."titleEn" AS title_en, lg."titleMs" AS title_ms, lg."titleZh" AS title_zh, NULL::int AS number, lg.id AS agreement_id) l ON TRUE`
    : Prisma.sql`LEFT JOIN "CooperationArea" lc ON lc.id = r.key
        LEFT JOIN LATERAL (SELECT lc."titleEn" AS title_en, lc."titleMs" AS title_ms, lc."titleZh" AS title_zh, lc.number AS number, lc."agreementId" AS agreement_id) l ON TRUE`;
}

/** Keeps the per-side totals and the groups with the most overdue work, labelled. */
function rankedAndLabelled(grouping: ComparisonGrouping, aggregate: Prisma.Sql): Prisma.Sql {
  // The per-side totals are sums of the groups' figures (every figure is additive), so the rows
  // are read once and grouped once; GROUPING SETS made PostgreSQL sort every row for the totals.
  return Prisma.sql`
    WITH grouped AS (${aggregate}),
    agg AS (
      SELECT key, side, false AS is_total, owned, on_time, late, overdue, days_late, recent FROM grouped
      UNION ALL
      SELECT NULL, side, true, sum(owned)::int, sum(on_time)::int, sum(late)::int, sum(overdue)::int, sum(days_late)::float8, sum(recent)::int
      FROM grouped GROUP BY side
    ),
    groups AS (SELECT key, sum(overdue) AS overdue FROM agg WHERE NOT is_total GROUP BY key),
    -- Joined on a plain equality (NULL key → '') so it is a hash join, not a nested loop.
    top AS (SELECT COALESCE(key, '') AS join_key FROM groups ORDER BY overdue DESC, key NULLS LAST LIMIT ${maxComparisonGroups}::int)
    SELECT r.*, (SELECT count(*) FROM groups)::int AS group_count, l.*
    FROM agg r
    LEFT JOIN top ON top.join_key = COALESCE(r.key, '') AND NOT r.is_total
    ${labels(grouping)}
    WHERE r.is_total OR top.join_key IS NOT NULL
    ORDER BY r.is_total DESC, l.title_en NULLS LAST, l.number NULLS LAST, r.key, r.side`;
}

export async function sideComparisonFor(input: DashboardContext & { grouping: ComparisonGrouping }): Promise<{ milestones: SideComparison; actionItems: SideComparison }> {
  const { db, filters, today } = authorized(input);
  const { grouping } = input;
  const day = sqlDate(today);
  const due = milestoneDueState(today);
  const milestoneKey = grouping === "agreement" ? Prisma.sql`m."agreementId"` : Prisma.sql`m."cooperationAreaId"`;
  const milestoneAggregate = Prisma.sql`
    SELECT ${milestoneKey} AS key, m."ownerSide"::text AS side,
      (count(*) FILTER (WHERE m.status <> 'CANCELLED'))::int AS owned,
      (count(*) FILTER (WHERE m.status = 'COMPLETED' AND m."completedOn" <= m."targetOn"))::int AS on_time,
      (count(*) FILTER (WHERE m.status = 'COMPLETED' AND m."completedOn" > m."targetOn"))::int AS late,
      (count(*) FILTER (WHERE ${due.overdue}))::int AS overdue,
      COALESCE(sum(CASE WHEN m.status = 'COMPLETED' AND m."completedOn" > m."targetOn" THEN m."completedOn" - m."targetOn"
                        WHEN ${due.overdue} THEN ${day} - m."targetOn" END), 0)::float8 AS days_late,
      COALESCE(sum(recent.updates), 0)::int AS recent
    FROM "Milestone" m
    LEFT JOIN (
      SELECT pu."milestoneId", count(*) AS updates FROM "ProgressUpdate" pu
      WHERE pu."reportedOn" > ${day} - ${recentUpdateDays}::int AND pu."reportedOn" <= ${day}
      GROUP BY pu."milestoneId"
    ) recent ON recent."milestoneId" = m.id
    WHERE ${milestoneConditions(filters)}
    GROUP BY ${milestoneKey}, m."ownerSide"`;
  const actionKey = grouping === "agreement" ? Prisma.sql`w."agreementId"` : Prisma.sql`a."cooperationAreaId"`;
  const actionAggregate = Prisma.sql`
    SELECT ${actionKey} AS key, a."ownerSide"::text AS side,
      (count(*) FILTER (WHERE a.status <> 'CANCELLED'))::int AS owned,
      (count(*) FILTER (WHERE ${actionItemIsDone} AND ${actionItemDoneOn} <= a."dueOn"))::int AS on_time,
      (count(*) FILTER (WHERE ${actionItemIsDone} AND ${actionItemDoneOn} > a."dueOn"))::int AS late,
      (count(*) FILTER (WHERE ${actionItemIsOverdue(today)}))::int AS overdue,
      COALESCE(sum(CASE WHEN ${actionItemIsDone} AND ${actionItemDoneOn} > a."dueOn" THEN ${actionItemDoneOn} - a."dueOn"
                        WHEN ${actionItemIsOverdue(today)} THEN ${day} - a."dueOn" END), 0)::float8 AS days_late,
      COALESCE(sum(recent.comments), 0)::int AS recent
    FROM "ActionItem" a
    JOIN "WorkingGroup" w ON w.id = a."workingGroupId"
    LEFT JOIN (
      SELECT ac."actionItemId", count(*) AS comments FROM "ActionItemComment" ac
      WHERE ac."createdAt" >= CAST(${day} - ${recentUpdateDays}::int AS timestamp)
      GROUP BY ac."actionItemId"
    ) recent ON recent."actionItemId" = a.id
    WHERE ${actionItemConditions(filters)}
    GROUP BY ${actionKey}, a."ownerSide"`;
  const [milestoneRows, actionRows] = await Promise.all([
    db.$queryRaw<Row[]>(rankedAndLabelled(grouping, milestoneAggregate)),
    db.$queryRaw<Row[]>(rankedAndLabelled(grouping, actionAggregate)),
  ]);
  return { milestones: assemble(grouping, milestoneRows), actionItems: assemble(grouping, actionRows) };
}
