"use server";
// Sign-in and sign-out. Checking the password, throttling and the session itself live in
// lib/auth (Auth.js); these actions only carry the form there and its answer back. Signing in is
// public by nature; signing out goes through defineAction, which establishes the user first (as
// requireUser does).
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/lib/auth/config";
import { db } from "@/lib/db";
import { defineAction, definePublicAction } from "./define-action";
import { RuleError } from "./errors";
import { safeNextPath } from "@/lib/auth/next-path";
import { emptySchema, signInSchema } from "@/lib/schemas/auth";

function refusal(code: string | null | undefined): RuleError {
  return new RuleError(code === "throttled" ? "auth.throttled" : "auth.invalidCredentials");
}

export const signInWithPassword = definePublicAction(signInSchema, async ({ input }) => {
  let resultUrl: string;
  try {
    resultUrl = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) throw refusal(error.code);
    if (error instanceof AuthError) throw refusal(null);
    throw error;
  }
  const url = new URL(resultUrl, "http://localhost");
  if (url.searchParams.has("error")) throw refusal(url.searchParams.get("code"));
  return { data: undefined, redirectTo: safeNextPath(input.next) };
});

export const signOutOfAccount = defineAction(emptySchema, async ({ user }) => {
  await db.userSession.updateMany({ where: { id: user.sessionId, endedAt: null }, data: { endedAt: new Date(), endReason: "signedOut" } });
  await signOut({ redirect: false });
  return { data: undefined, redirectTo: "/login" };
});
