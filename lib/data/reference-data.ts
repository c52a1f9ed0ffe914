// Reads for the reference-data pages (administrators only): organisations and people.
import "server-only";
import { db } from "@/lib/db";
import { requireUser, ForbiddenError } from "@/lib/auth/session";
import { canManageReferenceData } from "@/lib/permissions";
import { getLocale } from "@/lib/i18n/server";
import { inReaderLanguage } from "@/lib/i18n/sort";
import { personNameMatches } from "@/lib/people/search";

async function requireReferenceDataManager() {
  const user = await requireUser();
  if (!canManageReferenceData(user)) throw new ForbiddenError();
  return user;
}

const usageCount = { select: { agreementParties: true, signatories: true, milestones: true, workingGroupMembers: true, users: true, people: true } } as const;

export async function listOrganisations() {
  const locale = await getLocale();
  await requireReferenceDataManager();
  return db.organisation.findMany({
    orderBy: [{ isRetired: "asc" }, { side: "asc" }, inReaderLanguage(locale)],
    select: { id: true, nameEn: true, nameMs: true, nameZh: true, acronym: true, country: true, side: true, kind: true, isRetired: true, _count: usageCount },
  });
}

export async function getOrganisationForEdit(id: string) {
  await requireReferenceDataManager();
  return db.organisation.findUnique({
    where: { id },
    select: { id: true, version: true, nameEn: true, nameMs: true, nameZh: true, acronym: true, country: true, side: true, kind: true, isRetired: true, _count: usageCount },
  });
}

/** People, optionally those whose name in either script contains `q`. */
export async function listPeople({ q }: { q?: string } = {}) {
  const locale = await getLocale();
  await requireReferenceDataManager();
  return db.person.findMany({
    where: q?.trim() ? personNameMatches(q) : undefined,
    orderBy: [{ isRetired: "asc" }, inReaderLanguage(locale)],
    select: { id: true, name: true, nameZh: true, titleEn: true, titleMs: true, titleZh: true, side: true, isRetired: true, organisation: { select: { nameEn: true, nameMs: true, nameZh: true, acronym: true } } },
  });
}

export async function getPersonForEdit(id: string) {
  await requireReferenceDataManager();
  return db.person.findUnique({
    where: { id },
    select: { id: true, version: true, name: true, nameZh: true, titleEn: true, titleMs: true, titleZh: true, organisationId: true, side: true, email: true, isRetired: true },
  });
}

export async function listOrganisationChoices() {
  const locale = await getLocale();
  await requireReferenceDataManager();
  return db.organisation.findMany({ where: { isRetired: false }, orderBy: [{ side: "asc" }, inReaderLanguage(locale)], select: { id: true, side: true, nameEn: true, nameMs: true, nameZh: true } });
}
