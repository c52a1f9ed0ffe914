// Malaysia / China / joint comparison for the signed-in manager or administrator.
import "server-only";
import { sideComparisonFor, type ComparisonGrouping } from "./core/sides";
import { requestContext } from "./context";
import type { DashboardFilters } from "./filters";

export async function getSideComparison(filters: DashboardFilters, grouping: ComparisonGrouping) {
  return sideComparisonFor({ ...(await requestContext(filters)), grouping });
}
