// What this app adds to Auth.js's session shapes: the id of the server-side session row
// (lib/auth/sessions.ts), carried from sign-in through the JWT to every request.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
  interface Session {
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
