// A small iCalendar (RFC 5545) writer: CRLF line ends, lines folded at 75 octets without
// splitting a UTF-8 character, TEXT values escaped, a stable UID and a DTSTAMP on every event.
// Timed events carry TZID with a VTIMEZONE for each zone used (the zones offered are fixed
// offsets all year); due dates are all-day events (VALUE=DATE).

export type TimedEvent = {
  kind: "timed";
  uid: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  startsAt: Date;
  endsAt: Date | null;
  /** IANA zone the event was scheduled in; written as TZID when known, else the times are UTC. */
  timeZone: string | null;
  /** For invitations (METHOD:REQUEST/CANCEL): grows with every change so calendars replace the older copy. */
  sequence?: number;
  status?: "CONFIRMED" | "CANCELLED";
  organizer?: string;
  attendees?: readonly string[];
};

export type AllDayEvent = { kind: "allDay"; uid: string; summary: string; description?: string | null; url?: string | null; date: Date };

export type CalendarEvent = TimedEvent | AllDayEvent;

/** Zones whose offset is the same all year (no daylight saving), so a one-rule VTIMEZONE is exact. */
const fixedOffsetZones: Record<string, { offset: string; name: string }> = {
  "Asia/Kuala_Lumpur": { offset: "+0800", name: "MYT" },
  "Asia/Shanghai": { offset: "+0800", name: "CST" },
};

export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds one content line into chunks of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let currentBytes = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines spend one octet on the leading space
    if (currentBytes + size > limit) {
      parts.push(current);
      current = "";
      currentBytes = 0;
    }
    current += character;
    currentBytes += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const pad = (value: number) => String(value).padStart(2, "0");

function utcStamp(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

function dateValue(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** Wall-clock time of `date` in `timeZone`, as an iCalendar local DATE-TIME. */
function localStamp(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

function timeProperty(name: string, date: Date, timeZone: string | null): string {
  return timeZone && fixedOffsetZones[timeZone] ? `${name};TZID=${timeZone}:${localStamp(date, timeZone)}` : `${name}:${utcStamp(date)}`;
}

function timeZoneBlock(timeZone: string): string[] {
  const zone = fixedOffsetZones[timeZone];
  if (!zone) return [];
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timeZone}`,
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    `TZOFFSETFROM:${zone.offset}`,
    `TZOFFSETTO:${zone.offset}`,
    `TZNAME:${zone.name}`,
    "END:STANDARD",
    "END:VTIMEZONE",
  ];
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const lines = ["BEGIN:VEVENT", `UID:${event.uid}`, `DTSTAMP:${utcStamp(stamp)}`];
  if (event.kind === "timed") {
    lines.push(timeProperty("DTSTART", event.startsAt, event.timeZone));
    if (event.endsAt) lines.push(timeProperty("DTEND", event.endsAt, event.timeZone));
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.sequence !== undefined) lines.push(`SEQUENCE:${event.sequence}`);
    if (event.status) lines.push(`STATUS:${event.status}`);
    if (event.organizer) lines.push(`ORGANIZER:mailto:${event.organizer}`);
    for (const attendee of event.attendees ?? []) lines.push(`ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:${attendee}`);
  } else {
    const next = new Date(event.date.getTime() + 86_400_000);
    lines.push(`DTSTART;VALUE=DATE:${dateValue(event.date)}`, `DTEND;VALUE=DATE:${dateValue(next)}`, "TRANSP:TRANSPARENT");
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push("END:VEVENT");
  return lines;
}

export function buildCalendar(options: { name: string; events: readonly CalendarEvent[]; now?: Date; method?: "PUBLISH" | "REQUEST" | "CANCEL" }): string {
  const stamp = options.now ?? new Date();
  const zones = [...new Set(options.events.flatMap((event) => (event.kind === "timed" && event.timeZone ? [event.timeZone] : [])))].sort();
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//MoU Tracker//Working groups//EN",
    "CALSCALE:GREGORIAN",
    `METHOD:${options.method ?? "PUBLISH"}`,
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...zones.flatMap(timeZoneBlock),
    ...options.events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

export function calendarResponse(body: string, fileName: string, disposition: "inline" | "attachment"): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `${disposition}; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
