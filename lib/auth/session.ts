// Who is asking. Every server action, route handler and data function starts here; the proxy's
// redirect to /login is only a convenience.
import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isLocale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/content";
import { auth } from "./config";
import { lastSeenResolutionMs, sessionEndedBy } from "./sessions";
import { currentApiPrincipal } from "@/lib/api/principal";
import type { Role, SessionUser } from "./session-user";

export class UnauthenticatedError extends Error {
  constructor() {
    super("Not signed in");
    this.name = "UnauthenticatedError";
  }
}

export class ForbiddenError extends Error {
  constructor(message = "Not allowed") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/**
 * Who is asking: the owner of the API token of this request (lib/api/authenticate.ts), else the
 * signed-in user of the browser session. Every rule, action and data function starts here.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  return currentApiPrincipal()?.user ?? getSessionUser();
}

/**
 * The signed-in, active user, read from the database once per request, with their session row:
 * an ended, idle or expired session is no session. Null otherwise.
 */
const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!id || !sessionId) return null;
  // Every request starts here: the session, its user and the user's organisation in one statement.
  const [row] = await db.$queryRaw<SessionRow[]>(Prisma.sql`
    SELECT s."userId", s."createdAt", s."lastSeenAt", s."endedAt",
           u.id, u.name, u.email, u.role::text AS role, u.locale::text AS locale, u."isActive", u."organisationId", u."personId",
           o."nameEn" AS "organisationNameEn", o."nameMs" AS "organisationNameMs", o."nameZh" AS "organisationNameZh", o.side::text AS "organisationSide"
    FROM "UserSession" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "Organisation" o ON o.id = u."organisationId"
    WHERE s.id = ${sessionId}`);
  if (!row || row.userId !== id || !row.isActive) return null;
  const now = new Date();
  const endedBy = sessionEndedBy(row, now);
  if (endedBy) {
    if (endedBy !== "ended") await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endReason: endedBy } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= lastSeenResolutionMs) {
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now }, select: { id: true } });
  }
  const organisation = row.organisationId && row.organisationNameEn !== null && row.organisationSide !== null
    ? { nameEn: row.organisationNameEn, nameMs: row.organisationNameMs, nameZh: row.organisationNameZh, side: row.organisationSide }
    : null;
  return toSessionUser({ ...row, organisation }, sessionId);
});

/** One row of the session lookup: the session's times, its user, and the user's organisation (or nulls). */
interface SessionRow extends Omit<SessionUserRow, "organisation"> {
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  isActive: boolean;
  organisationNameEn: string | null;
  organisationNameMs: string | null;
  organisationNameZh: string | null;
  organisationSide: SessionUser["side"];
}

/** What a SessionUser is made of (a browser session and an API token load the same). */
export const sessionUserSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  locale: true,
  isActive: true,
  organisationId: true,
  personId: true,
  organisation: { select: { nameEn: true, nameMs: true, nameZh: true, side: true } },
} as const;

type SessionUserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: string;
  organisationId: string | null;
  personId: string | null;
  organisation: { nameEn: string; nameMs: string | null; nameZh: string | null; side: SessionUser["side"] } | null;
};

export function toSessionUser(user: SessionUserRow, sessionId: string): SessionUser {
  const locale = isLocale(user.locale) ? user.locale : "en";
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    locale,
    organisationId: user.organisationId,
    organisationName: user.organisation ? localized(user.organisation, "name", locale) : null,
    side: user.organisation?.side ?? null,
    personId: user.personId,
    sessionId,
  };
}

/** For actions, route handlers and data functions: throws when nobody (active) is signed in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}

/** For route handlers: the signed-in user, or the 401 answer to send instead. */
export async function userOrRefusal(): Promise<{ user: SessionUser; refusal?: undefined } | { user?: undefined; refusal: Response }> {
  const user = await getCurrentUser();
  return user ? { user } : { refusal: new Response("Sign in required", { status: 401 }) };
}

export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw new ForbiddenError();
  return user;
}

/** For pages: sends anonymous visitors to the sign-in page. */
export async function requireUserForPage(mayOpen?: (user: SessionUser) => boolean): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  // A page someone may not open does not exist for them (404), as the records behind it.
  if (mayOpen && !mayOpen(user)) notFound();
  return user;
}
