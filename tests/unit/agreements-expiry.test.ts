import { describe, expect, it } from "vitest";
import { today } from "@/lib/dates";
import { daysUntil, expiryFromDuration, findDateProblems, isExpiringSoon } from "@/lib/agreements/expiry";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// 23:30 on 10 January in Kuala Lumpur: the rules take that calendar day, from today().
const now = today(new Date("2026-01-10T15:30:00Z"));

describe("expiring soon", () => {
  it("is inside the notice period before expiry", () => {
    const agreement = { status: "IN_FORCE", expiresOn: day("2026-02-09"), noticeDays: 30, archivedAt: null };
    expect(isExpiringSoon(agreement, now)).toBe(true);
    expect(isExpiringSoon({ ...agreement, expiresOn: day("2026-02-10") }, now)).toBe(false);
  });

  it("uses 90 days when no notice period is stated", () => {
    const agreement = { status: "SIGNED", expiresOn: day("2026-04-10"), noticeDays: null, archivedAt: null };
    expect(isExpiringSoon(agreement, now)).toBe(true);
    expect(isExpiringSoon({ ...agreement, expiresOn: day("2026-04-11") }, now)).toBe(false);
  });

  it("includes the expiry day itself and excludes past expiry", () => {
    expect(isExpiringSoon({ status: "IN_FORCE", expiresOn: day("2026-01-10"), noticeDays: 10, archivedAt: null }, now)).toBe(true);
    expect(isExpiringSoon({ status: "IN_FORCE", expiresOn: day("2026-01-09"), noticeDays: 10, archivedAt: null }, now)).toBe(false);
  });

  it("ignores drafts, finished, archived and undated agreements", () => {
    const base = { expiresOn: day("2026-01-20"), noticeDays: 30, archivedAt: null };
    for (const status of ["DRAFT", "EXPIRED", "TERMINATED", "SUPERSEDED"]) expect(isExpiringSoon({ ...base, status }, now)).toBe(false);
    expect(isExpiringSoon({ ...base, status: "IN_FORCE", archivedAt: now }, now)).toBe(false);
    expect(isExpiringSoon({ ...base, status: "IN_FORCE", expiresOn: null }, now)).toBe(false);
  });

  it("counts the days left by calendar day", () => {
    expect(daysUntil(day("2026-01-20"), now)).toBe(10);
    expect(daysUntil(day("2026-01-10"), now)).toBe(0);
  });
});

describe("expiry from a duration", () => {
  it("adds whole months, clamping to the month's end", () => {
    expect(expiryFromDuration(day("2025-04-16"), 60)).toEqual(day("2030-04-16"));
    expect(expiryFromDuration(day("2025-01-31"), 1)).toEqual(day("2025-02-28"));
    expect(expiryFromDuration(null, 12)).toBeNull();
    expect(expiryFromDuration(day("2025-01-31"), null)).toBeNull();
  });
});

describe("dates that contradict each other", () => {
  it("accepts dates in order, and missing ones", () => {
    expect(findDateProblems({ signedOn: day("2025-04-16"), effectiveOn: day("2025-04-16"), expiresOn: day("2030-04-16") })).toEqual([]);
    expect(findDateProblems({ signedOn: null, effectiveOn: null, expiresOn: day("2030-04-16") })).toEqual([]);
  });

  it("reports each problem at the later field", () => {
    expect(findDateProblems({ signedOn: day("2025-04-16"), effectiveOn: day("2025-04-15"), expiresOn: null })).toEqual([
      { field: "effectiveOn", messageKey: "agreements.errors.effectiveBeforeSigned" },
    ]);
    expect(findDateProblems({ signedOn: day("2025-04-16"), effectiveOn: null, expiresOn: day("2025-04-01") })).toEqual([
      { field: "expiresOn", messageKey: "agreements.errors.expiresBeforeSigned" },
    ]);
    expect(findDateProblems({ signedOn: null, effectiveOn: day("2025-05-01"), expiresOn: day("2025-05-01") })).toEqual([
      { field: "expiresOn", messageKey: "agreements.errors.expiresBeforeEffective" },
    ]);
  });
});
