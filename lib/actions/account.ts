"use server";
// What every signed-in user may do to their own account: end their sessions (one, or all but this
// one) and change their password. A password change needs the current password, ends every
// other session and this one too (the user signs in again with the new password).
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { passwordProblem } from "@/lib/auth/password-policy";
import { endSessionsOf } from "@/lib/auth/sessions";
import { reserveSignInAttempt, throttleKeys } from "@/lib/auth/throttle";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { requestClientAddress } from "@/lib/security/client-address";
import { requireRecentAuthentication } from "@/lib/auth/reauth";
import { changePasswordSchema, emptySchema, endSessionSchema } from "@/lib/schemas/auth";
import { headers } from "next/headers";
import { defineAction } from "./define-action";
import { NotFoundError, RuleError } from "./errors";

export const endMySession = defineAction(endSessionSchema, async ({ user, input }) => {
  await db.$transaction(async (tx) => {
    const ended = await tx.userSession.updateMany({
      where: { id: input.sessionId, userId: user.id, endedAt: null },
      data: { endedAt: new Date(), endReason: "endedByUser" },
    });
    if (ended.count === 0) throw new NotFoundError();
    await recordAudit(tx, { actorId: user.id, action: "session.end", entityType: "UserSession", entityId: input.sessionId, after: { endReason: "endedByUser" } });
  });
  revalidatePath("/account");
  return { data: undefined, message: "account.sessions.ended", redirectTo: input.sessionId === user.sessionId ? "/login" : undefined };
});

export const endMyOtherSessions = defineAction(emptySchema, async ({ user }) => {
  const count = await db.$transaction(async (tx) => {
    const ended = await endSessionsOf(tx, { userId: user.id, reason: "endedByUser", keep: user.sessionId });
    await recordAudit(tx, { actorId: user.id, action: "session.endOthers", entityType: "User", entityId: user.id, after: { ended } });
    return ended;
  });
  revalidatePath("/account");
  return { data: { count }, message: "account.sessions.endedOthers" };
});

export const changeMyPassword = defineAction(changePasswordSchema, async ({ user, input }) => {
  await requireRecentAuthentication(db, user);
  // Guessing the current password here counts like guessing it at sign-in.
  const keys = throttleKeys(user.email, requestClientAddress(await headers()));
  if (!(await reserveSignInAttempt(db, keys))) throw new RuleError("auth.throttled", "currentPassword");
  const account = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) throw new RuleError("account.password.currentWrong", "currentPassword");
  const problem = passwordProblem(input.newPassword, { email: user.email });
  if (problem) throw new RuleError(problem, "newPassword");
  if (input.newPassword === input.currentPassword) throw new RuleError("account.password.unchanged", "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, version: { increment: 1 }, updatedById: user.id }, select: { id: true } });
    const ended = await endSessionsOf(tx, { userId: user.id, reason: "passwordChanged" });
    await recordAudit(tx, { actorId: user.id, action: "user.changePassword", entityType: "User", entityId: user.id, after: { sessionsEnded: ended } });
  });
  return { data: undefined, redirectTo: "/login?notice=passwordChanged" };
});
