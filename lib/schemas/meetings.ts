import { z, idSchema, optionalText, requiredText, versionSchema } from "./messages";
import { meetingTimeZones } from "@/lib/meetings/time-zone";
import { optionalIdSchema } from "./working-groups";
import { rowsOf } from "./agreement";

const rowText = (max: number) => z.string().trim().max(max).optional().transform((value) => value ?? "");
const optionalRowId = z.union([idSchema, z.literal("")]).optional().transform((value) => value ?? "");

const localDateTime = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
const optionalLocalDateTime = z
  .union([localDateTime, z.literal("")])
  .nullish()
  .transform((value) => (value ? value : null));

const optionalUrl = z
  .union([z.url({ protocol: /^https?$/ }).max(500), z.literal("")])
  .nullish()
  .transform((value) => (value ? value : null));

/** A checkbox group: sent once, several times or not at all. */
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
    /** Agenda rows (`agenda[0].title`); rows without a title are dropped. */
    agenda: rowsOf(z.strictObject({ title: rowText(300), presenterId: optionalRowId }), 30),
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
  /** Minutes per agenda item (`agendaMinutes[0].agendaItemId`, `agendaMinutes[0].minutes`). */
  agendaMinutes: rowsOf(z.strictObject({ agendaItemId: idSchema, minutes: rowText(10000) }), 60),
  /** New decisions (`decisions[0].textEn`…); rows left blank are dropped. */
  decisions: rowsOf(z.strictObject({ textEn: rowText(2000), textMs: rowText(2000), textZh: rowText(2000), agendaItemId: optionalRowId }), 30),
});
export type RecordMinutesInput = z.infer<typeof recordMinutesSchema>;

/** Moving a scheduled meeting: a new start (and end) in a zone; where it happens is unchanged. */
export const moveMeetingSchema = z
  .strictObject({
    id: idSchema,
    version: versionSchema,
    startsAtLocal: localDateTime,
    endsAtLocal: optionalLocalDateTime,
    timeZone: z.enum(meetingTimeZones),
  })
  .superRefine((value, context) => {
    if (value.endsAtLocal && value.endsAtLocal <= value.startsAtLocal) {
      context.addIssue({ code: "custom", path: ["endsAtLocal"], message: "meetings.errors.endsBeforeStart" });
    }
  });
export type MoveMeetingInput = z.infer<typeof moveMeetingSchema>;

export const cancelMeetingSchema = z.strictObject({ id: idSchema, version: versionSchema, confirm: z.literal("yes") });
export type CancelMeetingInput = z.infer<typeof cancelMeetingSchema>;

export { optionalIdSchema };
