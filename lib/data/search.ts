// Searches behind the comboboxes that choose one of hundreds (a signatory, the dashboard's
// agreement): the server finds at most `searchLimit` matches in the reader's language and says
// whether there are more, so no page has to embed every record.
import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError, requireUser } from "@/lib/auth/session";
import { canCreateAgreement, canViewDashboards } from "@/lib/permissions";
import type { Locale } from "@/lib/i18n/config";
import { localized, localizedTitle } from "@/lib/i18n/content";
import { inReaderLanguage } from "@/lib/i18n/sort";
import { displayName, personNameSelect } from "@/lib/people/display-name";
import { personNameMatches } from "@/lib/people/search";
import { searchLimit, type SearchResult } from "@/lib/search/results";
import type { SearchQuery } from "@/lib/search/schema";

/** Rows fetched one past the limit tell whether more exist without a second count. */
function bounded<Row>(rows: Row[], toItem: (row: Row) => SearchResult["items"][number]): SearchResult {
  return { items: rows.slice(0, searchLimit).map(toItem), hasMore: rows.length > searchLimit };
}

/** People who may sign, by either form of their name; for those who record agreements. */
export async function searchPeople({ query, locale }: { query: SearchQuery; locale: Locale }): Promise<SearchResult> {
  const user = await requireUser();
  if (!canCreateAgreement(user)) throw new ForbiddenError();
  const where = query.id ? { id: query.id } : { isRetired: false, ...(query.q ? personNameMatches(query.q) : {}) };
  const rows = await db.person.findMany({
    where,
    orderBy: [inReaderLanguage(locale), { id: "asc" }],
    take: searchLimit + 1,
    select: { id: true, ...personNameSelect, titleEn: true, titleMs: true, titleZh: true },
  });
  return bounded(rows, (person) => ({ id: person.id, label: displayName(person, locale), detail: localized(person, "title", locale) || undefined }));
}

/** Agreements not archived, by their title in any language; for dashboard viewers. */
export async function searchAgreements({ query, locale }: { query: SearchQuery; locale: Locale }): Promise<SearchResult> {
  const user = await requireUser();
  if (!canViewDashboards(user)) throw new ForbiddenError();
  const rows = await db.agreement.findMany({
    where: query.id ? { id: query.id, archivedAt: null } : { archivedAt: null, ...(query.q ? agreementTitleMatches(query.q) : {}) },
    orderBy: [inReaderLanguage(locale), { id: "asc" }],
    take: searchLimit + 1,
    select: { id: true, ...localizedTitle },
  });
  return bounded(rows, (agreement) => ({ id: agreement.id, label: localized(agreement, "title", locale) }));
}

function agreementTitleMatches(text: string) {
  const contains = { contains: text.trim(), mode: "insensitive" as const };
  return { OR: [{ titleEn: contains }, { titleMs: contains }, { titleZh: contains }] };
}
