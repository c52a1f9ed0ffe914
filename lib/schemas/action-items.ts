import { z, idSchema, optionalText, requiredText, versionSchema } from "./messages";
import { actionItemStatuses } from "@/lib/action-items/status-machine";
import { dateSchema, optionalIdSchema } from "./working-groups";

export const prioritySchema = z.enum(["LOW", "MEDIUM", "HIGH"]);

/** What a coordinator writes about an item, when raising it and when correcting it later. */
const itemFields = {
  titleEn: requiredText(300),
  titleMs: optionalText(300),
  titleZh: optionalText(300),
  descriptionEn: optionalText(5000),
  descriptionMs: optionalText(5000),
  descriptionZh: optionalText(5000),
  malaysiaOwnerId: optionalIdSchema,
  chinaOwnerId: optionalIdSchema,
  dueOn: dateSchema,
  priority: prioritySchema,
  cooperationAreaId: optionalIdSchema,
  milestoneId: optionalIdSchema,
};

function requireAnOwner(value: { malaysiaOwnerId: string | null; chinaOwnerId: string | null }, context: z.RefinementCtx) {
  if (!value.malaysiaOwnerId && !value.chinaOwnerId) {
    context.addIssue({ code: "custom", path: ["malaysiaOwnerId"], message: "actionItems.errors.ownerRequired" });
  }
}

export const createActionItemSchema = z
  .strictObject({ workingGroupId: idSchema, meetingId: optionalIdSchema, decisionId: optionalIdSchema, ...itemFields })
  .superRefine(requireAnOwner);
export type CreateActionItemInput = z.infer<typeof createActionItemSchema>;

/** The meeting and decision an item came from are its origin, and the status has its own machine: neither is edited here. */
export const updateActionItemSchema = z.strictObject({ id: idSchema, version: versionSchema, ...itemFields }).superRefine(requireAnOwner);
export type UpdateActionItemInput = z.infer<typeof updateActionItemSchema>;

export const transitionActionItemSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  to: z.enum(actionItemStatuses),
  comment: optionalText(4000),
  /**
   * The page the move was made from (an item or the queue, with its filters), to go back to it
   * with the success notice: the button that was pressed is gone from the refreshed page.
   */
  returnTo: z
    .string()
    .max(500)
    .regex(/^\/action-items(\/[A-Za-z0-9_-]+)?(\?[A-Za-z0-9_=&%.+-]*)?$/)
    .optional(),
});
export type TransitionActionItemInput = z.infer<typeof transitionActionItemSchema>;

export const commentActionItemSchema = z.strictObject({ id: idSchema, body: requiredText(4000) });
export type CommentActionItemInput = z.infer<typeof commentActionItemSchema>;

/** The review queue's filters, all from the URL; anything unknown is ignored rather than refused. */
export const dueWindows = ["overdue", "week", "month", "later"] as const;
export const queueScopes = ["mine", "review", "all"] as const;
export const actionItemFilterSchema = z.object({
  scope: z.enum(queueScopes).optional().catch(undefined),
  group: idSchema.optional().catch(undefined),
  meeting: idSchema.optional().catch(undefined),
  side: z.enum(["MALAYSIA", "CHINA", "JOINT"]).optional().catch(undefined),
  status: z.enum([...actionItemStatuses, "open", "any"]).optional().catch(undefined),
  owner: idSchema.optional().catch(undefined),
  due: z.enum(dueWindows).optional().catch(undefined),
});
export type ActionItemFilters = z.infer<typeof actionItemFilterSchema>;
