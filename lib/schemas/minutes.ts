// Agreed minutes: circulating, answering for a side, starting a new revision, and the group's
// choice of approvers. Every minutes action carries the meeting's `version`: an answer is to the
// minutes the approver saw, and a change in between is a conflict, never a silent approval.
import { z, idSchema, requiredText, versionSchema } from "./messages";
import { optionalIdSchema } from "./working-groups";

const sideSchema = z.enum(["MALAYSIA", "CHINA"]);

export const circulateMinutesSchema = z.strictObject({ id: idSchema, version: versionSchema });
export type CirculateMinutesInput = z.infer<typeof circulateMinutesSchema>;

export const approveMinutesSchema = z.strictObject({ id: idSchema, version: versionSchema, side: sideSchema });
export type ApproveMinutesInput = z.infer<typeof approveMinutesSchema>;

/** A change request says what to change: the comment is required. */
export const requestMinutesChangesSchema = z.strictObject({ id: idSchema, version: versionSchema, side: sideSchema, comment: requiredText(4000) });
export type RequestMinutesChangesInput = z.infer<typeof requestMinutesChangesSchema>;

/** Unlocking agreed minutes is deliberate: a second, explicit confirmation. */
export const startMinutesRevisionSchema = z.strictObject({ id: idSchema, version: versionSchema, confirm: z.literal("yes") });
export type StartMinutesRevisionInput = z.infer<typeof startMinutesRevisionSchema>;

/** Each side's approver: a member of the group on that side, or empty for the side's co-chair. */
export const updateMinutesApproversSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  malaysiaApproverId: optionalIdSchema,
  chinaApproverId: optionalIdSchema,
});
export type UpdateMinutesApproversInput = z.infer<typeof updateMinutesApproversSchema>;

/** Whether a decision is shown on the agreement's public page (once the minutes are agreed). */
export const setDecisionPublicSchema = z.strictObject({ id: idSchema, version: versionSchema, decisionId: idSchema, isPublic: z.enum(["yes", "no"]) });
export type SetDecisionPublicInput = z.infer<typeof setDecisionPublicSchema>;
