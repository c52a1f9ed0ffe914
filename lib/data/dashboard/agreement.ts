// One agreement's dashboard for the signed-in manager or administrator.
import "server-only";
import { cache } from "react";
import { agreementHeaderFor, areaProgressFor, latestUpdatesFor, nextMeetingsFor, openActionItemsFor, overdueFor, timelineFor } from "./core/agreement";
import { requestContext } from "./context";
import { noFilters, type DashboardFilters } from "./filters";

/** The agreement's title, type and status (no filter changes them): read once per request, for the page and its title. */
export const getAgreementHeader = cache(async (agreementId: string) => agreementHeaderFor({ ...(await requestContext(noFilters)), agreementId }));

export async function getAreaProgress(agreementId: string, filters: DashboardFilters) {
  return areaProgressFor({ ...(await requestContext(filters)), agreementId });
}

export async function getMilestoneTimeline(agreementId: string, filters: DashboardFilters) {
  return timelineFor({ ...(await requestContext(filters)), agreementId });
}

export async function getLatestUpdates(agreementId: string, filters: DashboardFilters) {
  return latestUpdatesFor({ ...(await requestContext(filters)), agreementId });
}

export async function getOverdueWork(agreementId: string, filters: DashboardFilters) {
  return overdueFor({ ...(await requestContext(filters)), agreementId });
}

export async function getNextMeetings(agreementId: string, filters: DashboardFilters) {
  return nextMeetingsFor({ ...(await requestContext(filters)), agreementId });
}

export async function getOpenActionItems(agreementId: string, filters: DashboardFilters) {
  return openActionItemsFor({ ...(await requestContext(filters)), agreementId });
}
