// The one place dates and numbers are formatted for people.
import { localeTags, type Locale } from "@/lib/i18n/config";

/** Calendar dates (stored as @db.Date, i.e. midnight UTC) shown as the same day everywhere. */
export function formatDate(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return "—";
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** A moment in time, shown in the given time zone (meetings keep their own). */
export function formatDateTime(value: Date | null | undefined, locale: Locale, timeZone = "Asia/Kuala_Lumpur"): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium", timeStyle: "short", timeZone }).format(value);
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeTags[locale], options).format(value);
}

/** `YYYY-MM-DD` for a calendar date, as date inputs and CSV files expect. */
export function toIsoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}
