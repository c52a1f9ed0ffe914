// Progress and overdue work over time, as of each month end of the period (the last point is
// today), rebuilt from the progress-update history. Read from the trigger-maintained rollup when
// it can answer (no agreement or area filter), from the history otherwise; the integration tests
// hold the two to the same figures.
import type { DashboardContext } from "./context";
import { progressTrendFromHistory } from "./trend-history";
import type { TrendPoint } from "./trend-points";
import { canUseTrendRollup, progressTrendFromRollup } from "./trend-rollup";

export type { TrendPoint } from "./trend-points";

export async function progressTrendFor(input: DashboardContext): Promise<TrendPoint[]> {
  return canUseTrendRollup(input.filters) ? progressTrendFromRollup(input) : progressTrendFromHistory(input);
}
