// The portfolio overview: instruments, milestones and action items, each one aggregate query.
import { Prisma } from "@/lib/generated/prisma/client";
import { behindPlanPoints, behindPlanSql, reportedOnTrackButBehindSql } from "@/lib/milestones/rules";
import { authorized, type DashboardContext } from "./context";
import { confirmedPercentSql, jointAwaitingSql, jointOpenDisputesSql, jointProgressJoins } from "@/lib/joint-progress/sql";
import {
  actionItemConditions,
  actionItemIsOverdue,
  agreementConditions,
  defaultExpiryWindowDays,
  milestoneConditions,
  milestoneDueState,
  milestoneIsCounted,
  sqlDate,
  type DueState,
} from "./sql";

export const agreementTypes = ["MOU", "LOI", "MOA", "AGREEMENT", "PROTOCOL", "EXCHANGE_OF_NOTES", "OTHER"] as const;
export const agreementStatuses = ["DRAFT", "SIGNED", "IN_FORCE", "EXPIRED", "TERMINATED", "SUPERSEDED"] as const;
export const milestoneStatuses = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETED", "CANCELLED"] as const;
export const actionItemStatuses = ["OPEN", "IN_PROGRESS", "SUBMITTED", "RETURNED", "BLOCKED", "ACCEPTED", "CLOSED", "CANCELLED"] as const;

export type AgreementTypeValue = (typeof agreementTypes)[number];
export type AgreementStatusValue = (typeof agreementStatuses)[number];
export type MilestoneStatusValue = (typeof milestoneStatuses)[number];
export type ActionItemStatusValue = (typeof actionItemStatuses)[number];

export interface InstrumentSummary {
  total: number;
  /** In force or signed, and inside the notice period (or 90 days) before expiry. */
  expiringSoon: number;
  cells: { type: AgreementTypeValue; status: AgreementStatusValue; count: number }[];
  byType: Record<AgreementTypeValue, number>;
  byStatus: Record<AgreementStatusValue, number>;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

export async function instrumentSummaryFor(input: DashboardContext): Promise<InstrumentSummary> {
  const { db, filters, today } = authorized(input);
  const day = sqlDate(today);
  const rows = await db.$queryRaw<{ type: AgreementTypeValue; status: AgreementStatusValue; count: number; expiring: number }[]>(Prisma.sql`
    SELECT g.type::text AS type, g.status::text AS status, count(*)::int AS count,
      (count(*) FILTER (
        WHERE g.status IN ('SIGNED', 'IN_FORCE') AND g."expiresOn" >= ${day}
          AND g."expiresOn" - COALESCE(g."noticeDays", ${defaultExpiryWindowDays}::int) <= ${day}
      ))::int AS expiring
    FROM "Agreement" g
    WHERE ${agreementConditions(filters)}
    GROUP BY g.type, g.status`);
  const byType = zeroes(agreementTypes);
  const byStatus = zeroes(agreementStatuses);
  let total = 0;
  let expiringSoon = 0;
  for (const row of rows) {
    byType[row.type] += row.count;
    byStatus[row.status] += row.count;
    total += row.count;
    expiringSoon += row.expiring;
  }
  return { total, expiringSoon, cells: rows.map(({ type, status, count }) => ({ type, status, count })), byType, byStatus };
}

export interface MilestoneSummary {
  total: number;
  /** sum(weight × percent) / sum(weight) over milestones that are not cancelled; null when none. */
  weightedProgress: number | null;
  byStatus: Record<MilestoneStatusValue, number>;
  byDueState: Record<DueState, number>;
  /** Open milestones more than `behindPlanPoints` behind their planned line today (lib/milestones/rules.ts). */
  behindPlan: number;
  /** Of those, the ones whose latest report still says "On track". */
  behindPlanReportedOnTrack: number;
  behindPlanPoints: number;
  /** Progress confirmed by both sides: joint milestones count up to their latest confirmed update (lib/joint-progress/sql.ts). */
  confirmedProgress: number | null;
  /** Progress updates on joint milestones the other side disputes, not yet settled. */
  openDisputes: number;
  /** Progress updates on joint milestones waiting for the other side's answer. */
  awaitingConfirmation: number;
}

export async function milestoneSummaryFor(input: DashboardContext): Promise<MilestoneSummary> {
  const { db, filters, today } = authorized(input);
  const due = milestoneDueState(today);
  const threshold = behindPlanPoints();
  const rows = await db.$queryRaw<
    {
      status: MilestoneStatusValue;
      count: number;
      overdue: number;
      due30: number;
      stale: number;
      ontrack: number;
      behind: number;
      behind_on_track: number;
      weighted: number;
      weight: number;
      confirmed_weighted: number;
      disputes: number;
      awaiting: number;
    }[]
  >(Prisma.sql`
    SELECT m.status::text AS status, count(*)::int AS count,
      (count(*) FILTER (WHERE ${due.overdue}))::int AS overdue,
      (count(*) FILTER (WHERE ${due.due30}))::int AS due30,
      (count(*) FILTER (WHERE ${due.stale}))::int AS stale,
      (count(*) FILTER (WHERE ${due.ontrack}))::int AS ontrack,
      (count(*) FILTER (WHERE ${behindPlanSql(today, threshold)}))::int AS behind,
      (count(*) FILTER (WHERE ${reportedOnTrackButBehindSql(today, threshold)}))::int AS behind_on_track,
      COALESCE(sum(m.weight * m."percentComplete") FILTER (WHERE ${milestoneIsCounted}), 0)::float8 AS weighted,
      COALESCE(sum(m.weight) FILTER (WHERE ${milestoneIsCounted}), 0)::float8 AS weight,
      COALESCE(sum(m.weight * ${confirmedPercentSql}) FILTER (WHERE ${milestoneIsCounted}), 0)::float8 AS confirmed_weighted,
      ${jointOpenDisputesSql} AS disputes,
      ${jointAwaitingSql} AS awaiting
    FROM "Milestone" m
    ${jointProgressJoins}
    WHERE ${milestoneConditions(filters)}
    GROUP BY m.status`);
  const byStatus = zeroes(milestoneStatuses);
  const byDueState: Record<DueState, number> = { overdue: 0, due30: 0, stale: 0, ontrack: 0 };
  let total = 0;
  let weighted = 0;
  let weight = 0;
  let behindPlan = 0;
  let behindPlanReportedOnTrack = 0;
  let confirmedWeighted = 0;
  let openDisputes = 0;
  let awaitingConfirmation = 0;
  for (const row of rows) {
    confirmedWeighted += row.confirmed_weighted;
    openDisputes += row.disputes;
    awaitingConfirmation += row.awaiting;
    byStatus[row.status] += row.count;
    behindPlan += row.behind;
    behindPlanReportedOnTrack += row.behind_on_track;
    total += row.count;
    byDueState.overdue += row.overdue;
    byDueState.due30 += row.due30;
    byDueState.stale += row.stale;
    byDueState.ontrack += row.ontrack;
    weighted += row.weighted;
    weight += row.weight;
  }
  return {
    total,
    weightedProgress: weight > 0 ? weighted / weight : null,
    byStatus,
    byDueState,
    behindPlan,
    behindPlanReportedOnTrack,
    behindPlanPoints: threshold,
    confirmedProgress: weight > 0 ? confirmedWeighted / weight : null,
    openDisputes,
    awaitingConfirmation,
  };
}

export interface ActionItemSummary {
  total: number;
  open: number;
  overdue: number;
  byStatus: Record<ActionItemStatusValue, number>;
}

const openActionStatuses: readonly ActionItemStatusValue[] = ["OPEN", "IN_PROGRESS", "SUBMITTED", "RETURNED", "BLOCKED"];

export async function actionItemSummaryFor(input: DashboardContext): Promise<ActionItemSummary> {
  const { db, filters, today } = authorized(input);
  const rows = await db.$queryRaw<{ status: ActionItemStatusValue; count: number; overdue: number }[]>(Prisma.sql`
    SELECT a.status::text AS status, count(*)::int AS count, (count(*) FILTER (WHERE ${actionItemIsOverdue(today)}))::int AS overdue
    FROM "ActionItem" a
    WHERE ${actionItemConditions(filters)}
    GROUP BY a.status`);
  const byStatus = zeroes(actionItemStatuses);
  let total = 0;
  let overdue = 0;
  for (const row of rows) {
    byStatus[row.status] += row.count;
    total += row.count;
    overdue += row.overdue;
  }
  const open = openActionStatuses.reduce((sum, status) => sum + byStatus[status], 0);
  return { total, open, overdue, byStatus };
}

export interface AgreementAttention {
  id: string;
  titleEn: string;
  titleMs: string | null;
  titleZh: string | null;
  overdue: number;
  milestones: number;
  weightedProgress: number | null;
}

export const attentionLimit = 10;

/** The agreements with the most overdue milestones, for drilling into their dashboards. */
export async function agreementsNeedingAttentionFor(input: DashboardContext): Promise<AgreementAttention[]> {
  const { db, filters, today } = authorized(input);
  const due = milestoneDueState(today);
  const rows = await db.$queryRaw<(Omit<AgreementAttention, "weightedProgress"> & { weighted: number; weight: number })[]>(Prisma.sql`
    SELECT g.id, g."titleEn", g."titleMs", g."titleZh", s.overdue, s.milestones, s.weighted, s.weight
    FROM (
      SELECT m."agreementId",
        (count(*) FILTER (WHERE ${due.overdue}))::int AS overdue,
        (count(*) FILTER (WHERE ${milestoneIsCounted}))::int AS milestones,
        COALESCE(sum(m.weight * m."percentComplete") FILTER (WHERE ${milestoneIsCounted}), 0)::float8 AS weighted,
        COALESCE(sum(m.weight) FILTER (WHERE ${milestoneIsCounted}), 0)::float8 AS weight
      FROM "Milestone" m
      WHERE ${milestoneConditions(filters)}
      GROUP BY m."agreementId"
    ) s
    JOIN "Agreement" g ON g.id = s."agreementId"
    WHERE ${agreementConditions(filters)}
    ORDER BY s.overdue DESC, g."titleEn", g.id
    LIMIT ${attentionLimit}::int`);
  return rows.map(({ weighted, weight, ...row }) => ({ ...row, weightedProgress: weight > 0 ? weighted / weight : null }));
}
