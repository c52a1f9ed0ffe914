// Reads of agreements, scoped to the signed-in user; each selects only what its page shows.
import "server-only";
import { db, Prisma } from "@/lib/db";
import { requireUser, ForbiddenError } from "@/lib/auth/session";
import { canEditAgreement, canManageWorkingGroup, canReadAgreements, canReadWorkingGroup } from "@/lib/permissions";
import { defaultExpiryWarningDays } from "@/lib/agreements/expiry";
import { today } from "@/lib/dates";
import { sqlDay } from "@/lib/milestones/rules";
import { agreementListPageSize, parseAgreementFilters, type AgreementFilters } from "@/lib/agreements/list-filters";
import { localizedName, localizedTitle } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/config";
import { getLocale } from "@/lib/i18n/server";
import { inReaderLanguage } from "@/lib/i18n/sort";
import { agreementTermsSelect } from "@/lib/agreements/columns";
import { personNameSelect } from "@/lib/people/display-name";
import { personNameMatches } from "@/lib/people/search";
import { findFactSources } from "./fact-sources";
import { cache } from "react";

async function requireReader() {
  const user = await requireUser();
  if (!canReadAgreements(user)) throw new ForbiddenError();
  return user;
}

const contains = (text: string) => ({ contains: text, mode: "insensitive" as const });

/**
 * "Expiring soon" in SQL, the same rule as `isExpiringSoon` (lib/agreements/expiry.ts): signed or
 * in force, not archived, expiring today or within the notice period (90 days when none).
 */
function expiringSoonCondition(today: Date): Prisma.Sql {
  return Prisma.sql`"status" IN ('SIGNED', 'IN_FORCE') AND "archivedAt" IS NULL AND "expiresOn" >= ${sqlDay(today)}
    AND "expiresOn" <= ${sqlDay(today)} + COALESCE(NULLIF("noticeDays", 0), ${defaultExpiryWarningDays})`;
}

/** The list's filters as one where-clause; the SQL-only "expiring soon" rule becomes an id subquery. */
function agreementWhere(filters: AgreementFilters): Prisma.AgreementWhereInput[] {
  const and: Prisma.AgreementWhereInput[] = [];
  if (filters.q) {
    const text = contains(filters.q);
    and.push({
      OR: [
        { titleEn: text },
        { titleMs: text },
        { titleZh: text },
        { summaryEn: text },
        { summaryMs: text },
        { summaryZh: text },
        // Who signed or exchanged it, by either form of their name.
        { signatories: { some: { person: personNameMatches(filters.q) } } },
      ],
    });
  }
  if (filters.type) and.push({ type: filters.type });
  if (filters.status) and.push({ status: filters.status });
  if (filters.partyId || filters.side) {
    and.push({ parties: { some: { ...(filters.partyId ? { organisationId: filters.partyId } : {}), ...(filters.side ? { side: filters.side } : {}) } } });
  }
  if (filters.theme) {
    const text = contains(filters.theme);
    and.push({ areas: { some: { isRetired: false, OR: [{ titleEn: text }, { titleMs: text }, { titleZh: text }] } } });
  }
  if (filters.year) and.push({ signedOn: { gte: new Date(Date.UTC(filters.year, 0, 1)), lt: new Date(Date.UTC(filters.year + 1, 0, 1)) } });
  if (filters.archived === "active") and.push({ archivedAt: null });
  if (filters.archived === "archived") and.push({ archivedAt: { not: null } });
  return and;
}

export async function resolveWhere(filters: AgreementFilters): Promise<Prisma.AgreementWhereInput> {
  const and = agreementWhere(filters);
  if (filters.expiring) {
    const rows = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Agreement" WHERE ${expiringSoonCondition(today())}`;
    and.push({ id: { in: rows.map((row) => row.id) } });
  }
  return { AND: and };
}

function agreementOrder(filters: AgreementFilters, locale: Locale): Prisma.AgreementOrderByWithRelationInput[] {
  const dir = filters.dir;
  const primary: Prisma.AgreementOrderByWithRelationInput =
    filters.sort === "title" ? inReaderLanguage(locale, dir) : filters.sort === "status" ? { status: dir } : filters.sort === "type" ? { type: dir } : { signedOn: { sort: dir, nulls: "last" } };
  return [primary, inReaderLanguage(locale), { id: "asc" }];
}

const listSelect = {
  id: true,
  type: true,
  status: true,
  signedOn: true,
  expiresOn: true,
  noticeDays: true,
  archivedAt: true,
  isExample: true,
  ...localizedTitle,
  parties: { orderBy: { order: "asc" }, select: { side: true, organisation: { select: { id: true, acronym: true, ...localizedName } } } },
} satisfies Prisma.AgreementSelect;

/** One page of the filtered, sorted list and the total: two queries (three with "expiring soon"). */
export async function listAgreements(filters: AgreementFilters = parseAgreementFilters({})) {
  await requireReader();
  const where = await resolveWhere(filters);
  const [total, rows] = await Promise.all([
    db.agreement.count({ where }),
    db.agreement.findMany({ where, orderBy: agreementOrder(filters, await getLocale()), skip: (filters.page - 1) * agreementListPageSize, take: agreementListPageSize, select: listSelect }),
  ]);
  return { rows, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / agreementListPageSize)) };
}

/** The whole filtered list (no pagination) for CSV/XLSX export. */
export async function listAgreementsForExport(filters: AgreementFilters) {
  await requireReader();
  const where = await resolveWhere(filters);
  return db.agreement.findMany({
    where,
    orderBy: agreementOrder(filters, await getLocale()),
    select: { ...listSelect, effectiveOn: true, summaryEn: true, _count: { select: { areas: { where: { isRetired: false } } } } },
  });
}

/** Organisations offered in the list's party filter. */
export async function listPartyOptions() {
  await requireReader();
  return db.organisation.findMany({ orderBy: [{ side: "asc" }, inReaderLanguage(await getLocale())], select: { id: true, side: true, acronym: true, ...localizedName } });
}

async function loadAgreementDetail(id: string) {
  const user = await requireReader();
  const agreement = await db.agreement.findUnique({
    where: { id },
    select: {
      id: true,
      type: true,
      status: true,
      ...agreementTermsSelect,
      archivedAt: true,
      publishedAt: true,
      isExample: true,
      version: true,
      ...localizedTitle,
      summaryEn: true,
      summaryMs: true,
      summaryZh: true,
      parties: { orderBy: { order: "asc" }, select: { id: true, side: true, organisation: { select: { id: true, acronym: true, country: true, ...localizedName } } } },
      signatories: {
        orderBy: { order: "asc" },
        select: {
          id: true,
          act: true,
          side: true,
          titleEn: true,
          titleMs: true,
          titleZh: true,
          person: { select: { id: true, ...personNameSelect } },
          organisation: { select: { acronym: true, ...localizedName } },
        },
      },
      signingEvent: {
        select: {
          id: true,
          date: true,
          placeEn: true,
          placeMs: true,
          placeZh: true,
          descriptionEn: true,
          descriptionMs: true,
          descriptionZh: true,
          witnesses: { orderBy: { order: "asc" }, select: { id: true, person: { select: { id: true, ...personNameSelect, titleEn: true, titleMs: true, titleZh: true } } } },
          agreements: { where: { id: { not: id } }, select: { id: true, ...localizedTitle } },
        },
      },
      areas: {
        where: { isRetired: false },
        orderBy: { number: "asc" },
        select: { id: true, number: true, clauseRef: true, ...localizedTitle, clauseTextEn: true, clauseTextMs: true, clauseTextZh: true },
      },
      workingGroups: {
        select: {
          id: true,
          ...localizedName,
          _count: { select: { members: true } },
          // Only the reader's own membership: enough to tell whether they may open the group.
          members: { where: { personId: user.personId ?? "__nobody__" }, select: { personId: true } },
        },
      },
      documents: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, url: true, createdAt: true, file: { select: { fileName: true, sizeBytes: true } } } },
      relationsFrom: { orderBy: { createdAt: "asc" }, select: { id: true, type: true, toAgreement: { select: { id: true, ...localizedTitle } } } },
      relationsTo: { orderBy: { createdAt: "asc" }, select: { id: true, type: true, fromAgreement: { select: { id: true, ...localizedTitle } } } },
    },
  });
  if (!agreement) return null;
  const factSources = await findFactSources([
    agreement.id,
    ...agreement.parties.map((party) => party.id),
    ...agreement.signatories.map((signatory) => signatory.id),
    ...agreement.areas.map((area) => area.id),
    ...(agreement.signingEvent ? [agreement.signingEvent.id, ...agreement.signingEvent.witnesses.map((witness) => witness.id)] : []),
  ]);
  const partyOrganisationIds = agreement.parties.map((party) => party.organisation.id);
  const workingGroups = agreement.workingGroups.map(({ members, ...group }) => ({
    ...group,
    canOpen: canReadWorkingGroup(user, { memberPersonIds: members.map((member) => member.personId), partyOrganisationIds }),
  }));
  return {
    ...agreement,
    factSources,
    workingGroups,
    canEdit: canEditAgreement(user, { partyOrganisationIds }),
    canSetUpWorkingGroup: canManageWorkingGroup(user, { partyOrganisationIds }),
  };
}

// Cached per request: the page and its metadata both ask for it.
export const getAgreementDetail = cache(loadAgreementDetail);

/** A stored document of an agreement, for its download handler (every signed-in reader may download). */
export async function getAgreementDocumentFile(agreementId: string, documentId: string) {
  await requireReader();
  const document = await db.agreementDocument.findFirst({
    where: { id: documentId, agreementId },
    select: { file: { select: { fileName: true, mimeType: true, sizeBytes: true, storageKey: true, sha256: true } } },
  });
  return document?.file ?? null;
}
