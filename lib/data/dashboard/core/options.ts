// What the filter form offers: agreements, organisations, and the chosen agreement's areas.
import { authorized, type DashboardContext } from "./context";
import { localizedTitle } from "@/lib/i18n/content";

export async function filterOptionsFor(input: DashboardContext) {
  const { db, filters } = authorized(input);
  const [agreements, organisations, areas] = await Promise.all([
    db.agreement.findMany({ where: { archivedAt: null }, orderBy: [{ titleEn: "asc" }, { id: "asc" }], select: { id: true, ...localizedTitle } }),
    db.organisation.findMany({ where: { isRetired: false }, orderBy: [{ nameEn: "asc" }], select: { id: true, nameEn: true, nameMs: true, nameZh: true, side: true } }),
    filters.agreementId
      ? db.cooperationArea.findMany({ where: { agreementId: filters.agreementId, isRetired: false }, orderBy: { number: "asc" }, select: { id: true, number: true, ...localizedTitle } })
      : Promise.resolve([]),
  ]);
  return { agreements, organisations, areas };
}
