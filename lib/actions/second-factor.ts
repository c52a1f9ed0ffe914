"use server";
// Each user's own second factor and re-authentication, from the account page. Setting up,
// confirming or removing a second factor is sensitive: it needs a proof of identity from the
// last 10 minutes (lib/auth/reauth.ts), which `reauthenticate` gives.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit";
import { confirmEnrolment, pendingEnrolment, removeSecondFactor } from "@/lib/auth/mfa/enrolment";
import { checkSecondFactor } from "@/lib/auth/mfa/second-factor";
import { requireRecentAuthentication } from "@/lib/auth/reauth";
import { reserveSignInAttempt, throttleKeys } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";
import { requestClientAddress } from "@/lib/security/client-address";
import { tryConsume } from "@/lib/security/rate-limit";
import { confirmSecondFactorSchema, emptySchema, reauthenticateSchema } from "@/lib/schemas/auth";
import { defineAction } from "./define-action";
import { RuleError } from "./errors";

export const reauthenticate = defineAction(reauthenticateSchema, async ({ user, input }) => {
  // Guessing the password here counts like guessing it at sign-in.
  if (!(await reserveSignInAttempt(db, throttleKeys(user.email, requestClientAddress(await headers()))))) throw new RuleError("auth.throttled", "password");
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, mfaSecret: true } });
  if (!(await verifyPassword(account.passwordHash, input.password))) throw new RuleError("account.password.currentWrong", "password");
  if (account.mfaSecret) {
    if (!input.code) throw new RuleError("auth.secondStep.invalidCode", "code");
    const check = await checkSecondFactor(db, { userId: user.id, code: input.code, purpose: "reauthenticate" });
    if (check.outcome === "throttled") throw new RuleError("auth.throttled", "code");
    if (check.outcome === "invalid") throw new RuleError("auth.secondStep.invalidCode", "code");
  }
  await db.$transaction(async (tx) => {
    await tx.userSession.update({ where: { id: user.sessionId }, data: { reauthenticatedAt: new Date() }, select: { id: true } });
    await recordAudit(tx, { actorId: user.id, action: "auth.reauthenticate", entityType: "UserSession", entityId: user.sessionId, after: { withSecondFactor: Boolean(account.mfaSecret) } });
  });
  revalidatePath("/", "layout");
  return { data: undefined };
});

export const startMyEnrolment = defineAction(emptySchema, async ({ user }) => {
  await requireRecentAuthentication(db, user);
  await pendingEnrolment(db, user);
  revalidatePath("/account");
  return { data: undefined };
});

export const confirmMyEnrolment = defineAction(confirmSecondFactorSchema, async ({ user, input }) => {
  await requireRecentAuthentication(db, user);
  if (!(await tryConsume(db, "secondFactor", `user:${user.id}`))) throw new RuleError("auth.throttled", "code");
  const codes = await db.$transaction((tx) => confirmEnrolment(tx, { userId: user.id, code: input.code, actorId: user.id }));
  if (!codes) throw new RuleError("auth.secondStep.invalidCode", "code");
  return { data: { recoveryCodes: codes }, message: "account.mfa.enabled" };
});

export const removeMySecondFactor = defineAction(emptySchema, async ({ user }) => {
  await requireRecentAuthentication(db, user);
  await db.$transaction((tx) => removeSecondFactor(tx, { userId: user.id, actorId: user.id }));
  revalidatePath("/account");
  return { data: undefined, message: "account.mfa.removed" };
});
