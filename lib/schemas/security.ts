import { z } from "./messages";

const roleSchema = z.enum(["ADMIN", "MANAGER", "OFFICER", "WG_MEMBER"]);

/** The roles that must sign in with a second factor (a checkbox group: none ticked sends nothing). */
export const mfaPolicySchema = z.strictObject({
  requiredRoles: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(roleSchema).max(4)),
});
export type MfaPolicyInput = z.infer<typeof mfaPolicySchema>;

/** Filters of the security-events list and its export, from the URL. */
export const securityEventFilterSchema = z.object({
  kind: z.string().max(40).optional().catch(undefined),
  user: z.string().trim().max(254).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
});
export type SecurityEventFilter = z.infer<typeof securityEventFilterSchema>;
