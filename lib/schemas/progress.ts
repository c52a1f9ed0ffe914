// Progress updates: what an officer reports against a milestone.
import { z, idSchema, optionalText, requiredText } from "./messages";
import { isoDateSchema } from "./milestone";

export const progressStatusSchema = z.enum(["ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETED"]);

const optionalNumber = (schema: z.ZodType<number, unknown>) =>
  z
    .union([z.literal(""), schema])
    .nullish()
    .transform((value) => (value === "" || value === undefined || value === null ? null : value));

/** Evidence links, one per line; blank lines are ignored. */
const evidenceLinks = z
  .string()
  .max(5000)
  .nullish()
  .transform((value) => (value ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
  .pipe(z.array(z.url({ protocol: /^https?$/ }).max(2000)).max(10));

/** Files from a file input; an input left empty still sends one empty file (browsers and Next name it differently), so empty files are dropped. */
const evidenceFiles = z
  .union([z.instanceof(File), z.array(z.instanceof(File))])
  .nullish()
  .transform((value) => (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((file) => file.size > 0))
  .pipe(z.array(z.instanceof(File)).max(5));

export const logProgressSchema = z.strictObject({
  milestoneId: idSchema,
  reportedOn: isoDateSchema,
  percentComplete: optionalNumber(z.coerce.number().int().min(0).max(100)),
  indicatorActual: optionalNumber(z.coerce.number().min(-1e12).max(1e12)),
  status: progressStatusSchema,
  narrative: requiredText(4000),
  blockers: optionalText(2000),
  correctsUpdateId: z
    .union([idSchema, z.literal("")])
    .nullish()
    .transform((value) => (value ? value : null)),
  confirmBackwards: z
    .enum(["on", "true", ""])
    .nullish()
    .transform((value) => value === "on" || value === "true"),
  evidenceLinks,
  evidenceFiles,
});
export type LogProgressInput = z.infer<typeof logProgressSchema>;
