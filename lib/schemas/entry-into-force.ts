// Domestic procedures and entry into force: each side's steps, the agreement's rule, and the
// confirmation of the lifecycle's proposal to move to "in force".
import { z, idSchema, optionalText, versionSchema } from "./messages";
import { isoDateSchema } from "./milestone";
import { optionalUpload, sideSchema } from "./agreement-texts";
import { domesticStepKinds, entryIntoForceRules } from "@/lib/agreements/entry-into-force";


export const recordDomesticStepSchema = z.strictObject({
  agreementId: idSchema,
  side: sideSchema,
  kind: z.enum(domesticStepKinds),
  occurredOn: isoDateSchema,
  note: optionalText(2000),
  file: optionalUpload,
});
export type RecordDomesticStepInput = z.infer<typeof recordDomesticStepSchema>;

export const removeDomesticStepSchema = z.strictObject({ id: idSchema, version: versionSchema });

/** A step entered wrongly is corrected in place: what it was, when, and its note (its side and document stay). */
export const correctDomesticStepSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  kind: z.enum(domesticStepKinds),
  occurredOn: isoDateSchema,
  note: optionalText(2000),
});

const emptyAsNull = (value: unknown) => (value === "" || value === undefined ? null : value);

/** The rule, with the date (fixed date) or the period (after the later notification) it needs. */
export const setEntryIntoForceRuleSchema = z
  .strictObject({
    agreementId: idSchema,
    version: versionSchema,
    rule: z.union([z.enum(entryIntoForceRules), z.literal("")]).transform((value) => (value === "" ? null : value)),
    fixedOn: z.preprocess(emptyAsNull, isoDateSchema.nullable()),
    after: z.preprocess(emptyAsNull, z.coerce.number().int().min(1).max(3650).nullable()),
    unit: z.preprocess(emptyAsNull, z.enum(["DAYS", "MONTHS"]).nullable()),
  })
  .superRefine((value, context) => {
    if (value.rule === "FIXED_DATE" && !value.fixedOn) context.addIssue({ code: "custom", path: ["fixedOn"], message: "errors.required" });
    if (value.rule === "AFTER_LATER_NOTIFICATION") {
      if (value.after === null) context.addIssue({ code: "custom", path: ["after"], message: "errors.required" });
      if (value.unit === null) context.addIssue({ code: "custom", path: ["unit"], message: "errors.required" });
    }
  })
  // Only what the chosen rule uses is kept, so a leftover date or period is never stored.
  .transform((value) => ({
    agreementId: value.agreementId,
    version: value.version,
    rule: value.rule,
    fixedOn: value.rule === "FIXED_DATE" ? value.fixedOn : null,
    after: value.rule === "AFTER_LATER_NOTIFICATION" ? value.after : null,
    unit: value.rule === "AFTER_LATER_NOTIFICATION" ? value.unit : null,
  }));
export type SetEntryIntoForceRuleInput = z.infer<typeof setEntryIntoForceRuleSchema>;

export const confirmEntryIntoForceSchema = z.strictObject({ agreementId: idSchema, version: versionSchema });
