import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine } from "@/lib/calendar/ical";

const now = new Date("2026-02-01T08:30:00Z");

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

describe("iCalendar output", () => {
  const text = buildCalendar({
    name: "MoU Tracker — Tan Mei Ling",
    now,
    events: [
      {
        kind: "timed",
        uid: "meeting-m1@mou-tracker",
        summary: "3rd Meeting; Joint Working Group, Digital Economy — 数字经济联合工作组第三次会议（线上）",
        description: "Agenda:\n1. Adoption, review; next steps",
        location: "Putrajaya",
        url: "https://example.org/meetings/m1",
        startsAt: new Date("2026-02-10T02:00:00Z"),
        endsAt: new Date("2026-02-10T04:30:00Z"),
        timeZone: "Asia/Kuala_Lumpur",
      },
      {
        kind: "timed",
        uid: "meeting-m2@mou-tracker",
        summary: "Beijing meeting",
        startsAt: new Date("2026-03-10T01:00:00Z"),
        endsAt: null,
        timeZone: "Europe/Nowhere",
      },
      { kind: "allDay", uid: "action-item-a1@mou-tracker", summary: "Due: Submit the draft joint report", date: new Date("2026-02-14T00:00:00Z") },
    ],
  });

  it("uses CRLF line ends and folds every line to at most 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("parses with ical.js and carries the right events", () => {
    const calendar = parse(text);
    // Register the calendar's own VTIMEZONE, as calendar programs do, so local times resolve.
    const vtimezone = calendar.getFirstSubcomponent("vtimezone");
    expect(vtimezone?.getFirstPropertyValue("tzid")).toBe("Asia/Kuala_Lumpur");
    if (vtimezone) ICAL.TimezoneService.register(vtimezone);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.uid)).toEqual(["meeting-m1@mou-tracker", "meeting-m2@mou-tracker", "action-item-a1@mou-tracker"]);

    const [meeting, fallback, due] = events;
    // Folding and escaping round-trip exactly, Chinese included.
    expect(meeting?.summary).toBe("3rd Meeting; Joint Working Group, Digital Economy — 数字经济联合工作组第三次会议（线上）");
    expect(meeting?.description).toBe("Agenda:\n1. Adoption, review; next steps");
    expect(meeting?.startDate.toString()).toBe("2026-02-10T10:00:00");
    expect(meeting?.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Asia/Kuala_Lumpur");
    expect(meeting?.startDate.toJSDate().toISOString()).toBe("2026-02-10T02:00:00.000Z");
    expect(meeting?.endDate.toJSDate().toISOString()).toBe("2026-02-10T04:30:00.000Z");
    expect(meeting?.location).toBe("Putrajaya");

    // An unknown zone falls back to UTC rather than a TZID without a VTIMEZONE.
    expect(fallback?.startDate.zone.tzid).toBe("UTC");
    expect(fallback?.startDate.toJSDate().toISOString()).toBe("2026-03-10T01:00:00.000Z");

    expect(due?.startDate.isDate).toBe(true);
    expect(due?.startDate.toString()).toBe("2026-02-14");
    expect(due?.summary).toBe("Due: Submit the draft joint report");
    for (const component of calendar.getAllSubcomponents("vevent")) {
      expect(component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-02-01T08:30:00Z");
    }
  });

  it("escapes TEXT and folds without splitting a character", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const folded = foldLine(`SUMMARY:${"数".repeat(40)}`);
    expect(folded.split("\r\n ").join("")).toBe(`SUMMARY:${"数".repeat(40)}`);
    for (const line of folded.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
