// Calendar-date arithmetic shared by the rules (formatting for people is lib/format.ts).
// Calendar dates are stored as @db.Date, i.e. midnight UTC of the day.

export const dayMs = 86_400_000;

/** Midnight UTC of the calendar day a moment falls on. */
export function startOfUtcDay(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
}
