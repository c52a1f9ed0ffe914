// Re-authentication before sensitive actions: changing a role, deactivating a user, changing
// one's own password or second factor (and creating an API token, when tokens exist: call
// requireRecentAuthentication first). Signing in counts; after that, the holder proves it again
// with their password and, when they have one, their second factor (lib/actions/reauth.ts).
import { RuleError } from "@/lib/actions/errors";
import type { DbClient } from "@/lib/prisma-client";

export const reauthWindowMs = 10 * 60_000;

/** Until when this session's last proof of identity holds for sensitive actions (null: it has lapsed). */
export async function recentAuthenticationUntil(db: DbClient, sessionId: string, now = new Date()): Promise<Date | null> {
  const session = await db.userSession.findUnique({ where: { id: sessionId }, select: { reauthenticatedAt: true } });
  if (!session) return null;
  const until = new Date(session.reauthenticatedAt.getTime() + reauthWindowMs);
  return until > now ? until : null;
}

/** For sensitive actions: refuses unless the holder proved who they are in the last 10 minutes. */
export async function requireRecentAuthentication(db: DbClient, user: { sessionId: string }, now = new Date()): Promise<void> {
  if (!(await recentAuthenticationUntil(db, user.sessionId, now))) throw new RuleError("auth.reauth.required");
}
