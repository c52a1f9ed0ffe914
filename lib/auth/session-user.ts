// The signed-in user as every permission rule and data function sees it. Loaded from the
// database on every request (lib/auth/session.ts), never trusted from the session cookie alone.
import type { Locale } from "@/lib/i18n/config";

export type Role = "ADMIN" | "MANAGER" | "OFFICER" | "WG_MEMBER";
export type Side = "MALAYSIA" | "CHINA";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: Locale;
  organisationId: string | null;
  /** In the user's own language. */
  organisationName: string | null;
  /** The side of the user's organisation, when they have one. */
  side: Side | null;
  /** The person record behind a working-group member's account. */
  personId: string | null;
  /** The server-side session of this request (lib/auth/sessions.ts). */
  sessionId: string;
}
