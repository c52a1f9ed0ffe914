// Sign-in throttling. Before a password is checked, the attempt takes a slot from the account's
// allowance and from the client address's (lib/security/rate-limit.ts: one atomic statement per
// key in the database). Parallel guesses each take a slot, so at most the limit are ever
// evaluated, on any number of app instances. A successful sign-in clears the account's count and
// gives the address its slot back. Every evaluated attempt is also logged (SignInAttempt) for the
// security record; the log is pruned by age.
import type { DbClient } from "@/lib/prisma-client";
import { limits, pruneRateLimits, refund, resetLimit, tryConsume } from "@/lib/security/rate-limit";

export const throttleWindowMs = limits.signInAccount.windowSeconds * 1000;
export const maxFailuresPerAccount = limits.signInAccount.points;
export const maxFailuresPerAddress = limits.signInAddress.points;
/** How long sign-in attempts stay in the log. */
export const signInLogRetentionDays = 90;

export type ThrottleKeys = { account: string; address: string };

export function throttleKeys(email: string, clientAddress: string): ThrottleKeys {
  return { account: `email:${email.trim().toLowerCase()}`, address: `ip:${clientAddress}` };
}

/** Takes the attempt's slots; false when the account or the address has no attempts left. */
export async function reserveSignInAttempt(db: DbClient, keys: ThrottleKeys): Promise<boolean> {
  const [accountAllowed, addressAllowed] = await Promise.all([
    tryConsume(db, "signInAccount", keys.account),
    tryConsume(db, "signInAddress", keys.address),
  ]);
  return accountAllowed && addressAllowed;
}

export async function recordSignInAttempt(db: DbClient, keys: ThrottleKeys, succeeded: boolean, now = new Date()): Promise<void> {
  await db.signInAttempt.createMany({
    data: [
      { key: keys.account, succeeded },
      // A success from an address says nothing about other accounts tried from it.
      ...(succeeded ? [] : [{ key: keys.address, succeeded }]),
    ],
  });
  if (succeeded) await Promise.all([resetLimit(db, "signInAccount", keys.account), refund(db, "signInAddress", keys.address)]);
  await pruneSignInRecords(db, now);
}

async function pruneSignInRecords(db: DbClient, now: Date): Promise<void> {
  const keepFrom = new Date(now.getTime() - signInLogRetentionDays * 86_400_000);
  await Promise.all([db.signInAttempt.deleteMany({ where: { createdAt: { lt: keepFrom } } }), pruneRateLimits(db, now)]);
}
