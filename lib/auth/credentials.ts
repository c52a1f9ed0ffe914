// Checks an email and password. One answer for an unknown email and a wrong password, with the
// same work done for both, and a throttling slot taken before any password is checked.
import type { DbClient } from "@/lib/prisma-client";
import { verifyAgainstDummy, verifyPassword } from "@/lib/passwords";
import { recordSignInAttempt, reserveSignInAttempt, throttleKeys } from "./throttle";

export type CredentialCheck = { outcome: "ok"; userId: string } | { outcome: "invalid" } | { outcome: "throttled" };

export async function checkCredentials(
  db: DbClient,
  input: { email: string; password: string; clientAddress: string },
): Promise<CredentialCheck> {
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, input.clientAddress);
  if (!(await reserveSignInAttempt(db, keys))) return { outcome: "throttled" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, isActive: true, passwordHash: true },
  });
  const isValid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !isValid || !user.isActive) {
    await recordSignInAttempt(db, keys, false);
    return { outcome: "invalid" };
  }
  await recordSignInAttempt(db, keys, true);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } });
  return { outcome: "ok", userId: user.id };
}
