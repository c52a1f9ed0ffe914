// Sign-in in steps. The password step (checkCredentials: throttled, one answer for every
// failure) opens a challenge; when the user has a second factor, or their role requires one they
// have not set up, no session exists until that step is done (lib/auth/mfa/challenge.ts). Only
// a passed challenge starts a session (the Auth.js provider in config.ts calls startSignedInSession).
import { recordAudit } from "@/lib/audit";
import { notify } from "@/lib/notifications/notify";
import type { DbClient } from "@/lib/prisma-client";
import { checkCredentials } from "./credentials";
import { consumeChallenge, startChallenge, type ChallengeStep } from "./mfa/challenge";
import { roleRequiresMfa } from "./mfa/policy";
import { describeDevice } from "./device";

export type PasswordStep = { outcome: "invalid" } | { outcome: "throttled" } | { outcome: "ok"; token: string; step: ChallengeStep };

export async function passwordStep(db: DbClient, input: { email: string; password: string; clientAddress: string }): Promise<PasswordStep> {
  const result = await checkCredentials(db, input);
  if (result.outcome !== "ok") return result;
  const user = await db.user.findUniqueOrThrow({ where: { id: result.userId }, select: { role: true, mfaSecret: true } });
  const step: ChallengeStep = user.mfaSecret ? "VERIFY" : (await roleRequiresMfa(db, user.role)) ? "ENROL" : "NONE";
  return { outcome: "ok", step, token: await startChallenge(db, { userId: result.userId, step }) };
}

/**
 * Spends a passed challenge and starts the session (startSessionFor).
 */
export async function startSignedInSession(
  db: DbClient,
  input: { token: string; userAgent: string | null; address: string | null; now?: Date },
): Promise<{ userId: string; sessionId: string } | null> {
  const now = input.now ?? new Date();
  const challenge = await consumeChallenge(db, input.token, now);
  if (!challenge) return null;
  return startSessionFor(db, { userId: challenge.userId, method: challenge.method, userAgent: input.userAgent, address: input.address, now });
}

/**
 * Starts a session for a user whose identity is established (a passed challenge, or the
 * organisation's identity provider: method "sso"), with its audit event and, when this device
 * and address were never seen for the user before, a notification to them, in one transaction.
 * An inactive user gets no session.
 */
export async function startSessionFor(
  db: DbClient,
  input: { userId: string; method: string | null; userAgent: string | null; address: string | null; now?: Date },
): Promise<{ userId: string; sessionId: string } | null> {
  const now = input.now ?? new Date();
  const userId = input.userId;
  const userAgent = input.userAgent?.slice(0, 400) ?? null;
  const address = input.address?.slice(0, 100) ?? null;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { isActive: true } });
    if (!user.isActive) return null;
    const [seenDevice, seenAddress, earlier] = await Promise.all([
      tx.userSession.count({ where: { userId, userAgent } }),
      tx.userSession.count({ where: { userId, address } }),
      tx.userSession.count({ where: { userId } }),
    ]);
    const session = await tx.userSession.create({
      data: { userId, userAgent, address, method: input.method, createdAt: now, lastSeenAt: now, reauthenticatedAt: now },
      select: { id: true },
    });
    await tx.user.update({ where: { id: userId }, data: { lastSignInAt: now }, select: { id: true } });
    const isUnusual = earlier > 0 && (seenDevice === 0 || seenAddress === 0);
    await recordAudit(tx, {
      actorId: userId,
      action: "auth.signIn",
      entityType: "User",
      entityId: userId,
      after: { method: input.method, address, sessionId: session.id, isUnusual },
    });
    if (isUnusual) {
      const { browser, system } = describeDevice(userAgent);
      await notify(tx, {
        kind: "SIGN_IN_NEW_DEVICE",
        recordType: "Account",
        recordId: userId,
        occurrence: session.id,
        params: { device: [browser, system].filter(Boolean).join(" · ") || "—", address: address ?? "—", startsAt: now.toISOString() },
        recipientIds: [userId],
      });
    }
    return { userId, sessionId: session.id };
  });
}
