// Meetings are scheduled in the wall-clock time of their own zone and stored as UTC instants.
export const meetingTimeZones = ["Asia/Kuala_Lumpur", "Asia/Shanghai"] as const;
export type MeetingTimeZone = (typeof meetingTimeZones)[number];

function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  const asUtc = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** `2026-01-15T10:00` read as wall-clock time in `timeZone` → the UTC instant. */
export function zonedLocalToUtc(local: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`Not a local date-time: ${local}`);
  const [, year, month, dayOfMonth, hour, minute] = match.map(Number);
  const naive = Date.UTC(year ?? 0, (month ?? 1) - 1, dayOfMonth ?? 1, hour ?? 0, minute ?? 0);
  const guess = new Date(naive - offsetMinutes(new Date(naive), timeZone) * 60_000);
  return new Date(naive - offsetMinutes(guess, timeZone) * 60_000);
}

/** The UTC instant as `YYYY-MM-DDTHH:mm` in `timeZone`, for a datetime-local input. */
export function utcToZonedLocal(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
