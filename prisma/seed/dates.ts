// Date helpers for the seed. Every date is a UTC midnight (`@db.Date` columns keep only the day),
// and example dates are clamped so none falls before the earliest demo date or after "today".

const DAY_MS = 24 * 60 * 60 * 1000;

/** The earliest date any example record may carry. */
export const EARLIEST_EXAMPLE_DATE = day("2025-05-01");

/** A calendar day from `YYYY-MM-DD`, as UTC midnight. */
export function day(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Adds calendar months, keeping the day of the month where it exists (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDayOfTargetMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDayOfTargetMonth)));
}

export function maxDate(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((date) => date.getTime())));
}

export function minDate(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((date) => date.getTime())));
}

/** Clamps a date into [EARLIEST_EXAMPLE_DATE, today]. */
export function clampToPast(date: Date, today: Date): Date {
  return maxDate(EARLIEST_EXAMPLE_DATE, minDate(date, today));
}

/** Moves a Saturday or Sunday back to the Friday before (reports are filed on working days). */
export function toWorkingDay(date: Date): Date {
  const weekday = date.getUTCDay();
  if (weekday === 6) return addDays(date, -1);
  if (weekday === 0) return addDays(date, -2);
  return date;
}

/** An instant on a calendar day at a local wall-clock time in a zone with a fixed UTC offset. */
export function atLocalTime(date: Date, hours: number, minutes: number, utcOffsetHours: number): Date {
  return new Date(date.getTime() + ((hours - utcOffsetHours) * 60 + minutes) * 60 * 1000);
}
