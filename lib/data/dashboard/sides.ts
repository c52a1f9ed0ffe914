// Malaysia / China / joint comparison for the signed-in manager or administrator, reused while
// the data is unchanged (figures-cache.ts).
import "server-only";
import { sideComparisonFor, type ComparisonGrouping } from "./core/sides";
import { requestContext } from "./context";
import { figuresAtDataVersion } from "./figures-cache";
import type { DashboardFilters } from "./filters";

export async function getSideComparison(filters: DashboardFilters, grouping: ComparisonGrouping) {
  const context = await requestContext(filters);
  return figuresAtDataVersion("sideComparisonFor", context, grouping, () => sideComparisonFor({ ...context, grouping }));
}
