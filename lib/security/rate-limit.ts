// Rate limits kept in the database (rate-limiter-flexible's Prisma store), so they hold across
// parallel requests and several app instances: each request takes a point with one atomic
// INSERT … ON CONFLICT DO UPDATE, and a key that has used its points in the window is refused.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { RuleError } from "@/lib/actions/errors";
import type { DbClient } from "@/lib/prisma-client";

export type LimitName = "signInAccount" | "signInAddress" | "secondFactor" | "calendarFeed" | "export" | "upload" | "apiToken";

export const limits: Record<LimitName, { points: number; windowSeconds: number }> = {
  /** Failed guesses at one account, from anywhere. */
  signInAccount: { points: 5, windowSeconds: 15 * 60 },
  /** Failed guesses from one client address, at any account. */
  signInAddress: { points: 20, windowSeconds: 15 * 60 },
  /** Second-factor codes tried for one account after its password was right. */
  secondFactor: { points: 5, windowSeconds: 15 * 60 },
  /** Calendar applications poll a feed every few minutes; far more means a leaked token being scraped. */
  calendarFeed: { points: 120, windowSeconds: 60 * 60 },
  /** Exports build whole spreadsheets: per user. */
  export: { points: 30, windowSeconds: 10 * 60 },
  /** Uploads (documents, evidence, imports): per user. */
  upload: { points: 60, windowSeconds: 60 * 60 },
  /** Requests to /api/v1: per token (API_RATE_LIMIT_PER_MINUTE, default 600). */
  apiToken: { points: Number(process.env.API_RATE_LIMIT_PER_MINUTE) > 0 ? Number(process.env.API_RATE_LIMIT_PER_MINUTE) : 600, windowSeconds: 60 },
};

const limitersByClient = new WeakMap<DbClient, Map<LimitName, RateLimiterPrisma>>();

function limiterFor(db: DbClient, name: LimitName): RateLimiterPrisma {
  let limiters = limitersByClient.get(db);
  if (!limiters) limitersByClient.set(db, (limiters = new Map()));
  let limiter = limiters.get(name);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: name,
      points: limits[name].points,
      duration: limits[name].windowSeconds,
      // Expired rows are removed by pruneRateLimits, not by a timer in every process.
      clearExpiredByTimeout: false,
    });
    limiters.set(name, limiter);
  }
  return limiter;
}

/** Takes one point from the key's allowance; false when it has none left in this window. */
export async function tryConsume(db: DbClient, name: LimitName, key: string): Promise<boolean> {
  try {
    await limiterFor(db, name).consume(key);
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}

/** When the key has used its whole allowance: the end of its window (it may try again then); else null. */
export async function exhaustedUntil(db: DbClient, name: LimitName, key: string, now = new Date()): Promise<Date | null> {
  const state = await limiterFor(db, name).get(key);
  if (!state || state.consumedPoints < limits[name].points) return null;
  return new Date(now.getTime() + state.msBeforeNext);
}

/** Gives one point back (an attempt that turned out not to count against the key). */
export async function refund(db: DbClient, name: LimitName, key: string): Promise<void> {
  await limiterFor(db, name).reward(key, 1);
}

/** Forgets the key's count (e.g. an account after a successful sign-in). */
export async function resetLimit(db: DbClient, name: LimitName, key: string): Promise<void> {
  await limiterFor(db, name).delete(key);
}

/** Removes counters whose window ended more than an hour ago. */
export async function pruneRateLimits(db: DbClient, now = new Date()): Promise<void> {
  await db.rateLimit.deleteMany({ where: { expire: { lt: new Date(now.getTime() - 60 * 60 * 1000) } } });
}

/** For actions: refuses with a message the form shows when the key has used its allowance. */
export async function requireWithinLimit(db: DbClient, name: LimitName, key: string, field?: string): Promise<void> {
  if (!(await tryConsume(db, name, key))) throw new RuleError("errors.tooManyRequests", field);
}

/** For route handlers: a 429 answer when the key has used its allowance, else null. */
export async function refusalWhenOverLimit(db: DbClient, name: LimitName, key: string): Promise<Response | null> {
  if (await tryConsume(db, name, key)) return null;
  return new Response("Too many requests. Please try again later.", {
    status: 429,
    headers: { "Retry-After": String(limits[name].windowSeconds), "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
  });
}
