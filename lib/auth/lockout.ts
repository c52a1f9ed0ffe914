// When failed guesses use up an account's allowance, its holder is told (an inbox notice, mailed
// at once) and the lock-out is a security event, in one transaction. Once per lock-out window:
// the notice's occurrence is the window's end.
import { recordAudit } from "@/lib/audit";
import { notify } from "@/lib/notifications/notify";
import type { DbClient } from "@/lib/prisma-client";
import { exhaustedUntil } from "@/lib/security/rate-limit";

export async function noteLockoutIfLocked(db: DbClient, input: { userId: string; accountKey: string; address: string; now?: Date }): Promise<boolean> {
  const until = await exhaustedUntil(db, "signInAccount", input.accountKey, input.now);
  if (!until) return false;
  // Rounded so that parallel failures of one window agree on it.
  const occurrence = String(Math.round(until.getTime() / 60_000));
  await db.$transaction(async (tx) => {
    const written = await notify(tx, {
      kind: "SIGN_IN_LOCKED",
      recordType: "Account",
      recordId: input.userId,
      occurrence,
      params: { address: input.address, startsAt: until.toISOString() },
      recipientIds: [input.userId],
    });
    if (written > 0) await recordAudit(tx, { actorId: null, action: "auth.lockout", entityType: "User", entityId: input.userId, after: { address: input.address, until: until.toISOString() } });
  });
  return true;
}
