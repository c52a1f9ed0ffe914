import { describe, expect, it } from "vitest";
import { selectCarryOverItems, type CarryCandidate } from "@/lib/meetings/carry-over";

const meetingStartsAt = new Date("2026-03-01T02:00:00Z");
const earlier = new Date("2026-01-15T02:00:00Z");
const item = (id: string, overrides: Partial<CarryCandidate> = {}): CarryCandidate => ({
  id,
  status: "OPEN",
  dueOn: new Date("2026-02-01T00:00:00Z"),
  originMeetingStartsAt: earlier,
  ...overrides,
});

describe("carry-over onto a newly scheduled meeting", () => {
  it("carries every unfinished item of earlier meetings, most overdue first", () => {
    const candidates = [
      item("in-progress", { status: "IN_PROGRESS", dueOn: new Date("2026-02-20T00:00:00Z") }),
      item("returned", { status: "RETURNED", dueOn: new Date("2026-01-20T00:00:00Z") }),
      item("submitted", { status: "SUBMITTED" }),
      item("blocked", { status: "BLOCKED" }),
    ];
    expect(selectCarryOverItems({ meetingStartsAt, candidates, alreadyCarriedIds: new Set() }).map((row) => row.id)).toEqual([
      "returned",
      "blocked",
      "submitted",
      "in-progress",
    ]);
  });

  it("leaves finished items behind", () => {
    const candidates = (["ACCEPTED", "CLOSED", "CANCELLED"] as const).map((status) => item(status, { status }));
    expect(selectCarryOverItems({ meetingStartsAt, candidates, alreadyCarriedIds: new Set() })).toEqual([]);
  });

  it("ignores items of later meetings and items raised outside a meeting", () => {
    const candidates = [item("later", { originMeetingStartsAt: new Date("2026-03-05T02:00:00Z") }), item("same-time", { originMeetingStartsAt: meetingStartsAt }), item("standalone", { originMeetingStartsAt: null })];
    expect(selectCarryOverItems({ meetingStartsAt, candidates, alreadyCarriedIds: new Set() })).toEqual([]);
  });

  it("never carries an item twice onto the same meeting", () => {
    const candidates = [item("a"), item("b")];
    expect(selectCarryOverItems({ meetingStartsAt, candidates, alreadyCarriedIds: new Set(["a"]) }).map((row) => row.id)).toEqual(["b"]);
  });
});
