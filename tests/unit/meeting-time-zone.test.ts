import { describe, expect, it } from "vitest";
import { utcToZonedLocal, zonedLocalToUtc } from "@/lib/meetings/time-zone";

describe("meeting times in their own zone", () => {
  it("reads wall-clock time in Kuala Lumpur and Shanghai as UTC+8", () => {
    expect(zonedLocalToUtc("2026-02-10T10:00", "Asia/Kuala_Lumpur").toISOString()).toBe("2026-02-10T02:00:00.000Z");
    expect(zonedLocalToUtc("2026-02-10T01:30", "Asia/Shanghai").toISOString()).toBe("2026-02-09T17:30:00.000Z");
  });

  it("round-trips to the form's local value", () => {
    expect(utcToZonedLocal(new Date("2026-02-10T02:00:00Z"), "Asia/Kuala_Lumpur")).toBe("2026-02-10T10:00");
  });

  it("rejects anything that is not a local date-time", () => {
    expect(() => zonedLocalToUtc("10/02/2026", "Asia/Shanghai")).toThrow();
  });
});
