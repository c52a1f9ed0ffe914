// What the filter form offers: organisations, the chosen agreement and its areas. Agreements are
// found by the form's combobox on the server (lib/data/search.ts), never listed whole: at a
// thousand agreements the list was most of the page.
import { authorized, type DashboardContext } from "./context";
import type { Locale } from "@/lib/i18n/config";
import { localizedTitle } from "@/lib/i18n/content";
import { inReaderLanguage } from "@/lib/i18n/sort";

/** `locale`: the reader's language, which the lists are sorted in. */
export async function filterOptionsFor(input: DashboardContext, locale: Locale = "en") {
  const { db, filters } = authorized(input);
  const [agreement, organisations, areas] = await Promise.all([
    filters.agreementId ? db.agreement.findFirst({ where: { id: filters.agreementId, archivedAt: null }, select: { id: true, ...localizedTitle } }) : Promise.resolve(null),
    db.organisation.findMany({ where: { isRetired: false }, orderBy: [inReaderLanguage(locale)], select: { id: true, nameEn: true, nameMs: true, nameZh: true, side: true } }),
    filters.agreementId
      ? db.cooperationArea.findMany({ where: { agreementId: filters.agreementId, isRetired: false }, orderBy: { number: "asc" }, select: { id: true, number: true, ...localizedTitle } })
      : Promise.resolve([]),
  ]);
  return { agreement, organisations, areas };
}
