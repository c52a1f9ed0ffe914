// Sign-in throttling with the counters in the database, so the limits hold across several app
// instances. Failed attempts are counted per account and per client address over a window;
// a successful sign-in clears the account's count.
import type { DbClient } from "@/lib/prisma-client";

export const throttleWindowMs = 15 * 60 * 1000;
export const maxFailuresPerAccount = 5;
export const maxFailuresPerAddress = 20;

export function throttleKeys(email: string, clientAddress: string): { account: string; address: string } {
  return { account: `email:${email.trim().toLowerCase()}`, address: `ip:${clientAddress}` };
}

async function countRecentFailures(db: DbClient, key: string, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - throttleWindowMs);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { key, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return db.signInAttempt.count({
    where: { key, succeeded: false, createdAt: { gt: lastSuccess?.createdAt ?? windowStart } },
  });
}

export async function isSignInThrottled(db: DbClient, keys: { account: string; address: string }, now = new Date()): Promise<boolean> {
  const [accountFailures, addressFailures] = await Promise.all([
    countRecentFailures(db, keys.account, now),
    countRecentFailures(db, keys.address, now),
  ]);
  return accountFailures >= maxFailuresPerAccount || addressFailures >= maxFailuresPerAddress;
}

export async function recordSignInAttempt(db: DbClient, keys: { account: string; address: string }, succeeded: boolean): Promise<void> {
  await db.signInAttempt.createMany({
    data: [
      { key: keys.account, succeeded },
      // A success from an address says nothing about other accounts tried from it.
      ...(succeeded ? [] : [{ key: keys.address, succeeded }]),
    ],
  });
}
