import "server-only";
import { briefingFiguresFor } from "./core/briefing";
import { requestContext } from "./context";
import type { DashboardFilters } from "./filters";

export async function getBriefingFigures(filters: DashboardFilters) {
  return briefingFiguresFor(await requestContext(filters));
}
