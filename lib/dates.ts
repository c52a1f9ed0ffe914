// The one "today" and the calendar-date arithmetic shared by the rules (formatting for people is
// lib/format.ts). Calendar dates are stored as @db.Date, i.e. midnight UTC of the day, and every
// calendar day taken from the clock is taken in ONE application time zone: APP_TIME_ZONE,
// by default Asia/Kuala_Lumpur (Malaysia and China are both UTC+8, so at 07:00 in Putrajaya it
// is already "today" there while UTC is still on yesterday). SQL never asks the database for its
// own current_date: queries receive today() as a parameter.

export const dayMs = 86_400_000;
export const defaultAppTimeZone = "Asia/Kuala_Lumpur";

/** The application's time zone (APP_TIME_ZONE), checked once: an unknown zone fails loudly. */
export function appTimeZone(): string {
  const zone = process.env.APP_TIME_ZONE?.trim() || defaultAppTimeZone;
  dayFormatter(zone);
  return zone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for a zone the runtime does not know.
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date a moment falls on in a time zone, as midnight UTC of that date. */
export function calendarDayIn(moment: Date, timeZone: string): Date {
  return new Date(`${dayFormatter(timeZone).format(moment)}T00:00:00Z`);
}

/** Today's calendar date in the application's time zone, as midnight UTC of that date. */
export function today(now: Date = new Date()): Date {
  return calendarDayIn(now, appTimeZone());
}

/** A calendar date as YYYY-MM-DD (the form date inputs, file names and SQL parameters use). */
export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** today() as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return isoDay(today(now));
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * dayMs);
}

/** Whether a date is a calendar date (midnight UTC), as today() and @db.Date columns give. */
export function isCalendarDay(value: Date): boolean {
  return value.getTime() % dayMs === 0;
}

/**
 * Guards the rules against being handed a moment instead of a calendar day: taking the UTC day of
 * `new Date()` is exactly the second "today" this module exists to prevent.
 */
export function assertCalendarDay(value: Date, what = "today"): Date {
  if (!isCalendarDay(value)) throw new Error(`${what} must be a calendar day (midnight UTC, e.g. from today()), got ${value.toISOString()}`);
  return value;
}
