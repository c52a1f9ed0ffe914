// Security events from the audit trail (sign-ins and their failures, lock-outs, second-factor and
// recovery-code use, sessions ended, passwords changed, the sign-in policy): administrators only.
import "server-only";
import { ForbiddenError, requireUser } from "@/lib/auth/session";
import { addDays, appTimeZone, isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageKey } from "@/lib/i18n/translate";
import { zonedLocalToUtc } from "@/lib/meetings/time-zone";
import { canManageSignInSecurity } from "@/lib/permissions";
import type { SecurityEventFilter } from "@/lib/schemas/security";
import { pageWindow, type ListPage } from "./paging";

export const securityEventKinds = [
  "auth.signIn",
  "auth.signInFail",
  "auth.lockout",
  "auth.mfaEnrol",
  "auth.mfaRemove",
  "auth.mfaUse",
  "auth.mfaFail",
  "auth.recoveryCodeUse",
  "auth.reauthenticate",
  "session.end",
  "session.endOthers",
  "user.changePassword",
  "securityPolicy.update",
] as const;
export type SecurityEventKind = (typeof securityEventKinds)[number];

/** Each kind's label under `users.securityEvents.kinds` (message keys cannot contain the action's dot). */
export const securityEventLabels = {
  "auth.signIn": "users.securityEvents.kinds.signIn",
  "auth.signInFail": "users.securityEvents.kinds.signInFail",
  "auth.lockout": "users.securityEvents.kinds.lockout",
  "auth.mfaEnrol": "users.securityEvents.kinds.mfaEnrol",
  "auth.mfaRemove": "users.securityEvents.kinds.mfaRemove",
  "auth.mfaUse": "users.securityEvents.kinds.mfaUse",
  "auth.mfaFail": "users.securityEvents.kinds.mfaFail",
  "auth.recoveryCodeUse": "users.securityEvents.kinds.recoveryCodeUse",
  "auth.reauthenticate": "users.securityEvents.kinds.reauthenticate",
  "session.end": "users.securityEvents.kinds.sessionEnd",
  "session.endOthers": "users.securityEvents.kinds.sessionEndOthers",
  "user.changePassword": "users.securityEvents.kinds.passwordChange",
  "securityPolicy.update": "users.securityEvents.kinds.policyUpdate",
} as const satisfies Record<SecurityEventKind, MessageKey>;

/** The label key of a stored action (only security events are ever listed). */
export function securityEventLabel(action: string): MessageKey {
  return isSecurityEventKind(action) ? securityEventLabels[action] : "users.securityEvents.anonymous";
}

export function isSecurityEventKind(value: unknown): value is SecurityEventKind {
  return typeof value === "string" && (securityEventKinds as readonly string[]).includes(value);
}

export const securityEventsPageSize = 50;
/** An export holds at most this many rows (the newest); narrow the filters for older ones. */
export const securityEventsExportCap = 10_000;


async function whereOf(filter: SecurityEventFilter): Promise<Prisma.AuditEventWhereInput> {
  const where: Prisma.AuditEventWhereInput = { action: isSecurityEventKind(filter.kind) ? filter.kind : { in: [...securityEventKinds] } };
  if (filter.user) {
    const email = filter.user.toLowerCase();
    const subject = await db.user.findUnique({ where: { email }, select: { id: true } });
    where.OR = [{ entityId: `unknown:${email}` }, ...(subject ? [{ entityId: subject.id }, { actorId: subject.id }] : [])];
  }
  // Calendar days where the app works (APP_TIME_ZONE, as every date the app shows), the `to` day included.
  const startOf = (day: string) => zonedLocalToUtc(`${day}T00:00`, appTimeZone());
  if (filter.from || filter.to) {
    where.at = {
      ...(filter.from ? { gte: startOf(filter.from) } : {}),
      ...(filter.to ? { lt: startOf(isoDay(addDays(new Date(`${filter.to}T00:00:00Z`), 1))) } : {}),
    };
  }
  return where;
}

const select = {
  id: true,
  at: true,
  action: true,
  entityType: true,
  entityId: true,
  after: true,
  actor: { select: { name: true, email: true } },
} as const;

async function requireSecurityReader() {
  const user = await requireUser();
  if (!canManageSignInSecurity(user)) throw new ForbiddenError();
  return user;
}

export async function listSecurityEvents(filter: SecurityEventFilter, page: number) {
  await requireSecurityReader();
  const where = await whereOf(filter);
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], ...pageWindow(page, securityEventsPageSize), select }),
    db.auditEvent.count({ where }),
  ]);
  return { rows, page, pageSize: securityEventsPageSize, total } satisfies ListPage<(typeof rows)[number]>;
}

export async function listSecurityEventsForExport(filter: SecurityEventFilter) {
  await requireSecurityReader();
  return db.auditEvent.findMany({ where: await whereOf(filter), orderBy: [{ at: "desc" }, { id: "desc" }], take: securityEventsExportCap, select });
}

/** The details column: what the event recorded, as `name: value` pairs (never secrets: none are recorded). */
export function eventDetails(after: unknown): string {
  if (!after || typeof after !== "object") return "";
  return Object.entries(after as Record<string, unknown>)
    .map(([name, value]) => `${name}: ${typeof value === "object" ? JSON.stringify(value) : String(value)}`)
    .join("; ");
}
