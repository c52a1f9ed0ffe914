import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, assertCalendarDay, isoDay, today, todayIso } from "@/lib/dates";

const kl = (utc: string) => new Date(utc);

describe("today() in the application's time zone (Kuala Lumpur by default)", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.useRealTimers();
  });

  it("is already tomorrow at 00:30 in Kuala Lumpur while UTC is still on today", () => {
    // 2026-03-10 00:30 in KL is 2026-03-09 16:30 UTC.
    expect(isoDay(today(kl("2026-03-09T16:30:00Z")))).toBe("2026-03-10");
  });

  it("is still today at 23:30 in Kuala Lumpur", () => {
    expect(isoDay(today(kl("2026-03-10T15:30:00Z")))).toBe("2026-03-10");
    expect(isoDay(today(kl("2026-03-10T15:59:59.999Z")))).toBe("2026-03-10");
    expect(isoDay(today(kl("2026-03-10T16:00:00Z")))).toBe("2026-03-11");
  });

  it("crosses month and year ends at Kuala Lumpur midnight, not UTC midnight", () => {
    expect(isoDay(today(kl("2026-03-31T16:30:00Z")))).toBe("2026-04-01"); // 00:30 on 1 April in KL
    expect(isoDay(today(kl("2026-03-31T15:30:00Z")))).toBe("2026-03-31"); // 23:30 on 31 March in KL
    expect(isoDay(today(kl("2028-02-28T16:30:00Z")))).toBe("2028-02-29"); // leap day
    expect(isoDay(today(kl("2026-12-31T16:30:00Z")))).toBe("2027-01-01");
  });

  it("reads the clock when given no moment (a fixed clock in tests)", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(kl("2026-04-30T16:30:00Z")); // 00:30 on 1 May in KL
    expect(todayIso()).toBe("2026-05-01");
    vi.setSystemTime(kl("2026-04-30T15:30:00Z")); // 23:30 on 30 April in KL
    expect(todayIso()).toBe("2026-04-30");
  });

  it("follows APP_TIME_ZONE and refuses an unknown zone", () => {
    vi.stubEnv("APP_TIME_ZONE", "UTC");
    expect(isoDay(today(kl("2026-03-09T16:30:00Z")))).toBe("2026-03-09");
    vi.stubEnv("APP_TIME_ZONE", "Europe/London");
    expect(isoDay(today(kl("2026-03-31T23:30:00Z")))).toBe("2026-04-01"); // BST
    vi.stubEnv("APP_TIME_ZONE", "Mars/Olympus_Mons");
    expect(() => today(kl("2026-03-09T16:30:00Z"))).toThrow(RangeError);
  });

  it("is a calendar day (midnight UTC), and moments are refused where a day is expected", () => {
    expect(today(kl("2026-03-09T16:30:00Z")).toISOString()).toBe("2026-03-10T00:00:00.000Z");
    expect(isoDay(addDays(today(kl("2026-03-09T16:30:00Z")), 22))).toBe("2026-04-01");
    expect(() => assertCalendarDay(kl("2026-03-09T16:30:00Z"))).toThrow(/calendar day/);
  });
});
