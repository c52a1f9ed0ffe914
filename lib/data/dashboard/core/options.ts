// What the filter form offers: organisations, the chosen agreement and its areas. Agreements are
// found by the form's combobox on the server (lib/data/search.ts), never listed whole: at a
// thousand agreements the list was most of the page.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Side } from "@/lib/generated/prisma/enums";
import { authorized, type DashboardContext } from "./context";
import type { Locale } from "@/lib/i18n/config";
import { localizedTitle } from "@/lib/i18n/content";
import { sortKeyColumns } from "@/lib/i18n/sort";

export interface OrganisationOption {
  id: string;
  nameEn: string;
  nameMs: string | null;
  nameZh: string | null;
  side: Side;
}

/** `locale`: the reader's language, which the lists are sorted in. */
export async function filterOptionsFor(input: DashboardContext, locale: Locale = "en") {
  const { db, filters } = authorized(input);
  const [agreement, organisations, areas] = await Promise.all([
    filters.agreementId ? db.agreement.findFirst({ where: { id: filters.agreementId, archivedAt: null }, select: { id: true, ...localizedTitle } }) : Promise.resolve(null),
    // Every dashboard request reads this list: one plain statement (the ORM's findMany took twice as long as its SQL).
    db.$queryRaw<OrganisationOption[]>(Prisma.sql`
      SELECT id, "nameEn", "nameMs", "nameZh", side::text AS side FROM "Organisation"
      WHERE NOT "isRetired" ORDER BY ${Prisma.raw(`"${sortKeyColumns[locale]}"`)}`),
    filters.agreementId
      ? db.cooperationArea.findMany({ where: { agreementId: filters.agreementId, isRetired: false }, orderBy: { number: "asc" }, select: { id: true, number: true, ...localizedTitle } })
      : Promise.resolve([]),
  ]);
  return { agreement, organisations, areas };
}
