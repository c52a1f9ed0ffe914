// What the agreement forms need: the record as the form edits it, and the choices it offers.
import "server-only";
import { db } from "@/lib/db";
import { requireUser, ForbiddenError } from "@/lib/auth/session";
import { canCreateAgreement, canEditAgreement } from "@/lib/permissions";
import { agreementColumnsSelect } from "@/lib/agreements/columns";
import { localizedName } from "@/lib/i18n/content";
import { getLocale } from "@/lib/i18n/server";
import { inReaderLanguage } from "@/lib/i18n/sort";

export async function getAgreementFormOptions(excludeAgreementId?: string) {
  const locale = await getLocale();
  const user = await requireUser();
  if (!canCreateAgreement(user)) throw new ForbiddenError();
  // Events and related agreements are choices in a select, newest events and the first 500
  // agreements: a choice beyond them needs the searching combobox (as signatories have), not a note.
  const [organisations, people, events, agreements] = await Promise.all([
    db.organisation.findMany({ where: { isRetired: false }, orderBy: [{ side: "asc" }, inReaderLanguage(locale)], select: { id: true, side: true, acronym: true, ...localizedName } }),
    db.person.findMany({ where: { isRetired: false }, orderBy: inReaderLanguage(locale), select: { id: true, name: true, nameZh: true, organisationId: true, titleEn: true, titleMs: true, titleZh: true } }),
    db.signingEvent.findMany({ orderBy: { date: "desc" }, take: 200, select: { id: true, date: true, placeEn: true, placeMs: true, placeZh: true } }),
    db.agreement.findMany({
      where: excludeAgreementId ? { id: { not: excludeAgreementId } } : {},
      orderBy: inReaderLanguage(locale),
      take: 500,
      select: { id: true, titleEn: true, titleMs: true, titleZh: true },
    }),
  ]);
  return { organisations, people, events, agreements, ownOrganisationId: user.role === "OFFICER" ? user.organisationId : null };
}

export type AgreementFormOptions = Awaited<ReturnType<typeof getAgreementFormOptions>>;

/** The agreement as its edit form shows it; null when missing or not editable by the user. */
export async function getAgreementForEdit(id: string) {
  const user = await requireUser();
  const agreement = await db.agreement.findUnique({
    where: { id },
    select: {
      ...agreementColumnsSelect,
      parties: { orderBy: { order: "asc" }, select: { organisationId: true } },
      signatories: { orderBy: { order: "asc" }, select: { personId: true, organisationId: true, titleEn: true, titleMs: true, titleZh: true } },
      relationsFrom: { orderBy: { createdAt: "asc" }, select: { type: true, toAgreementId: true } },
    },
  });
  if (!agreement) return null;
  if (!canEditAgreement(user, { partyOrganisationIds: agreement.parties.map((party) => party.organisationId) })) return null;
  return agreement;
}

export type AgreementForEdit = NonNullable<Awaited<ReturnType<typeof getAgreementForEdit>>>;

/** The areas of an agreement for their management page (retired ones listed apart). */
export async function getAgreementAreasForEdit(id: string) {
  const user = await requireUser();
  const agreement = await db.agreement.findUnique({
    where: { id },
    select: {
      id: true,
      titleEn: true,
      titleMs: true,
      titleZh: true,
      parties: { select: { organisationId: true } },
      areas: {
        orderBy: [{ isRetired: "asc" }, { number: "asc" }],
        select: { id: true, number: true, version: true, isRetired: true, clauseRef: true, titleEn: true, titleMs: true, titleZh: true, clauseTextEn: true, clauseTextMs: true, clauseTextZh: true },
      },
    },
  });
  if (!agreement) return null;
  if (!canEditAgreement(user, { partyOrganisationIds: agreement.parties.map((party) => party.organisationId) })) return null;
  return agreement;
}
