// next-auth (Auth.js v5) with email and password. Sessions are JWTs that carry only the user's
// id; who the user is and what they may do is read from the database on every request
// (lib/auth/session.ts), so disabling a user or changing their role takes effect at once.
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { requestClientAddress } from "@/lib/security/client-address";
import { sessionTimeouts } from "./sessions";
import { startSessionFor, startSignedInSession } from "./sign-in-flow";
import { ssoConfig, ssoProviderId } from "./sso/config";
import { matchSsoAccount } from "./sso/match";

// The browser never posts a password here: the sign-in actions check the password and the second
// factor (lib/auth/sign-in-flow.ts) and hand over the token of a passed challenge, which this
// provider spends once to start the session. A token that was not passed starts nothing.
const challengeSchema = z.object({ token: z.string().min(20).max(200) });

const sso = ssoConfig();

/**
 * The organisation's OpenID provider (lib/auth/sso/config.ts). Auth.js runs the code flow with
 * PKCE, state and nonce, checks the ID token and reads the userinfo claims; the account is then matched in the signIn
 * callback below. The provider is trusted for the second factor: a session started through it
 * does not ask for this app's code (README, "Open data, public pages and single sign-on").
 */
const ssoProviders = sso
  ? [
      {
        id: ssoProviderId,
        name: sso.buttonLabel ?? "OpenID Connect",
        type: "oidc" as const,
        issuer: sso.issuer,
        clientId: sso.clientId,
        clientSecret: sso.clientSecret,
        checks: ["pkce" as const, "state" as const, "nonce" as const],
        authorization: { params: { scope: "openid email profile" } },
        // The ID token is checked, then the claims are read from the userinfo endpoint: providers
        // often put email and email_verified there rather than in the ID token.
        idToken: false,
      },
    ]
  : [];

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // The cookie lives as long as the absolute timeout; the session row decides sooner (idle, ended).
  session: { strategy: "jwt", maxAge: Math.ceil(sessionTimeouts().absoluteMs / 1000) },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { token: {} },
      async authorize(credentials, request) {
        const parsed = challengeSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const started = await startSignedInSession(db, {
          token: parsed.data.token,
          userAgent: request.headers.get("user-agent"),
          address: requestClientAddress(request.headers),
        });
        return started ? { id: started.userId, sessionId: started.sessionId } : null;
      },
    }),
    ...ssoProviders,
  ],
  callbacks: {
    /**
     * After the identity provider answered: match the account by verified email and start this
     * app's session (a UserSession row, audited) — or send the person back to the sign-in page
     * with the reason. Auth.js has no database adapter here, so the `user` it hands to the jwt
     * callback is this same object: its id becomes our user's id and the session row's id.
     */
    async signIn({ user, account, profile }) {
      if (account?.provider !== ssoProviderId) return true;
      const requestHeaders = await headers();
      const address = requestClientAddress(requestHeaders);
      const match = await matchSsoAccount(db, {
        issuer: sso?.issuer ?? "",
        subject: String(profile?.sub ?? account.providerAccountId),
        email: typeof profile?.email === "string" ? profile.email : null,
        emailVerified: profile?.email_verified,
        name: typeof profile?.name === "string" ? profile.name : null,
        address,
      });
      if (match.outcome === "refused") return `/login?sso=${match.reason}`;
      const started = await startSessionFor(db, { userId: match.userId, method: "sso", userAgent: requestHeaders.get("user-agent"), address });
      if (!started) return "/login?sso=inactive";
      user.id = started.userId;
      user.sessionId = started.sessionId;
      return true;
    },
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      // Only the ids travel; everything else is loaded fresh by getCurrentUser().
      return { ...session, sessionId: token.sid, user: { id: token.sub ?? "" } } as typeof session;
    },
  },
});
