// Milestone plans: what officers type into the milestone form (and import files reuse).
import { z, idSchema, optionalText, requiredText, versionSchema } from "./messages";

/** A calendar date as `YYYY-MM-DD`, held as midnight UTC like the database's @db.Date. */
export const isoDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((value, context) => {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      context.addIssue({ code: "custom", message: "errors.invalidFormat" });
      return z.NEVER;
    }
    return date;
  });

const optionalDecimal = z
  .union([z.literal(""), z.coerce.number().min(-1e12).max(1e12)])
  .nullish()
  .transform((value) => (value === "" || value === undefined || value === null ? null : value));

export const ownerSideSchema = z.enum(["MALAYSIA", "CHINA", "JOINT"]);

const optionalId = z
  .union([idSchema, z.literal("")])
  .nullish()
  .transform((value) => (value ? value : null));

const milestoneFields = {
  cooperationAreaId: idSchema,
  titleEn: requiredText(200),
  titleMs: optionalText(200),
  titleZh: optionalText(200),
  descriptionEn: requiredText(4000),
  descriptionMs: optionalText(4000),
  descriptionZh: optionalText(4000),
  ownerOrganisationId: idSchema,
  ownerSide: ownerSideSchema,
  responsibleUserId: optionalId,
  startOn: isoDateSchema,
  targetOn: isoDateSchema,
  weight: z.coerce.number().int().min(1).max(10),
  indicatorUnit: optionalText(60),
  indicatorBaseline: optionalDecimal,
  indicatorTarget: optionalDecimal,
};

type PlanShape = {
  startOn: Date;
  targetOn: Date;
  indicatorUnit: string | null;
  indicatorBaseline: number | null;
  indicatorTarget: number | null;
};

/** Target after start; an indicator is all three of unit, baseline and target, or none of them. */
export function checkPlan(value: PlanShape, context: z.RefinementCtx) {
  if (value.targetOn <= value.startOn) context.addIssue({ code: "custom", path: ["targetOn"], message: "milestones.errors.targetBeforeStart" });
  const parts = [value.indicatorUnit, value.indicatorBaseline, value.indicatorTarget];
  const given = parts.filter((part) => part !== null).length;
  if (given > 0 && given < 3) {
    for (const [index, field] of (["indicatorUnit", "indicatorBaseline", "indicatorTarget"] as const).entries()) {
      if (parts[index] === null) context.addIssue({ code: "custom", path: [field], message: "milestones.errors.indicatorIncomplete" });
    }
  }
  if (given === 3 && value.indicatorBaseline === value.indicatorTarget) {
    context.addIssue({ code: "custom", path: ["indicatorTarget"], message: "milestones.errors.indicatorFlat" });
  }
}

export const createMilestoneSchema = z.strictObject(milestoneFields).superRefine(checkPlan);
export type CreateMilestoneInput = z.infer<typeof createMilestoneSchema>;

export const updateMilestoneSchema = z
  .strictObject({ ...milestoneFields, id: idSchema, version: versionSchema })
  .superRefine(checkPlan);
export type UpdateMilestoneInput = z.infer<typeof updateMilestoneSchema>;

/** Destructive steps must be confirmed explicitly: the form sends `confirm=yes` only from its second step. */
const confirmed = z.literal("yes", { message: "milestones.errors.confirmRequired" });

export const cancelMilestoneSchema = z.strictObject({ id: idSchema, version: versionSchema, reason: requiredText(1000), confirm: confirmed });
export type CancelMilestoneInput = z.infer<typeof cancelMilestoneSchema>;

export const deleteMilestoneSchema = z.strictObject({ id: idSchema, version: versionSchema, confirm: confirmed });
export type DeleteMilestoneInput = z.infer<typeof deleteMilestoneSchema>;

export const moveMilestoneSchema = z.strictObject({ id: idSchema, version: versionSchema, direction: z.enum(["up", "down"]) });
export type MoveMilestoneInput = z.infer<typeof moveMilestoneSchema>;
