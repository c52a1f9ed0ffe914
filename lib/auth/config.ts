// next-auth (Auth.js v5) with email and password. Sessions are JWTs that carry only the user's
// id; who the user is and what they may do is read from the database on every request
// (lib/auth/session.ts), so disabling a user or changing their role takes effect at once.
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { requestClientAddress } from "@/lib/security/client-address";
import { sessionTimeouts } from "./sessions";
import { startSignedInSession } from "./sign-in-flow";

// The browser never posts a password here: the sign-in actions check the password and the second
// factor (lib/auth/sign-in-flow.ts) and hand over the token of a passed challenge, which this
// provider spends once to start the session. A token that was not passed starts nothing.
const challengeSchema = z.object({ token: z.string().min(20).max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // The cookie lives as long as the absolute timeout; the session row decides sooner (idle, ended).
  session: { strategy: "jwt", maxAge: Math.ceil(sessionTimeouts().absoluteMs / 1000) },
  pages: { signIn: "/login" },
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
