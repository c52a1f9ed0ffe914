// Inputs of the open-data, public-page and single-sign-on features (strict: unknown fields refused).
import { z, idSchema, requiredText, versionSchema } from "./messages";
import { roleSchema } from "./user";

/** Publish or take down an agreement's public page. */
export const publishAgreementSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  published: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type PublishAgreementInput = z.infer<typeof publishAgreementSchema>;

/**
 * An IATI organisation identifier: registration agency (country code + agency) and number, e.g.
 * XM-DAC-41114 or MY-ROC-12345; letters, digits, hyphens, dots and underscores only, because it
 * prefixes every activity identifier.
 */
export const iatiPrefixSchema = z.string().trim().min(4).max(60).regex(/^[A-Z]{2}-[A-Za-z0-9._-]+$/, "openData.settings.prefixFormat");

/** security.txt wants a URI: a mailto:, https: or tel: contact. */
const securityContactSchema = z.string().trim().min(5).max(200).regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+|tel:\+?[0-9 -]+)$/, "openData.settings.contactFormat");

export const openSettingsSchema = z.strictObject({
  iatiOrganisationPrefix: iatiPrefixSchema,
  iatiReportingOrganisationName: requiredText(200),
  securityContact: securityContactSchema,
  ssoSelfRegistration: z
    .enum(["on"])
    .optional()
    .transform((value) => (value === "on" ? "on" : "off")),
});
export type OpenSettingsInput = z.infer<typeof openSettingsSchema>;

/** The agreements ticked for an IATI export (one `agreement` parameter per tick). */
export const iatiExportSchema = z.strictObject({
  agreement: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(idSchema).min(1).max(500)),
});

/** An administrator gives a self-registered account its role (which creates the user). */
export const approveRegistrationSchema = z
  .strictObject({
    id: idSchema,
    role: roleSchema,
    organisationId: z
      .union([idSchema, z.literal("")])
      .optional()
      .transform((value) => (value ? value : null)),
  })
  .superRefine((value, context) => {
    if (value.role === "OFFICER" && !value.organisationId) context.addIssue({ code: "custom", path: ["organisationId"], message: "errors.officerNeedsOrganisation" });
  });
export type ApproveRegistrationInput = z.infer<typeof approveRegistrationSchema>;
