// Progress confirmed by both sides: the other side's answer to a progress update on a joint milestone.
import { z, idSchema, requiredText, versionSchema } from "./messages";

/** Where the answer was given, so the page it came from is shown again. */
const fromSchema = z.enum(["milestone", "queue"]).default("milestone");

export const confirmProgressSchema = z.strictObject({
  /** The update's confirmation (one per update put to the other side). */
  id: idSchema,
  /** The confirmation's version the user saw: a stale one is a conflict. */
  version: versionSchema,
  from: fromSchema,
});
export type ConfirmProgressInput = z.infer<typeof confirmProgressSchema>;

export const disputeProgressSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  /** Why the other side disagrees: required, so the reporting side knows what to correct. */
  comment: requiredText(2000),
  from: fromSchema,
});
export type DisputeProgressInput = z.infer<typeof disputeProgressSchema>;
