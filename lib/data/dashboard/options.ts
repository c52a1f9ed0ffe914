import "server-only";
import { filterOptionsFor } from "./core/options";
import { requestContext } from "./context";
import type { DashboardFilters } from "./filters";

export async function getFilterOptions(filters: DashboardFilters) {
  return filterOptionsFor(await requestContext(filters));
}
