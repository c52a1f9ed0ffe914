// Checks an email and password. One answer for an unknown email and a wrong password, with the
// same work done for both, and a throttling slot taken before any password is checked. Failures
// are security events in the audit trail; the failure that locks an account also tells its
// holder (lib/auth/lockout.ts).
import { recordAudit } from "@/lib/audit";
import type { DbClient } from "@/lib/prisma-client";
import { verifyAgainstDummy, verifyPassword } from "@/lib/passwords";
import { noteLockoutIfLocked } from "./lockout";
import { recordSignInAttempt, reserveSignInAttempt, throttleKeys } from "./throttle";

export type CredentialCheck = { outcome: "ok"; userId: string } | { outcome: "invalid" } | { outcome: "throttled" };

export async function checkCredentials(
  db: DbClient,
  input: { email: string; password: string; clientAddress: string },
): Promise<CredentialCheck> {
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, input.clientAddress);
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, isActive: true, passwordHash: true },
  });
  if (!(await reserveSignInAttempt(db, keys))) {
    await recordFailure(db, { userId: user?.id ?? null, email, address: input.clientAddress, reason: "throttled" });
    return { outcome: "throttled" };
  }

  const isValid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !isValid || !user.isActive) {
    await recordSignInAttempt(db, keys, false);
    await recordFailure(db, { userId: user?.id ?? null, email, address: input.clientAddress, reason: "invalid" });
    if (user) await noteLockoutIfLocked(db, { userId: user.id, accountKey: keys.account, address: input.clientAddress });
    return { outcome: "invalid" };
  }
  await recordSignInAttempt(db, keys, true);
  return { outcome: "ok", userId: user.id };
}

async function recordFailure(db: DbClient, input: { userId: string | null; email: string; address: string; reason: string }): Promise<void> {
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: null,
      action: "auth.signInFail",
      entityType: "User",
      // An unknown email is recorded as typed: the trail shows what was tried, never a password.
      entityId: input.userId ?? `unknown:${input.email}`,
      after: { address: input.address, reason: input.reason },
    }),
  );
}
