// The entry-into-force date for every rule: month ends and leap years, a missing notification,
// and notifications recorded out of order (the dates decide, not the order of recording).
import { describe, expect, it } from "vitest";
import { addCalendarDays, addCalendarMonths, entryIntoForceDate, ruleFromColumns, shouldProposeInForce, type EntryStep } from "@/lib/agreements/entry-into-force";

const note = (side: EntryStep["side"], on: string): EntryStep => ({ side, kind: "NOTIFICATION", on });
const cabinet = (side: EntryStep["side"], on: string): EntryStep => ({ side, kind: "CABINET_APPROVAL", on });

describe("month and day arithmetic", () => {
  it("clamps to the end of a shorter month", () => {
    expect(addCalendarMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addCalendarMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addCalendarMonths("2025-03-31", 1)).toBe("2025-04-30");
    expect(addCalendarMonths("2025-08-31", 6)).toBe("2026-02-28");
  });
  it("keeps the day when the month has it, across years", () => {
    expect(addCalendarMonths("2025-04-16", 1)).toBe("2025-05-16");
    expect(addCalendarMonths("2025-11-30", 3)).toBe("2026-02-28");
    expect(addCalendarMonths("2025-12-15", 1)).toBe("2026-01-15");
    expect(addCalendarMonths("2028-02-29", 12)).toBe("2029-02-28");
    expect(addCalendarMonths("2027-02-28", 12)).toBe("2028-02-28");
  });
  it("counts days through 29 February in a leap year and not in another", () => {
    expect(addCalendarDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addCalendarDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addCalendarDays("2025-12-31", 30)).toBe("2026-01-30");
  });
});

describe("entryIntoForceDate", () => {
  it("is pending with no rule", () => {
    expect(entryIntoForceDate({ rule: null, signedOn: "2025-04-16", steps: [] })).toEqual({ state: "pending", reason: "noRule" });
  });

  it("on signature: the signing date, or pending without one", () => {
    expect(entryIntoForceDate({ rule: { kind: "ON_SIGNATURE" }, signedOn: "2025-04-16", steps: [] })).toEqual({ state: "date", on: "2025-04-16" });
    expect(entryIntoForceDate({ rule: { kind: "ON_SIGNATURE" }, signedOn: null, steps: [] })).toEqual({ state: "pending", reason: "notSigned" });
  });

  it("on a fixed date: that date, whatever the steps", () => {
    expect(entryIntoForceDate({ rule: { kind: "FIXED_DATE", on: "2025-07-01" }, signedOn: "2025-04-16", steps: [] })).toEqual({ state: "date", on: "2025-07-01" });
  });

  it("the later notification: pending until both sides notified, naming who is awaited", () => {
    const rule = { kind: "LATER_NOTIFICATION" } as const;
    expect(entryIntoForceDate({ rule, signedOn: "2025-04-16", steps: [] })).toEqual({ state: "pending", reason: "waitingForNotification", sides: ["MALAYSIA", "CHINA"] });
    // Cabinet approval is not a notification.
    expect(entryIntoForceDate({ rule, signedOn: "2025-04-16", steps: [note("MALAYSIA", "2025-06-02"), cabinet("CHINA", "2025-06-10")] })).toEqual({
      state: "pending",
      reason: "waitingForNotification",
      sides: ["CHINA"],
    });
    expect(entryIntoForceDate({ rule, signedOn: "2025-04-16", steps: [note("CHINA", "2025-06-10")] })).toEqual({ state: "pending", reason: "waitingForNotification", sides: ["MALAYSIA"] });
    expect(entryIntoForceDate({ rule, signedOn: "2025-04-16", steps: [note("MALAYSIA", "2025-06-02"), note("CHINA", "2025-06-10")] })).toEqual({ state: "date", on: "2025-06-10" });
  });

  it("takes the later date, not the later recording, when notifications are recorded out of order", () => {
    const rule = { kind: "LATER_NOTIFICATION" } as const;
    // China's note was recorded first but is dated after Malaysia's.
    expect(entryIntoForceDate({ rule, signedOn: null, steps: [note("CHINA", "2025-09-01"), note("MALAYSIA", "2025-08-15")] })).toEqual({ state: "date", on: "2025-09-01" });
    // A side that recorded two notes: its first completed its procedures.
    expect(entryIntoForceDate({ rule, signedOn: null, steps: [note("MALAYSIA", "2025-10-01"), note("CHINA", "2025-08-20"), note("MALAYSIA", "2025-08-10")] })).toEqual({
      state: "date",
      on: "2025-08-20",
    });
  });

  it("N days after the later notification", () => {
    const rule = { kind: "AFTER_LATER_NOTIFICATION", after: 30, unit: "DAYS" } as const;
    expect(entryIntoForceDate({ rule, signedOn: null, steps: [note("MALAYSIA", "2024-01-31"), note("CHINA", "2024-02-01")] })).toEqual({ state: "date", on: "2024-03-02" });
    expect(entryIntoForceDate({ rule, signedOn: null, steps: [note("MALAYSIA", "2025-01-31")] })).toEqual({ state: "pending", reason: "waitingForNotification", sides: ["CHINA"] });
  });

  it("N months after the later notification, clamped to the month's end, leap years included", () => {
    const oneMonth = { kind: "AFTER_LATER_NOTIFICATION", after: 1, unit: "MONTHS" } as const;
    expect(entryIntoForceDate({ rule: oneMonth, signedOn: null, steps: [note("MALAYSIA", "2025-01-20"), note("CHINA", "2025-01-31")] })).toEqual({ state: "date", on: "2025-02-28" });
    expect(entryIntoForceDate({ rule: oneMonth, signedOn: null, steps: [note("CHINA", "2024-01-31"), note("MALAYSIA", "2024-01-02")] })).toEqual({ state: "date", on: "2024-02-29" });
    const threeMonths = { kind: "AFTER_LATER_NOTIFICATION", after: 3, unit: "MONTHS" } as const;
    expect(entryIntoForceDate({ rule: threeMonths, signedOn: null, steps: [note("CHINA", "2025-05-31"), note("MALAYSIA", "2025-04-01")] })).toEqual({ state: "date", on: "2025-08-31" });
  });
});

describe("the lifecycle's proposal", () => {
  const due = { state: "date", on: "2025-06-10" } as const;
  it("proposes 'in force' only for a signed agreement whose date has come", () => {
    expect(shouldProposeInForce({ status: "SIGNED", result: due, today: "2025-06-10" })).toBe(true);
    expect(shouldProposeInForce({ status: "SIGNED", result: due, today: "2025-06-09" })).toBe(false);
    expect(shouldProposeInForce({ status: "IN_FORCE", result: due, today: "2025-07-01" })).toBe(false);
    expect(shouldProposeInForce({ status: "DRAFT", result: due, today: "2025-07-01" })).toBe(false);
    expect(shouldProposeInForce({ status: "SIGNED", result: { state: "pending", reason: "noRule" }, today: "2025-07-01" })).toBe(false);
  });
});

describe("ruleFromColumns", () => {
  const none = { entryIntoForceRule: null, entryIntoForceOn: null, entryIntoForceAfter: null, entryIntoForceUnit: null } as const;
  it("reads each rule and refuses an incomplete one", () => {
    expect(ruleFromColumns(none)).toBeNull();
    expect(ruleFromColumns({ ...none, entryIntoForceRule: "ON_SIGNATURE" })).toEqual({ kind: "ON_SIGNATURE" });
    expect(ruleFromColumns({ ...none, entryIntoForceRule: "FIXED_DATE" })).toBeNull();
    expect(ruleFromColumns({ ...none, entryIntoForceRule: "FIXED_DATE", entryIntoForceOn: new Date("2025-07-01T00:00:00Z") })).toEqual({ kind: "FIXED_DATE", on: "2025-07-01" });
    expect(ruleFromColumns({ ...none, entryIntoForceRule: "AFTER_LATER_NOTIFICATION", entryIntoForceAfter: 2 })).toBeNull();
    expect(ruleFromColumns({ ...none, entryIntoForceRule: "AFTER_LATER_NOTIFICATION", entryIntoForceAfter: 2, entryIntoForceUnit: "MONTHS" })).toEqual({
      kind: "AFTER_LATER_NOTIFICATION",
      after: 2,
      unit: "MONTHS",
    });
  });
});
