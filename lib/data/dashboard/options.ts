import "server-only";
import { getLocale } from "@/lib/i18n/server";
import { searchAgreements } from "@/lib/data/search";
import { z } from "@/lib/schemas/messages";
import { filterOptionsFor } from "./core/options";
import { requestContext } from "./context";
import { parseDashboardFilters, type DashboardFilters } from "./filters";

export async function getFilterOptions(filters: DashboardFilters) {
  const [context, locale] = await Promise.all([requestContext(filters), getLocale()]);
  return filterOptionsFor(context, locale);
}

const agreementTextSchema = z.string().trim().max(200);

/**
 * The filters a filter form sent. The agreement combobox posts the chosen id and the text shown;
 * without scripts only the text changes, so a text that is not the chosen agreement's title is
 * resolved on the server to the first agreement whose title contains it. Links carry only the id.
 */
export async function getDashboardFilters(params: Record<string, string | string[] | undefined>): Promise<DashboardFilters> {
  const filters = parseDashboardFilters(params);
  const sent = agreementTextSchema.safeParse(Array.isArray(params.agreementText) ? params.agreementText[0] : params.agreementText);
  if (!sent.success) return filters;
  const text = sent.data;
  if (!text) return { ...filters, agreementId: null, areaId: null };
  const locale = await getLocale();
  if (filters.agreementId) {
    const chosen = await searchAgreements({ query: { id: filters.agreementId }, locale });
    if (chosen.items[0]?.label === text) return filters;
  }
  const found = await searchAgreements({ query: { q: text }, locale });
  return { ...filters, agreementId: found.items[0]?.id ?? null, areaId: null };
}
