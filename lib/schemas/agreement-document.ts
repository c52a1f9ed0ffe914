import { z, idSchema, requiredText } from "./messages";

/** A file input left empty still sends an empty File: treat it as absent. */
const optionalFile = z
  .instanceof(File)
  .nullish()
  .transform((file) => (file && file.size > 0 ? file : null));

export const addAgreementDocumentSchema = z
  .strictObject({
    agreementId: idSchema,
    title: requiredText(200),
    url: z
      .union([z.literal(""), z.url({ protocol: /^https?$/ }).max(2000)])
      .nullish()
      .transform((value) => (value ? value : null)),
    file: optionalFile,
  })
  .superRefine((value, context) => {
    if (!value.file && !value.url) context.addIssue({ code: "custom", path: ["file"], message: "agreements.errors.fileOrUrl" });
    if (value.file && value.url) context.addIssue({ code: "custom", path: ["url"], message: "agreements.errors.fileOrUrlNotBoth" });
  });
export type AddAgreementDocumentInput = z.infer<typeof addAgreementDocumentSchema>;

export const removeAgreementDocumentSchema = z.strictObject({ id: idSchema });
export type RemoveAgreementDocumentInput = z.infer<typeof removeAgreementDocumentSchema>;
