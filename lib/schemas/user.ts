import { z, idSchema, requiredText, versionSchema } from "./messages";
import { locales } from "@/lib/i18n/config";

export const roleSchema = z.enum(["ADMIN", "MANAGER", "OFFICER", "WG_MEMBER"]);

const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** Officers act for an organisation, so they must have one. */
function requireOrganisationForOfficers<T extends { role: string; organisationId: string | null }>(value: T, context: z.RefinementCtx) {
  if (value.role === "OFFICER" && !value.organisationId) {
    context.addIssue({ code: "custom", path: ["organisationId"], message: "errors.officerNeedsOrganisation" });
  }
}

/** A chosen record, or none ("" from the select's first option). */
const optionalIdSchema = z
  .union([idSchema, z.literal("")])
  .optional()
  .transform((value) => (value ? value : null));

export const createUserSchema = z
  .strictObject({
    name: requiredText(120),
    email: emailSchema,
    role: roleSchema,
    organisationId: optionalIdSchema,
    /** The person record behind the account: a working-group member's groups come from it. */
    personId: optionalIdSchema,
    password: z.string().min(12).max(256),
  })
  .superRefine(requireOrganisationForOfficers);
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .strictObject({
    id: idSchema,
    version: versionSchema,
    name: requiredText(120),
    role: roleSchema,
    organisationId: optionalIdSchema,
    personId: optionalIdSchema,
    isActive: z.enum(["true", "false"]).transform((value) => value === "true"),
  })
  .superRefine(requireOrganisationForOfficers);
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const setLocaleSchema = z.strictObject({ locale: z.enum(locales) });
export type SetLocaleInput = z.infer<typeof setLocaleSchema>;
