// Setting up and removing a second factor. Enrolment is two steps: a new secret is kept (sealed)
// as pending and shown once as a QR code and a typed key; a code from the app confirms it, and
// only then does it become the user's factor, with ten fresh recovery codes returned to be shown
// once. The secret never reaches a log or the audit trail.
import { recordAudit } from "@/lib/audit";
import type { DbClient, TransactionClient } from "@/lib/prisma-client";
import { openSecret, sealSecret } from "./secret-box";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { matchTotp, newTotpSecret, totpUri } from "./totp";

export type PendingEnrolment = { secret: string; uri: string };

/** A pending secret for the user: the one already pending (so reloading shows the same key), else a new one. */
export async function pendingEnrolment(db: DbClient, user: { id: string; email: string }): Promise<PendingEnrolment> {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { mfaPendingSecret: true } });
  let secret = row.mfaPendingSecret ? openSecret(row.mfaPendingSecret, user.id) : null;
  if (!secret) {
    secret = newTotpSecret();
    await db.user.update({ where: { id: user.id }, data: { mfaPendingSecret: sealSecret(secret, user.id) }, select: { id: true } });
  }
  return { secret, uri: totpUri(secret, user.email) };
}

/**
 * Confirms the pending secret with a code from the app, inside the caller's transaction. Returns
 * the recovery codes to show once, or null when the code does not match (nothing is changed).
 */
export async function confirmEnrolment(tx: TransactionClient, input: { userId: string; code: string; actorId: string; now?: Date }): Promise<string[] | null> {
  const row = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { mfaPendingSecret: true } });
  const secret = row.mfaPendingSecret ? openSecret(row.mfaPendingSecret, input.userId) : null;
  if (!secret) return null;
  const step = matchTotp({ secret, code: input.code, now: input.now });
  if (step === null) return null;
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map(hashRecoveryCode));
  await tx.user.update({
    where: { id: input.userId },
    data: { mfaSecret: sealSecret(secret, input.userId), mfaPendingSecret: null, mfaEnabledAt: input.now ?? new Date(), mfaLastStep: step },
    select: { id: true },
  });
  await tx.recoveryCode.deleteMany({ where: { userId: input.userId } });
  await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId: input.userId, codeHash })) });
  await recordAudit(tx, { actorId: input.actorId, action: "auth.mfaEnrol", entityType: "User", entityId: input.userId, after: { method: "totp", recoveryCodes: codes.length } });
  return codes;
}

/** Removes the user's second factor and recovery codes, inside the caller's transaction. */
export async function removeSecondFactor(tx: TransactionClient, input: { userId: string; actorId: string }): Promise<void> {
  await tx.user.update({ where: { id: input.userId }, data: { mfaSecret: null, mfaPendingSecret: null, mfaEnabledAt: null, mfaLastStep: null }, select: { id: true } });
  await tx.recoveryCode.deleteMany({ where: { userId: input.userId } });
  await recordAudit(tx, { actorId: input.actorId, action: "auth.mfaRemove", entityType: "User", entityId: input.userId, after: { method: "totp" } });
}
