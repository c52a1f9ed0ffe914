// What a notification carries so it can be written in any reader's language later (the inbox,
// a mail, a digest): titles in every language they were recorded in, and plain values.
import { z } from "zod";

const localizedTextSchema = z.object({ en: z.string(), ms: z.string().nullish(), zh: z.string().nullish() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const notificationParamsSchema = z.object({
  title: localizedTextSchema.optional(),
  actor: z.string().optional(),
  /** A calendar date, `YYYY-MM-DD`. */
  date: z.string().optional(),
  /** A moment (meetings), ISO 8601, with the zone it was scheduled in. */
  startsAt: z.string().optional(),
  timeZone: z.string().optional(),
  /** A meeting's invitation sequence at the time of the change. */
  sequence: z.number().optional(),
  days: z.number().optional(),
  status: z.string().optional(),
  excerpt: z.string().optional(),
  counts: z.record(z.string(), z.number()).optional(),
  /** Digests: the first records of each group they count, to name and link them. */
  records: z.array(z.object({ group: z.string(), type: z.string(), id: z.string(), title: localizedTextSchema })).optional(),
  /** Security notices: where and on what a sign-in happened. */
  address: z.string().optional(),
  device: z.string().optional(),
});
export type NotificationParams = z.infer<typeof notificationParamsSchema>;

export function localizedTitle(record: { titleEn: string; titleMs?: string | null; titleZh?: string | null }): LocalizedText {
  return { en: record.titleEn, ms: record.titleMs ?? null, zh: record.titleZh ?? null };
}

/** Stored params, read back defensively: a row written by an older version still renders. */
export function readParams(value: unknown): NotificationParams {
  const parsed = notificationParamsSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}
