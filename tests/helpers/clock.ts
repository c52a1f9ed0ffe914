// Fixed clocks for tests: no test depends on the wall clock. The instants are the two hours in
// which Kuala Lumpur and UTC disagree about the date (00:30 in KL is still yesterday in UTC) and
// the last hour of a KL day. The clock starts at the instant and moves on with real time (only
// Date is faked, so timers and the database keep working), as the e2e server's clock does.
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { addDays, isoDay, today } from "@/lib/dates";

/** 00:30 on 10 March 2026 in Kuala Lumpur (16:30 UTC on the 9th). */
export const klHalfPastMidnight = new Date("2026-03-09T16:30:00Z");
/** 23:30 on 10 March 2026 in Kuala Lumpur (15:30 UTC on the 10th). */
export const klHalfPastEleven = new Date("2026-03-10T15:30:00Z");
/** 00:30 on 1 April 2026 in Kuala Lumpur: still 31 March in UTC, so another month there. */
export const klMonthStart = new Date("2026-03-31T16:30:00Z");

export const fixedInstants = [
  { label: "00:30 in Kuala Lumpur", at: klHalfPastMidnight },
  { label: "23:30 in Kuala Lumpur", at: klHalfPastEleven },
] as const;

export function setClock(at: Date): void {
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(at);
}

/** Runs every test of the enclosing describe (or file) with the clock set to `at`. */
export function fixClock(at: Date, scope: "each" | "all" = "each"): void {
  if (scope === "all") {
    beforeAll(() => setClock(at));
    afterAll(() => vi.useRealTimers());
  } else {
    beforeEach(() => setClock(at));
    afterEach(() => vi.useRealTimers());
  }
}

/** A calendar day relative to today() at the fixed instant, as YYYY-MM-DD. */
export const dayFromToday = (offset: number) => isoDay(addDays(today(), offset));
