// Second factors, re-authentication and the sign-in policy: each user acts on their own account
// only; the policy is for administrators.
import { canManageSignInSecurity } from "@/lib/permissions";
import { actionCase, type ActionCase } from "../cases";

export const securityCases: Record<string, ActionCase> = {
  // Keeps the default (administrators and managers), so the matrix changes nothing else's answer.
  updateMfaPolicy: actionCase({
    arrange: async () => ({ input: { requiredRoles: ["ADMIN", "MANAGER"] }, context: null }),
    allowed: (actor) => canManageSignInSecurity(actor),
  }),
  // Shows a new key to set up; nothing takes effect (nor is audited) until a code confirms it.
  startMyEnrolment: actionCase({
    arrange: async () => ({ input: {}, context: null }),
    allowed: (actor) => Boolean(actor.role),
    audited: false,
  }),
  removeMySecondFactor: actionCase({
    arrange: async () => ({ input: {}, context: null }),
    allowed: (actor) => Boolean(actor.role),
  }),
};
