// What the agreement forms send. Parties and witnesses are checkbox groups (a list of ids);
// signatories and related instruments are rows (`signatories[0].personId`); rows left blank are
// dropped by the action.
import { z, idSchema, optionalText, requiredText, versionSchema } from "./messages";
import { findDateProblems } from "@/lib/agreements/expiry";
import { agreementStatuses } from "@/lib/agreements/lifecycle";
import { agreementTypes, relationTypes } from "@/lib/agreements/vocabulary";

export const agreementTypeSchema = z.enum(agreementTypes);
export const sideSchema = z.enum(["MALAYSIA", "CHINA"]);

/** A form field that may be sent once, several times, or not at all. */
export const repeated = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(50));

/** Repeated rows of a form (`rows[0].field`), each a strict object; absent means none. */
export const rowsOf = <T extends z.ZodType>(row: T, max = 50) => z.array(row).max(max).optional().transform((rows) => rows ?? []);

const optionalId = z.union([idSchema, z.literal("")]).optional().transform((value) => value ?? "");
const rowText = (max: number) => z.string().trim().max(max).optional().transform((value) => value ?? "");

const signatoryRow = z.strictObject({
  personId: optionalId,
  organisationId: optionalId,
  titleEn: rowText(200),
  titleMs: rowText(200),
  titleZh: rowText(200),
});

const relationRow = z.strictObject({
  type: z.union([z.enum(relationTypes), z.literal("")]).optional().transform((value) => value ?? ""),
  agreementId: optionalId,
});

/** `YYYY-MM-DD` from a date input; empty means absent. Stored as midnight UTC. */
export const optionalDate = z
  .union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)])
  .nullish()
  .transform((value, context) => {
    if (!value) return null;
    const date = new Date(`${value}T00:00:00.000Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      context.addIssue({ code: "custom", message: "errors.invalidFormat" });
      return z.NEVER;
    }
    return date;
  });

/** A whole number from a form; empty means absent. */
export const optionalCount = (max: number) =>
  z
    .union([z.literal(""), z.coerce.number().int().min(1).max(max)])
    .nullish()
    .transform((value) => (value === "" || value === undefined || value === null ? null : value));

const agreementFields = {
  type: agreementTypeSchema,
  titleEn: requiredText(300),
  titleMs: optionalText(300),
  titleZh: optionalText(300),
  summaryEn: requiredText(5000),
  summaryMs: optionalText(5000),
  summaryZh: optionalText(5000),
  partyIds: repeated(idSchema),
  signatories: rowsOf(signatoryRow),
  /** "" for none, "new" to create one with the newEvent* fields, else an existing event's id. */
  signingEventId: z.union([idSchema, z.literal("")]).nullish().transform((value) => value ?? ""),
  newEventDate: optionalDate,
  newEventPlaceEn: optionalText(200),
  newEventPlaceMs: optionalText(200),
  newEventPlaceZh: optionalText(200),
  newEventWitnessIds: repeated(idSchema),
  signedOn: optionalDate,
  effectiveOn: optionalDate,
  expiresOn: optionalDate,
  durationMonths: optionalCount(1200),
  autoRenewMonths: optionalCount(1200),
  noticeDays: optionalCount(3650),
  relations: rowsOf(relationRow),
};

type AgreementFieldsOutput = z.infer<z.ZodObject<typeof agreementFields>>;

function checkAgreement(value: AgreementFieldsOutput, context: z.RefinementCtx) {
  if (value.partyIds.length === 0) context.addIssue({ code: "custom", path: ["partyIds"], message: "agreements.errors.partiesRequired" });
  if (value.signingEventId === "new") {
    if (!value.newEventDate) context.addIssue({ code: "custom", path: ["newEventDate"], message: "errors.required" });
    if (!value.newEventPlaceEn) context.addIssue({ code: "custom", path: ["newEventPlaceEn"], message: "errors.required" });
  }
  value.signatories.forEach((row, index) => {
    if (row.personId && !row.organisationId) context.addIssue({ code: "custom", path: ["signatories", index, "organisationId"], message: "errors.required" });
  });
  value.relations.forEach((row, index) => {
    if (row.agreementId && !row.type) context.addIssue({ code: "custom", path: ["relations", index, "type"], message: "errors.required" });
  });
  const signedOn = value.signedOn ?? (value.signingEventId === "new" ? value.newEventDate : null);
  for (const problem of findDateProblems({ signedOn, effectiveOn: value.effectiveOn, expiresOn: value.expiresOn })) {
    context.addIssue({ code: "custom", path: [problem.field], message: problem.messageKey });
  }
}

export const createAgreementSchema = z.strictObject(agreementFields).superRefine(checkAgreement);
export type CreateAgreementInput = z.infer<typeof createAgreementSchema>;

export const updateAgreementSchema = z.strictObject({ id: idSchema, version: versionSchema, ...agreementFields }).superRefine(checkAgreement);
export type UpdateAgreementInput = z.infer<typeof updateAgreementSchema>;

export const changeAgreementStatusSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  toStatus: z.enum(agreementStatuses),
  reason: optionalText(1000),
});
export type ChangeAgreementStatusInput = z.infer<typeof changeAgreementStatusSchema>;

export const archiveAgreementSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  archived: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type ArchiveAgreementInput = z.infer<typeof archiveAgreementSchema>;
