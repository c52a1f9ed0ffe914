// "Expiring soon" is computed, never stored: inside the notice period before the expiry date,
// or inside 90 days when the instrument states no notice period. The agreements list filter uses
// the same rule in SQL (lib/data/agreements.ts, `expiringSoonCondition`).
import { assertCalendarDay, dayMs, today as appToday } from "@/lib/dates";
export const defaultExpiryWarningDays = 90;


export function warningDays(noticeDays: number | null): number {
  return noticeDays && noticeDays > 0 ? noticeDays : defaultExpiryWarningDays;
}

/** Only instruments that are (or are about to be) in force can be expiring. */
const liveStatuses = new Set(["SIGNED", "IN_FORCE"]);

export function isExpiringSoon(
  agreement: { status: string; expiresOn: Date | null; noticeDays: number | null; archivedAt?: Date | null },
  today: Date = appToday(),
): boolean {
  if (!agreement.expiresOn || !liveStatuses.has(agreement.status) || agreement.archivedAt) return false;
  const day = assertCalendarDay(today).getTime();
  const expires = agreement.expiresOn.getTime();
  if (expires < day) return false;
  return expires - day <= warningDays(agreement.noticeDays) * dayMs;
}

/** Days left until expiry (0 on the day itself), for the badge text. */
export function daysUntil(date: Date, today: Date = appToday()): number {
  return Math.round((date.getTime() - assertCalendarDay(today).getTime()) / dayMs);
}

/** Expiry from the effective (or signing) date plus a duration in months, when no expiry is given. */
export function expiryFromDuration(start: Date | null, durationMonths: number | null): Date | null {
  if (!start || !durationMonths) return null;
  const result = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + durationMonths, start.getUTCDate()));
  // Months are shorter than the start day sometimes (31 Jan + 1 month): clamp to the month's end.
  if (result.getUTCDate() !== start.getUTCDate()) result.setUTCDate(0);
  return result;
}

export type DateProblem = { field: "effectiveOn" | "expiresOn"; messageKey: string };

/** Dates that contradict each other, each reported at the later field. */
export function findDateProblems(dates: { signedOn: Date | null; effectiveOn: Date | null; expiresOn: Date | null }): DateProblem[] {
  const problems: DateProblem[] = [];
  const { signedOn, effectiveOn, expiresOn } = dates;
  if (signedOn && effectiveOn && effectiveOn < signedOn) problems.push({ field: "effectiveOn", messageKey: "agreements.errors.effectiveBeforeSigned" });
  if (signedOn && expiresOn && expiresOn <= signedOn) problems.push({ field: "expiresOn", messageKey: "agreements.errors.expiresBeforeSigned" });
  else if (effectiveOn && expiresOn && expiresOn <= effectiveOn) problems.push({ field: "expiresOn", messageKey: "agreements.errors.expiresBeforeEffective" });
  return problems;
}
