// Portfolio overview figures for the signed-in manager or administrator, reused while the data
// is unchanged (figures-cache.ts).
import "server-only";
import { actionItemSummaryFor, agreementsNeedingAttentionFor, instrumentSummaryFor, milestoneSummaryFor } from "./core/portfolio";
import { progressTrendFor } from "./core/trend";
import { requestContext } from "./context";
import { figuresAtDataVersion } from "./figures-cache";
import type { DashboardFilters } from "./filters";

export async function getInstrumentSummary(filters: DashboardFilters) {
  const context = await requestContext(filters);
  return figuresAtDataVersion("instrumentSummaryFor", context, "", () => instrumentSummaryFor(context));
}

export async function getMilestoneSummary(filters: DashboardFilters) {
  const context = await requestContext(filters);
  return figuresAtDataVersion("milestoneSummaryFor", context, "", () => milestoneSummaryFor(context));
}

export async function getActionItemSummary(filters: DashboardFilters) {
  const context = await requestContext(filters);
  return figuresAtDataVersion("actionItemSummaryFor", context, "", () => actionItemSummaryFor(context));
}

export async function getProgressTrend(filters: DashboardFilters) {
  const context = await requestContext(filters);
  return figuresAtDataVersion("progressTrendFor", context, "", () => progressTrendFor(context));
}

export async function getAgreementsNeedingAttention(filters: DashboardFilters) {
  const context = await requestContext(filters);
  return figuresAtDataVersion("agreementsNeedingAttentionFor", context, "", () => agreementsNeedingAttentionFor(context));
}
