// next-auth (Auth.js v5) with email and password. Sessions are JWTs that carry only the user's
// id; who the user is and what they may do is read from the database on every request
// (lib/auth/session.ts), so disabling a user or changing their role takes effect at once.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { requestClientAddress } from "@/lib/security/client-address";
import { checkCredentials } from "./credentials";
import { sessionTimeouts, startSession } from "./sessions";

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

// Not strict: Auth.js adds its own fields (csrfToken, callbackUrl) to what the form posts.
const credentialsSchema = z.object({
  email: z.string().trim().email().max(254),
  password: z.string().min(1).max(256),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // The cookie lives as long as the absolute timeout; the session row decides sooner (idle, ended).
  session: { strategy: "jwt", maxAge: Math.ceil(sessionTimeouts().absoluteMs / 1000) },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await checkCredentials(db, {
          email: parsed.data.email,
          password: parsed.data.password,
          clientAddress: requestClientAddress(request.headers),
        });
        if (result.outcome === "throttled") throw new ThrottledSignIn();
        if (result.outcome === "invalid") return null;
        const sessionId = await startSession(db, { userId: result.userId, userAgent: request.headers.get("user-agent"), address: requestClientAddress(request.headers) });
        return { id: result.userId, sessionId };
      },
    }),
  ],
  callbacks: {
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
