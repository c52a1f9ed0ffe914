// Portfolio overview figures for the signed-in manager or administrator.
import "server-only";
import { actionItemSummaryFor, agreementsNeedingAttentionFor, instrumentSummaryFor, milestoneSummaryFor } from "./core/portfolio";
import { progressTrendFor } from "./core/trend";
import { requestContext } from "./context";
import type { DashboardFilters } from "./filters";

export async function getInstrumentSummary(filters: DashboardFilters) {
  return instrumentSummaryFor(await requestContext(filters));
}

export async function getMilestoneSummary(filters: DashboardFilters) {
  return milestoneSummaryFor(await requestContext(filters));
}

export async function getActionItemSummary(filters: DashboardFilters) {
  return actionItemSummaryFor(await requestContext(filters));
}

export async function getProgressTrend(filters: DashboardFilters) {
  return progressTrendFor(await requestContext(filters));
}

export async function getAgreementsNeedingAttention(filters: DashboardFilters) {
  return agreementsNeedingAttentionFor(await requestContext(filters));
}
