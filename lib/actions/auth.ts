"use server";
// Sign-in and sign-out. The password step and the second step live in lib/auth (sign-in-flow,
// mfa/*); these actions carry the forms there and their answers back. Between the two steps the
// browser holds only a challenge cookie, never a session. Signing in is public by nature;
// signing out goes through defineAction, which establishes the user first (as requireUser does).
import { AuthError, CredentialsSignin } from "next-auth";
import { cookies, headers } from "next/headers";
import { signIn, signOut } from "@/lib/auth/config";
import { ssoConfig } from "@/lib/auth/sso/config";
import { providerLogoutUrl } from "@/lib/auth/sso/logout";
import { mailConfig } from "@/lib/jobs/mail-config";
import { challengeCookie, challengeLifetimeMs, openChallenge, passChallenge } from "@/lib/auth/mfa/challenge";
import { confirmEnrolment } from "@/lib/auth/mfa/enrolment";
import { checkSecondFactor } from "@/lib/auth/mfa/second-factor";
import { passwordStep } from "@/lib/auth/sign-in-flow";
import { db } from "@/lib/db";
import { requestClientAddress } from "@/lib/security/client-address";
import { tryConsume } from "@/lib/security/rate-limit";
import { defineAction, definePublicAction } from "./define-action";
import { RuleError } from "./errors";
import { safeNextPath } from "@/lib/auth/next-path";
import { isPasswordSignInEnabled } from "@/lib/auth/sso/config";
import { confirmSecondFactorSchema, emptySchema, finishSignInSchema, secondStepSchema, signInSchema } from "@/lib/schemas/auth";

function refusal(code: string | null | undefined): RuleError {
  return new RuleError(code === "throttled" ? "auth.throttled" : "auth.invalidCredentials");
}

function withNext(path: string, next: string | undefined): string {
  const target = safeNextPath(next);
  return target === "/" ? path : `${path}?next=${encodeURIComponent(target)}`;
}

/** Spends a passed challenge through Auth.js, which starts the session and sets its cookie. */
async function startSession(token: string): Promise<void> {
  let resultUrl: string;
  try {
    resultUrl = await signIn("credentials", { token, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin || error instanceof AuthError) throw new RuleError("auth.secondStep.expired");
    throw error;
  }
  if (new URL(resultUrl, "http://localhost").searchParams.has("error")) throw new RuleError("auth.secondStep.expired");
}

async function challengeToken(): Promise<string | undefined> {
  return (await cookies()).get(challengeCookie)?.value;
}

export const signInWithPassword = definePublicAction(signInSchema, async ({ input }) => {
  // A deployment that signs in only through its identity provider (PASSWORD_SIGN_IN=off).
  if (!isPasswordSignInEnabled()) throw new RuleError("singleSignOn.passwordOff");
  const result = await passwordStep(db, { email: input.email, password: input.password, clientAddress: requestClientAddress(await headers()) });
  if (result.outcome !== "ok") throw refusal(result.outcome);
  if (result.step === "NONE") {
    await startSession(result.token);
    return { data: undefined, redirectTo: safeNextPath(input.next) };
  }
  (await cookies()).set(challengeCookie, result.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.AUTH_URL?.startsWith("https:") === true,
    path: "/",
    maxAge: challengeLifetimeMs / 1000,
  });
  return { data: undefined, redirectTo: withNext(result.step === "VERIFY" ? "/login/verify" : "/login/enrol", input.next) };
});

/** The second step: a code from the app or a recovery code, throttled per account. */
export const verifySignInCode = definePublicAction(secondStepSchema, async ({ input }) => {
  const token = await challengeToken();
  const challenge = await openChallenge(db, token);
  if (!token || !challenge || challenge.step !== "VERIFY" || !challenge.user.isActive) throw new RuleError("auth.secondStep.expired");
  const check = await checkSecondFactor(db, { userId: challenge.user.id, code: input.code, purpose: "signIn" });
  if (check.outcome === "throttled") throw new RuleError("auth.throttled", "code");
  if (check.outcome === "invalid") throw new RuleError("auth.secondStep.invalidCode", "code");
  await passChallenge(db, { id: challenge.id, method: check.method });
  await startSession(token);
  (await cookies()).delete(challengeCookie);
  return { data: undefined, redirectTo: safeNextPath(input.next) };
});

/** Enrolment the role requires, right after the password step: confirms the app's first code and returns the recovery codes. */
export const confirmSignInEnrolment = definePublicAction(confirmSecondFactorSchema, async ({ input }) => {
  const challenge = await openChallenge(db, await challengeToken());
  if (!challenge || challenge.step !== "ENROL" || !challenge.user.isActive) throw new RuleError("auth.secondStep.expired");
  if (!(await tryConsume(db, "secondFactor", `user:${challenge.user.id}`))) throw new RuleError("auth.throttled", "code");
  const codes = await db.$transaction((tx) => confirmEnrolment(tx, { userId: challenge.user.id, code: input.code, actorId: challenge.user.id }));
  if (!codes) throw new RuleError("auth.secondStep.invalidCode", "code");
  await passChallenge(db, { id: challenge.id, method: "enrolled" });
  return { data: { recoveryCodes: codes } };
});

/** After the recovery codes were shown: the passed challenge starts the session. */
export const finishSignIn = definePublicAction(finishSignInSchema, async ({ input }) => {
  const token = await challengeToken();
  if (!token) throw new RuleError("auth.secondStep.expired");
  await startSession(token);
  (await cookies()).delete(challengeCookie);
  return { data: undefined, redirectTo: safeNextPath(input.next) };
});

export const signOutOfAccount = defineAction(emptySchema, async ({ user }) => {
  const session = await db.userSession.findUnique({ where: { id: user.sessionId }, select: { method: true } });
  await db.userSession.updateMany({ where: { id: user.sessionId, endedAt: null }, data: { endedAt: new Date(), endReason: "signedOut" } });
  await signOut({ redirect: false });
  // A session that began at the identity provider ends there too (lib/auth/sso/logout.ts).
  const sso = session?.method === "sso" ? ssoConfig() : null;
  const atProvider = sso ? await providerLogoutUrl(sso, `${mailConfig().appUrl}/login`) : null;
  return { data: undefined, redirectTo: atProvider ?? "/login" };
});
