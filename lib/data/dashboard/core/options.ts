// What the filter form offers: agreements, organisations, and the chosen agreement's areas.
import { authorized, type DashboardContext } from "./context";
import type { Locale } from "@/lib/i18n/config";
import { localizedTitle } from "@/lib/i18n/content";
import { inReaderLanguage } from "@/lib/i18n/sort";

/** `locale`: the reader's language, which the lists are sorted in. */
export async function filterOptionsFor(input: DashboardContext, locale: Locale = "en") {
  const { db, filters } = authorized(input);
  const [agreements, organisations, areas] = await Promise.all([
    db.agreement.findMany({ where: { archivedAt: null }, orderBy: [inReaderLanguage(locale), { id: "asc" }], select: { id: true, ...localizedTitle } }),
    db.organisation.findMany({ where: { isRetired: false }, orderBy: [inReaderLanguage(locale)], select: { id: true, nameEn: true, nameMs: true, nameZh: true, side: true } }),
    filters.agreementId
      ? db.cooperationArea.findMany({ where: { agreementId: filters.agreementId, isRetired: false }, orderBy: { number: "asc" }, select: { id: true, number: true, ...localizedTitle } })
      : Promise.resolve([]),
  ]);
  return { agreements, organisations, areas };
}
