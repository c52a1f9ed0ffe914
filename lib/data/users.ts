// Reads for user administration (administrators only).
import "server-only";
import { db } from "@/lib/db";
import { requireUser, ForbiddenError } from "@/lib/auth/session";
import { canManageUsers } from "@/lib/permissions";
import { getLocale } from "@/lib/i18n/server";
import { inReaderLanguage } from "@/lib/i18n/sort";

async function requireUserManager() {
  const user = await requireUser();
  if (!canManageUsers(user)) throw new ForbiddenError();
  return user;
}

export async function listUsers() {
  await requireUserManager();
  return db.user.findMany({
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      isActive: true,
      lastSignInAt: true,
      organisation: { select: { acronym: true, nameEn: true, nameMs: true, nameZh: true } },
    },
  });
}

export async function getUserForEdit(id: string) {
  await requireUserManager();
  return db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, isActive: true, organisationId: true, personId: true, version: true },
  });
}

/** Organisations a user may be attached to (retired ones are not offered). */
export async function listOrganisationOptions() {
  const locale = await getLocale();
  await requireUserManager();
  return db.organisation.findMany({
    where: { isRetired: false },
    orderBy: [{ side: "asc" }, inReaderLanguage(locale)],
    select: { id: true, acronym: true, side: true, nameEn: true, nameMs: true, nameZh: true },
  });
}

/** People an account may stand for: not retired, and without an account of their own (or this one's). */
export async function listPersonOptions(forUserId: string | null = null) {
  const locale = await getLocale();
  await requireUserManager();
  return db.person.findMany({
    where: { isRetired: false, OR: [{ user: null }, ...(forUserId ? [{ user: { id: forUserId } }] : [])] },
    orderBy: inReaderLanguage(locale),
    select: { id: true, name: true, nameZh: true, organisation: { select: { nameEn: true, nameMs: true, nameZh: true } } },
  });
}
