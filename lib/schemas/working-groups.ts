import { z, idSchema, optionalText, requiredText, versionSchema } from "./messages";

/** `YYYY-MM-DD` from a date input → midnight UTC, as @db.Date columns hold it. */
export const dateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((value) => new Date(`${value}T00:00:00.000Z`))
  .refine((value) => !Number.isNaN(value.getTime()), "errors.invalidFormat");

export const optionalDateSchema = z
  .union([dateSchema, z.literal("")])
  .nullish()
  .transform((value) => (value instanceof Date ? value : null));

/** An optional id from a select whose empty option means "none". */
export const optionalIdSchema = z
  .union([idSchema, z.literal("")])
  .nullish()
  .transform((value) => (value ? value : null));

const groupFields = {
  nameEn: requiredText(200),
  nameMs: optionalText(200),
  nameZh: optionalText(200),
  termsOfReferenceEn: optionalText(5000),
  termsOfReferenceMs: optionalText(5000),
  termsOfReferenceZh: optionalText(5000),
  establishedOn: optionalDateSchema,
};

export const createWorkingGroupSchema = z.strictObject({ agreementId: idSchema, ...groupFields });
export type CreateWorkingGroupInput = z.infer<typeof createWorkingGroupSchema>;

export const updateWorkingGroupSchema = z.strictObject({ id: idSchema, version: versionSchema, ...groupFields });
export type UpdateWorkingGroupInput = z.infer<typeof updateWorkingGroupSchema>;

export const workingGroupRoleSchema = z.enum(["CO_CHAIR", "MEMBER", "SECRETARIAT"]);

function endsAfterStart(value: { startsOn: Date | null; endsOn: Date | null }, context: z.RefinementCtx) {
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
    context.addIssue({ code: "custom", path: ["endsOn"], message: "workingGroups.errors.endsBeforeStart" });
  }
}

export const addMemberSchema = z
  .strictObject({ workingGroupId: idSchema, personId: idSchema, role: workingGroupRoleSchema, startsOn: optionalDateSchema, endsOn: optionalDateSchema })
  .superRefine(endsAfterStart);
export type AddMemberInput = z.infer<typeof addMemberSchema>;

export const updateMemberSchema = z
  .strictObject({ id: idSchema, version: versionSchema, role: workingGroupRoleSchema, startsOn: optionalDateSchema, endsOn: optionalDateSchema })
  .superRefine(endsAfterStart);
export type UpdateMemberInput = z.infer<typeof updateMemberSchema>;

export const removeMemberSchema = z.strictObject({ id: idSchema, version: versionSchema, confirm: z.literal("yes") });
export type RemoveMemberInput = z.infer<typeof removeMemberSchema>;

/** Pairs a member with their opposite number on the other side; an empty counterpart clears the pair. */
export const setCounterpartSchema = z.strictObject({ memberId: idSchema, counterpartMemberId: optionalIdSchema });
export type SetCounterpartInput = z.infer<typeof setCounterpartSchema>;
