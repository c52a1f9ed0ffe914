// Server-side sessions. Signing in starts a UserSession row; the session cookie (a JWT) carries
// its id, and every request checks the row (lib/auth/session.ts): ended, idle past the idle
// timeout or older than the absolute timeout means signed out. Timeouts are configurable:
// SESSION_IDLE_MINUTES (default 60) and SESSION_MAX_HOURS (default 12).
import type { DbClient, TransactionClient } from "@/lib/prisma-client";

export type SessionEndReason = "signedOut" | "endedByUser" | "passwordChanged" | "roleChanged" | "deactivated" | "idle" | "expired";

function positiveNumber(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

export function sessionTimeouts(env: Record<string, string | undefined> = process.env): { idleMs: number; absoluteMs: number } {
  return {
    idleMs: positiveNumber(env.SESSION_IDLE_MINUTES, 60) * 60_000,
    absoluteMs: positiveNumber(env.SESSION_MAX_HOURS, 12) * 3_600_000,
  };
}

/** lastSeenAt is written at most this often, so reading pages does not write on every request. */
export const lastSeenResolutionMs = 60_000;

type SessionTimes = { createdAt: Date; lastSeenAt: Date; endedAt: Date | null };

/** Why the session no longer holds, or null while it does. */
export function sessionEndedBy(session: SessionTimes, now: Date, timeouts = sessionTimeouts()): SessionEndReason | "ended" | null {
  if (session.endedAt) return "ended";
  if (now.getTime() - session.createdAt.getTime() >= timeouts.absoluteMs) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= timeouts.idleMs) return "idle";
  return null;
}

/** Ends every open session of the user (but `keep`, when given), inside the caller's transaction. */
export async function endSessionsOf(tx: TransactionClient | DbClient, input: { userId: string; reason: SessionEndReason; keep?: string }): Promise<number> {
  const ended = await tx.userSession.updateMany({
    where: { userId: input.userId, endedAt: null, ...(input.keep ? { id: { not: input.keep } } : {}) },
    data: { endedAt: new Date(), endReason: input.reason },
  });
  return ended.count;
}
