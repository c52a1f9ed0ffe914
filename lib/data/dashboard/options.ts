import "server-only";
import { getLocale } from "@/lib/i18n/server";
import { filterOptionsFor } from "./core/options";
import { requestContext } from "./context";
import type { DashboardFilters } from "./filters";

export async function getFilterOptions(filters: DashboardFilters) {
  const [context, locale] = await Promise.all([requestContext(filters), getLocale()]);
  return filterOptionsFor(context, locale);
}
