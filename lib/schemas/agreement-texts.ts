// Authentic texts: an agreement's text per language (document and/or clauses), the sides'
// sign-offs of a translation, the prevailing text and the link of a cooperation area to its clause.
import { z, idSchema, optionalText, requiredText, versionSchema } from "./messages";

export const textLanguageSchema = z.enum(["en", "ms", "zh"]);
export const textStandingSchema = z.enum(["AUTHENTIC", "TRANSLATION"]);
export const sideSchema = z.enum(["MALAYSIA", "CHINA"]);

/** A file input left empty still sends an empty File: treat it as absent. */
export const optionalUpload = z
  .instanceof(File)
  .nullish()
  .transform((file) => (file && file.size > 0 ? file : null));

/** "1", "3.2", "12a": what a text numbers its clauses with. */
export const clauseNumberSchema = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[0-9A-Za-z]+([.-][0-9A-Za-z]+)*$/, "agreementTexts.errors.clauseNumber");

export const addAgreementTextSchema = z.strictObject({
  agreementId: idSchema,
  language: textLanguageSchema,
  standing: textStandingSchema,
  file: optionalUpload,
});
export type AddAgreementTextInput = z.infer<typeof addAgreementTextSchema>;

/** A new file replaces the text's document; leaving it empty keeps the one it has. */
export const updateAgreementTextSchema = z.strictObject({ id: idSchema, version: versionSchema, standing: textStandingSchema, file: optionalUpload });
export type UpdateAgreementTextInput = z.infer<typeof updateAgreementTextSchema>;

export const removeAgreementTextSchema = z.strictObject({ id: idSchema, version: versionSchema });

export const signOffAgreementTextSchema = z.strictObject({ id: idSchema, version: versionSchema, side: sideSchema });

const clauseFields = { number: clauseNumberSchema, heading: optionalText(300), body: requiredText(20000) };

export const addClauseSchema = z.strictObject({ textId: idSchema, ...clauseFields });
export const updateClauseSchema = z.strictObject({ id: idSchema, version: versionSchema, ...clauseFields });
export const removeClauseSchema = z.strictObject({ id: idSchema, version: versionSchema });

export const setPrevailingTextSchema = z.strictObject({
  agreementId: idSchema,
  version: versionSchema,
  language: z.union([textLanguageSchema, z.literal("")]).transform((value) => (value === "" ? null : value)),
});

export const linkAreaToClauseSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  clauseNumber: z.union([z.literal(""), clauseNumberSchema]).transform((value) => (value === "" ? null : value)),
});
