import { z, idSchema, optionalText, requiredText, versionSchema } from "./messages";
import { meetingTimeZones } from "@/lib/meetings/time-zone";
import { optionalIdSchema } from "./working-groups";

const localDateTime = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
const optionalLocalDateTime = z
  .union([localDateTime, z.literal("")])
  .nullish()
  .transform((value) => (value ? value : null));

const optionalUrl = z
  .union([z.url({ protocol: /^https?$/ }).max(500), z.literal("")])
  .nullish()
  .transform((value) => (value ? value : null));

/** Form rows arrive as parallel arrays (`agendaTitle`, `agendaPresenterId`); one value is a string. */
const listOf = <T extends z.ZodType>(item: T) => z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(30));

export const scheduleMeetingSchema = z
  .strictObject({
    workingGroupId: idSchema,
    titleEn: requiredText(200),
    titleMs: optionalText(200),
    titleZh: optionalText(200),
    startsAtLocal: localDateTime,
    endsAtLocal: optionalLocalDateTime,
    timeZone: z.enum(meetingTimeZones),
    venue: optionalText(300),
    onlineUrl: optionalUrl,
    agendaTitle: listOf(z.string().trim().max(300)),
    agendaPresenterId: listOf(z.union([idSchema, z.literal("")])),
  })
  .superRefine((value, context) => {
    if (value.endsAtLocal && value.endsAtLocal <= value.startsAtLocal) {
      context.addIssue({ code: "custom", path: ["endsAtLocal"], message: "meetings.errors.endsBeforeStart" });
    }
    if (!value.venue && !value.onlineUrl) context.addIssue({ code: "custom", path: ["venue"], message: "meetings.errors.venueOrUrl" });
  });
export type ScheduleMeetingInput = z.infer<typeof scheduleMeetingSchema>;

/**
 * The secretariat's record of a meeting: who attended, minutes per agenda item, the summary and
 * new decisions. Attendance lists the person ids present; every other member is recorded absent.
 */
export const recordMinutesSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  minutesSummary: optionalText(10000),
  attendedPersonId: listOf(idSchema),
  agendaItemId: listOf(idSchema),
  agendaMinutes: listOf(z.string().trim().max(10000)),
  decisionTextEn: listOf(z.string().trim().max(2000)),
  decisionTextMs: listOf(z.string().trim().max(2000)),
  decisionTextZh: listOf(z.string().trim().max(2000)),
  decisionAgendaItemId: listOf(z.union([idSchema, z.literal("")])),
});
export type RecordMinutesInput = z.infer<typeof recordMinutesSchema>;

export const cancelMeetingSchema = z.strictObject({ id: idSchema, version: versionSchema, confirm: z.literal("yes") });
export type CancelMeetingInput = z.infer<typeof cancelMeetingSchema>;

export { optionalIdSchema };
