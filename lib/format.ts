// The one place dates and numbers are formatted for people.
import { appTimeZone } from "@/lib/dates";
import { localeTags, type Locale } from "@/lib/i18n/config";

// Building an Intl formatter costs far more than using one, and a dashboard formats hundreds of
// figures per request; formatters are immutable, so each (locale, options) pair is built once per
// process. The options come from code, so the maps stay small.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cachedNumberFormat(localeTags[locale], options);
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedDateTimeFormat(localeTags[locale], options);
}

// The formatters ICU messages use (lib/i18n/translate.ts), from the same caches.
const pluralRules = new Map<string, Intl.PluralRules>();

export function cachedNumberFormat(locales?: string | string[], options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${String(locales)} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function cachedDateTimeFormat(locales?: string | string[], options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${String(locales)} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locales, options);
    dateFormats.set(key, format);
  }
  return format;
}

export function cachedPluralRules(locales?: string | string[], options: Intl.PluralRulesOptions = {}): Intl.PluralRules {
  const key = `${String(locales)} ${JSON.stringify(options)}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(locales, options);
    pluralRules.set(key, rules);
  }
  return rules;
}

/** Calendar dates (stored as @db.Date, i.e. midnight UTC) shown as the same day everywhere. */
export function formatDate(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return "—";
  const date = typeof value === "string" ? new Date(value) : value;
  return dateFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** A calendar date's month and year ("Nov 2026"). */
export function formatMonth(value: Date, locale: Locale): string {
  return dateFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(value);
}

/** A moment in time, shown in the given time zone (meetings keep their own). */
export function formatDateTime(value: Date | null | undefined, locale: Locale, timeZone = appTimeZone()): string {
  if (!value) return "—";
  return dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(value);
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

/** `YYYY-MM-DD` for a calendar date, as date inputs and CSV files expect. */
export function toIsoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}
