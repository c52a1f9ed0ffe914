// The progress trend worked out in TypeScript from the raw rows — milestones and every progress
// update, read plainly — by the definition in words (README, migration *_progress_trend_rollup),
// sharing no SQL with the rollup or the history query it checks:
//
//   For each month of the period, as of its last day (today for the current month): a milestone
//   counts when it started on or before that day and was not cancelled on or before it (one
//   marked cancelled without a date never counts). Its state is its latest update reported on or
//   before that day (latest reported day, then latest entry, then greatest id). It adds its weight,
//   its weight × that update's percent (0 without an update), and is overdue when its target date
//   is before that day and that update is not COMPLETED.
import type { TrendPoint } from "@/lib/data/dashboard/core/trend-points";

export interface OracleMilestone {
  id: string;
  ownerSide: string;
  ownerOrganisationId: string;
  weight: number;
  startOn: Date;
  targetOn: Date;
  status: string;
  cancelledAt: Date | null;
}

export interface OracleUpdate {
  id: string;
  milestoneId: string;
  reportedOn: Date;
  createdAt: Date;
  percentComplete: number;
  status: string;
}

export interface OracleFilters {
  side: string | null;
  organisationId: string | null;
  periodMonths: number;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The days the trend is "as of": each month's last day, oldest first, and today for this month. */
export function trendDays(today: Date, periodMonths: number): Date[] {
  const days: Date[] = [];
  for (let back = periodMonths - 1; back >= 0; back -= 1) {
    const monthEnd = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back + 1, 0));
    days.push(monthEnd < today ? monthEnd : today);
  }
  return days;
}

/** Newest first by reported day, then entry time, then id: the first one on or before a day is the state. */
function newestFirst(left: OracleUpdate, right: OracleUpdate): number {
  return (
    isoDay(right.reportedOn).localeCompare(isoDay(left.reportedOn)) ||
    right.createdAt.getTime() - left.createdAt.getTime() ||
    (right.id < left.id ? -1 : right.id > left.id ? 1 : 0)
  );
}

export function expectedTrend(milestones: OracleMilestone[], updates: OracleUpdate[], filters: OracleFilters, today: Date): TrendPoint[] {
  const chosen = milestones.filter(
    (milestone) => (!filters.side || milestone.ownerSide === filters.side) && (!filters.organisationId || milestone.ownerOrganisationId === filters.organisationId),
  );
  const history = new Map<string, OracleUpdate[]>();
  for (const update of [...updates].sort(newestFirst)) {
    const list = history.get(update.milestoneId) ?? [];
    list.push(update);
    history.set(update.milestoneId, list);
  }

  return trendDays(today, filters.periodMonths).map((asOf) => {
    const day = isoDay(asOf);
    let count = 0;
    let totalWeight = 0;
    let weighted = 0;
    let overdue = 0;
    for (const milestone of chosen) {
      const cancelledWithoutDate = milestone.status === "CANCELLED" && milestone.cancelledAt === null;
      const cancelledBy = milestone.cancelledAt !== null && isoDay(milestone.cancelledAt) <= day;
      if (isoDay(milestone.startOn) > day || cancelledWithoutDate || cancelledBy) continue;
      const state = (history.get(milestone.id) ?? []).find((update) => isoDay(update.reportedOn) <= day);
      count += 1;
      totalWeight += milestone.weight;
      weighted += milestone.weight * (state?.percentComplete ?? 0);
      if (isoDay(milestone.targetOn) < day && state?.status !== "COMPLETED") overdue += 1;
    }
    return { asOf, weightedProgress: totalWeight > 0 ? weighted / totalWeight : null, overdue, milestones: count };
  });
}
