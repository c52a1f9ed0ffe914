// The state of a sign-in between its password step and its second step (SignInChallenge). The
// browser holds a random token in an http-only cookie; the database holds its SHA-256. A
// challenge lives ten minutes, is passed once the second step is done, and starts one session.
import { createHash, randomBytes } from "node:crypto";
import type { DbClient } from "@/lib/prisma-client";

export type ChallengeStep = "NONE" | "VERIFY" | "ENROL";

export const challengeCookie = "mou.sign-in";
export const challengeLifetimeMs = 10 * 60_000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Starts a challenge; with step NONE (no second step needed) it is passed at once. */
export async function startChallenge(db: DbClient, input: { userId: string; step: ChallengeStep; now?: Date }): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const now = input.now ?? new Date();
  await db.signInChallenge.create({
    data: {
      tokenHash: hashToken(token),
      userId: input.userId,
      step: input.step,
      createdAt: now,
      expiresAt: new Date(now.getTime() + challengeLifetimeMs),
      ...(input.step === "NONE" ? { passedAt: now, method: "password" } : {}),
    },
    select: { id: true },
  });
  // Old challenges are pruned as new ones start: nothing else reads them.
  await db.signInChallenge.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - challengeLifetimeMs) } } });
  return token;
}

/** The open (unexpired, unused, not yet passed) challenge of a token, with its user. */
export async function openChallenge(db: DbClient, token: string | undefined, now = new Date()) {
  if (!token) return null;
  return db.signInChallenge.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, passedAt: null, expiresAt: { gt: now } },
    select: { id: true, step: true, user: { select: { id: true, email: true, role: true, isActive: true } } },
  });
}

export async function passChallenge(db: DbClient, input: { id: string; method: string; now?: Date }): Promise<void> {
  await db.signInChallenge.updateMany({ where: { id: input.id, passedAt: null }, data: { passedAt: input.now ?? new Date(), method: input.method } });
}

/** Spends a passed challenge: the user it signs in, or null (unknown, unpassed, expired or already used). */
export async function consumeChallenge(db: DbClient, token: string, now = new Date()): Promise<{ userId: string; method: string } | null> {
  const row = await db.signInChallenge.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, method: true } });
  if (!row) return null;
  const { count } = await db.signInChallenge.updateMany({
    where: { id: row.id, usedAt: null, passedAt: { not: null }, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1 ? { userId: row.userId, method: row.method ?? "password" } : null;
}
