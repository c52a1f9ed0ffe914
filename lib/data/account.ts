// The signed-in user's own account: their sessions, newest activity first.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { sessionEndedBy } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { roleRequiresMfa } from "@/lib/auth/mfa/policy";
import { openSecret } from "@/lib/auth/mfa/secret-box";
import { groupedKey, totpUri } from "@/lib/auth/mfa/totp";
import { recentAuthenticationUntil } from "@/lib/auth/reauth";

/** Open sessions (those still holding), with the one of this request marked. At most 100: nobody has more browsers. */
export async function listMySessions() {
  const user = await requireUser();
  const now = new Date();
  const rows = await db.userSession.findMany({
    where: { userId: user.id, endedAt: null },
    orderBy: { lastSeenAt: "desc" },
    take: 100,
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, address: true, endedAt: true },
  });
  return rows
    .filter((row) => sessionEndedBy(row, now) === null)
    .map((row) => ({ id: row.id, createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, userAgent: row.userAgent, address: row.address, isCurrent: row.id === user.sessionId }));
}

/** The user's second factor and re-authentication state, for the account page (never the secret itself, only a pending one to show). */
export async function myAuthenticationState() {
  const user = await requireUser();
  const [row, remainingCodes, reauthUntil, isRequired] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { mfaEnabledAt: true, mfaPendingSecret: true } }),
    db.recoveryCode.count({ where: { userId: user.id, usedAt: null } }),
    recentAuthenticationUntil(db, user.sessionId),
    roleRequiresMfa(db, user.role),
  ]);
  const pendingSecret = !row.mfaEnabledAt && row.mfaPendingSecret ? openSecret(row.mfaPendingSecret, user.id) : null;
  return {
    enabledAt: row.mfaEnabledAt,
    remainingCodes,
    reauthUntil,
    isRequired,
    pending: pendingSecret ? { key: groupedKey(pendingSecret), uri: totpUri(pendingSecret, user.email) } : null,
  };
}

/** For pages with sensitive actions: until when the viewer's last proof of identity holds, and whether they have a second factor. */
export async function myReauthState() {
  const user = await requireUser();
  const [row, until] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { mfaEnabledAt: true } }),
    recentAuthenticationUntil(db, user.sessionId),
  ]);
  return { until, hasSecondFactor: row.mfaEnabledAt !== null };
}
