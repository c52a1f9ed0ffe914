// What both ways of computing the trend return (the rollup and the history query), and the one
// conversion from their rows.

export interface TrendPoint {
  /** The date the point is "as of": a month end, or today for the current month. */
  asOf: Date;
  /** Weighted percent complete as of that date; null when no milestone had started. */
  weightedProgress: number | null;
  /** Milestones past their target date and not reported complete as of that date. */
  overdue: number;
  milestones: number;
}

/** One row per month, oldest first; sums arrive as float8 so bigint sums never reach JS. */
export type TrendRow = { as_of: Date; milestones: number; total_weight: number; weighted: number; overdue: number };

export function toTrendPoints(rows: TrendRow[]): TrendPoint[] {
  return rows.map((row) => ({
    asOf: new Date(row.as_of),
    weightedProgress: row.total_weight > 0 ? row.weighted / row.total_weight : null,
    overdue: row.overdue,
    milestones: row.milestones,
  }));
}
