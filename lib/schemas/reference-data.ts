// Organisations and people: reference data kept by administrators.
import { z, idSchema, optionalText, requiredText, versionSchema } from "./messages";

export const organisationKinds = ["MINISTRY", "AGENCY", "CORPORATION", "UNIVERSITY", "OTHER"] as const;

const organisationFields = {
  nameEn: requiredText(200),
  nameMs: optionalText(200),
  nameZh: optionalText(200),
  acronym: optionalText(30),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "organisations.errors.country"),
  side: z.enum(["MALAYSIA", "CHINA"]),
  kind: z.enum(organisationKinds),
};

export const createOrganisationSchema = z.strictObject(organisationFields);
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;

export const updateOrganisationSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  ...organisationFields,
  isRetired: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationSchema>;

export const deleteOrganisationSchema = z.strictObject({ id: idSchema, version: versionSchema });
export type DeleteOrganisationInput = z.infer<typeof deleteOrganisationSchema>;

const personFields = {
  name: requiredText(200),
  nameZh: optionalText(200),
  titleEn: optionalText(200),
  titleMs: optionalText(200),
  titleZh: optionalText(200),
  organisationId: z
    .union([idSchema, z.literal("")])
    .nullish()
    .transform((value) => (value ? value : null)),
  side: z
    .union([z.enum(["MALAYSIA", "CHINA"]), z.literal("")])
    .nullish()
    .transform((value) => (value ? value : null)),
  email: z
    .union([z.literal(""), z.string().trim().toLowerCase().max(254).pipe(z.email())])
    .nullish()
    .transform((value) => (value ? value : null)),
};

export const createPersonSchema = z.strictObject(personFields);
export type CreatePersonInput = z.infer<typeof createPersonSchema>;

export const updatePersonSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  ...personFields,
  isRetired: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type UpdatePersonInput = z.infer<typeof updatePersonSchema>;
