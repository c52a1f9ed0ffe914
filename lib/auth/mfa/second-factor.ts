// Checking a second factor: a TOTP code (once per time step) or an unused recovery code (then
// spent). Guesses are throttled per account with the shared limiter, so a stolen password gives
// an attacker five tries per quarter hour, not a million. Every use is audited.
import { recordAudit } from "@/lib/audit";
import type { DbClient } from "@/lib/prisma-client";
import { tryConsume } from "@/lib/security/rate-limit";
import { findMatchingRecoveryCode, isRecoveryCodeShaped } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { matchTotp } from "./totp";

export type SecondFactorMethod = "totp" | "recoveryCode";
export type SecondFactorCheck = { outcome: "ok"; method: SecondFactorMethod } | { outcome: "invalid" } | { outcome: "throttled" };

export async function checkSecondFactor(db: DbClient, input: { userId: string; code: string; now?: Date; purpose: "signIn" | "reauthenticate" }): Promise<SecondFactorCheck> {
  if (!(await tryConsume(db, "secondFactor", `user:${input.userId}`))) return { outcome: "throttled" };
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { mfaSecret: true, mfaLastStep: true } });
  const secret = user?.mfaSecret ? openSecret(user.mfaSecret, input.userId) : null;
  if (!user || !secret) return { outcome: "invalid" };

  if (isRecoveryCodeShaped(input.code)) {
    const unused = await db.recoveryCode.findMany({ where: { userId: input.userId, usedAt: null }, select: { id: true, codeHash: true } });
    const matchId = await findMatchingRecoveryCode(unused, input.code);
    const spent = matchId
      ? await db.$transaction(async (tx) => {
          // The usedAt condition makes two parallel uses of one code spend it once.
          const { count } = await tx.recoveryCode.updateMany({ where: { id: matchId, usedAt: null }, data: { usedAt: input.now ?? new Date() } });
          if (count === 1) {
            const remaining = await tx.recoveryCode.count({ where: { userId: input.userId, usedAt: null } });
            await recordAudit(tx, { actorId: input.userId, action: "auth.recoveryCodeUse", entityType: "User", entityId: input.userId, after: { purpose: input.purpose, remaining } });
          }
          return count === 1;
        })
      : false;
    return spent ? { outcome: "ok", method: "recoveryCode" } : await refused(db, input);
  }

  const step = matchTotp({ secret, code: input.code, now: input.now, lastStep: user.mfaLastStep });
  if (step === null) return refused(db, input);
  const used = await db.$transaction(async (tx) => {
    // Only a later step moves the marker: the same code sent twice at once passes once.
    const { count } = await tx.user.updateMany({
      where: { id: input.userId, OR: [{ mfaLastStep: null }, { mfaLastStep: { lt: step } }] },
      data: { mfaLastStep: step },
    });
    if (count === 1) await recordAudit(tx, { actorId: input.userId, action: "auth.mfaUse", entityType: "User", entityId: input.userId, after: { purpose: input.purpose, method: "totp" } });
    return count === 1;
  });
  return used ? { outcome: "ok", method: "totp" } : refused(db, input);
}

async function refused(db: DbClient, input: { userId: string; purpose: string }): Promise<SecondFactorCheck> {
  await db.$transaction((tx) => recordAudit(tx, { actorId: input.userId, action: "auth.mfaFail", entityType: "User", entityId: input.userId, after: { purpose: input.purpose } }));
  return { outcome: "invalid" };
}
