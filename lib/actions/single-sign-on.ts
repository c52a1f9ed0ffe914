"use server";
// Starts sign-in through the organisation's OpenID provider: Auth.js sets its state, PKCE and
// nonce cookies and answers with the provider's authorization address, where the browser goes.
// Public on purpose, like password sign-in: it is for people without a session, it reads and
// changes nothing of the application's, and who the person is is decided by the provider's answer
// (lib/auth/sso), not here.
import { signIn } from "@/lib/auth/config";
import { safeNextPath } from "@/lib/auth/next-path";
import { ssoConfig, ssoProviderId } from "@/lib/auth/sso/config";
import { finishSignInSchema } from "@/lib/schemas/auth";
import { definePublicAction } from "./define-action";
import { RuleError } from "./errors";

export const signInWithSso = definePublicAction(finishSignInSchema, async ({ input }) => {
  if (!ssoConfig()) throw new RuleError("singleSignOn.refused.failed");
  const authorizationUrl = await signIn(ssoProviderId, { redirect: false, redirectTo: safeNextPath(input.next) });
  return { data: undefined, redirectTo: authorizationUrl };
});
