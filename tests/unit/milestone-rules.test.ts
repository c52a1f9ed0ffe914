import { describe, expect, it } from "vitest";
import {
  compareUpdates,
  currentState,
  dueState,
  latestUpdate,
  needsBackwardsConfirmation,
  percentFromIndicator,
  behindPlanPoints,
  planState,
  planView,
  plannedPercent,
  reportedStatusDisagreesWithPlan,
  weightedProgress,
} from "@/lib/milestones/rules";
import { today as appToday } from "@/lib/dates";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
// 23:30 on 10 March in Kuala Lumpur (15:30 UTC): still the 10th where the governments work.
const today = appToday(new Date("2026-03-10T15:30:00Z"));
const base = { status: "ON_TRACK", startOn: d("2026-01-01"), lastUpdateOn: d("2026-03-01") };

describe("due state", () => {
  it("is overdue when the target has passed and the work is not finished", () => {
    expect(dueState({ ...base, targetOn: d("2026-03-09") }, today)).toBe("overdue");
    expect(dueState({ ...base, status: "OFF_TRACK", targetOn: d("2025-01-01") }, today)).toBe("overdue");
  });

  it("is not overdue on the target day itself", () => {
    expect(dueState({ ...base, targetOn: d("2026-03-10") }, today)).toBe("dueSoon");
  });

  it("is due soon within 30 days, and not at 31", () => {
    expect(dueState({ ...base, targetOn: d("2026-04-09") }, today)).toBe("dueSoon");
    expect(dueState({ ...base, targetOn: d("2026-04-10") }, today)).toBe("onTrack");
  });

  it("is stale after 60 days without an update, counting from the start when there is none", () => {
    expect(dueState({ ...base, lastUpdateOn: d("2026-01-08"), targetOn: d("2026-12-01") }, today)).toBe("stale");
    expect(dueState({ ...base, lastUpdateOn: d("2026-01-09"), targetOn: d("2026-12-01") }, today)).toBe("onTrack");
    expect(dueState({ ...base, startOn: d("2025-11-01"), lastUpdateOn: null, targetOn: d("2026-12-01") }, today)).toBe("stale");
    expect(dueState({ ...base, startOn: d("2026-03-01"), lastUpdateOn: null, targetOn: d("2026-12-01") }, today)).toBe("onTrack");
  });

  it("puts overdue before stale, and closes completed or cancelled work", () => {
    expect(dueState({ ...base, lastUpdateOn: d("2025-01-01"), targetOn: d("2026-01-01") }, today)).toBe("overdue");
    expect(dueState({ ...base, status: "COMPLETED", targetOn: d("2025-01-01") }, today)).toBe("closed");
    expect(dueState({ ...base, status: "CANCELLED", targetOn: d("2025-01-01") }, today)).toBe("closed");
  });
});

describe("weighted progress", () => {
  it("weighs each milestone and ignores cancelled ones", () => {
    expect(
      weightedProgress([
        { weight: 3, percentComplete: 100, status: "COMPLETED" },
        { weight: 1, percentComplete: 0, status: "ON_TRACK" },
        { weight: 5, percentComplete: 0, status: "CANCELLED" },
      ]),
    ).toBe(75);
  });

  it("is null when nothing counts and rounds to one decimal", () => {
    expect(weightedProgress([])).toBeNull();
    expect(weightedProgress([{ weight: 2, percentComplete: 50, status: "CANCELLED" }])).toBeNull();
    expect(weightedProgress([
      { weight: 1, percentComplete: 10, status: "ON_TRACK" },
      { weight: 2, percentComplete: 20, status: "ON_TRACK" },
    ])).toBe(16.7);
  });
});

describe("indicator", () => {
  it("maps baseline→0% and target→100%, clamped, also for falling indicators", () => {
    expect(percentFromIndicator(10, 0, 40)).toBe(25);
    expect(percentFromIndicator(50, 0, 40)).toBe(100);
    expect(percentFromIndicator(-5, 0, 40)).toBe(0);
    expect(percentFromIndicator(60, 100, 20)).toBe(50);
    expect(percentFromIndicator(5, 5, 5)).toBe(100);
  });
});

describe("current state", () => {
  const update = (id: string, reportedOn: string, createdAt: string, percentComplete: number, status = "ON_TRACK") => ({
    id,
    reportedOn: d(reportedOn),
    createdAt: new Date(createdAt),
    percentComplete,
    status,
  });

  it("is the latest by day reported, then by entry time — not the last entered", () => {
    const updates = [
      update("a", "2026-03-01", "2026-03-01T09:00:00Z", 40),
      update("b", "2026-02-01", "2026-03-05T09:00:00Z", 20),
      update("c", "2026-03-01", "2026-03-02T09:00:00Z", 45, "COMPLETED"),
    ];
    expect(latestUpdate(updates)?.id).toBe("c");
    expect(currentState(updates)).toEqual({ status: "COMPLETED", percentComplete: 45, lastUpdateOn: d("2026-03-01"), completedOn: d("2026-03-01") });
    expect([...updates].sort(compareUpdates).map((u) => u.id)).toEqual(["b", "a", "c"]);
  });

  it("is not started without updates", () => {
    expect(currentState([])).toEqual({ status: "NOT_STARTED", percentComplete: 0, lastUpdateOn: null, completedOn: null });
  });
});

describe("going backwards", () => {
  it("needs confirmation only without an explaining status or correction", () => {
    expect(needsBackwardsConfirmation({ previousPercent: 50, percent: 40, status: "ON_TRACK", isCorrection: false })).toBe(true);
    expect(needsBackwardsConfirmation({ previousPercent: 50, percent: 40, status: "AT_RISK", isCorrection: false })).toBe(false);
    expect(needsBackwardsConfirmation({ previousPercent: 50, percent: 40, status: "OFF_TRACK", isCorrection: false })).toBe(false);
    expect(needsBackwardsConfirmation({ previousPercent: 50, percent: 40, status: "ON_TRACK", isCorrection: true })).toBe(false);
    expect(needsBackwardsConfirmation({ previousPercent: 50, percent: 50, status: "ON_TRACK", isCorrection: false })).toBe(false);
    expect(needsBackwardsConfirmation({ previousPercent: null, percent: 0, status: "ON_TRACK", isCorrection: false })).toBe(false);
  });
});

describe("planned line", () => {
  it("runs from 0% at start to 100% at target", () => {
    expect(plannedPercent(d("2026-01-01"), d("2026-01-11"), d("2026-01-06"))).toBe(50);
    expect(plannedPercent(d("2026-01-01"), d("2026-01-11"), d("2025-12-01"))).toBe(0);
    expect(plannedPercent(d("2026-01-01"), d("2026-01-11"), d("2026-02-01"))).toBe(100);
  });
});

describe("the plan", () => {
  const span = { startOn: d("2026-01-01"), targetOn: d("2026-04-11") }; // 100 days

  it("plans whole points on the straight line, halves rounding up", () => {
    expect(plannedPercent(span.startOn, span.targetOn, d("2026-01-01"))).toBe(0);
    expect(plannedPercent(span.startOn, span.targetOn, d("2026-02-10"))).toBe(40);
    expect(plannedPercent(d("2026-01-01"), d("2026-01-09"), d("2026-01-02"))).toBe(13); // 12.5
    expect(plannedPercent(d("2026-01-01"), d("2026-01-04"), d("2026-01-02"))).toBe(33); // 33.3
    expect(plannedPercent(d("2026-01-01"), d("2026-01-01"), d("2026-01-01"))).toBe(100);
    expect(plannedPercent(d("2026-01-02"), d("2026-01-01"), d("2026-01-01"))).toBe(100);
  });

  it("is behind plan only below −threshold points, and says nothing of closed work", () => {
    const on = d("2026-02-10"); // 40% planned
    const at = (percentComplete: number, status = "ON_TRACK") => planState({ ...span, status, percentComplete }, on, 10);
    expect(at(30)).toBe("onPlan"); // −10: at the threshold
    expect(at(29)).toBe("behindPlan"); // −11
    expect(at(90)).toBe("onPlan");
    expect(at(0, "COMPLETED")).toBeNull();
    expect(at(0, "CANCELLED")).toBeNull();
    expect(planState({ ...span, status: "ON_TRACK", percentComplete: 0, cancelledAt: d("2026-02-01") }, on, 10)).toBeNull();
    expect(planView({ ...span, status: "ON_TRACK", percentComplete: 7 }, on, 10)).toEqual({ state: "behindPlan", planned: 40, variance: -33 });
    expect(planView({ ...span, status: "COMPLETED", percentComplete: 100 }, on, 10)).toBeNull();
  });

  it("flags an 'On track' report that the plan contradicts, and no other", () => {
    expect(reportedStatusDisagreesWithPlan("ON_TRACK", "behindPlan")).toBe(true);
    expect(reportedStatusDisagreesWithPlan("AT_RISK", "behindPlan")).toBe(false);
    expect(reportedStatusDisagreesWithPlan("ON_TRACK", "onPlan")).toBe(false);
    expect(reportedStatusDisagreesWithPlan("ON_TRACK", null)).toBe(false);
  });

  it("takes its threshold from BEHIND_PLAN_POINTS, 10 by default, and refuses nonsense", () => {
    expect(behindPlanPoints(undefined)).toBe(10);
    expect(behindPlanPoints("")).toBe(10);
    expect(behindPlanPoints("25")).toBe(25);
    expect(() => behindPlanPoints("ten")).toThrow(/BEHIND_PLAN_POINTS/);
    expect(() => behindPlanPoints("-5")).toThrow(/BEHIND_PLAN_POINTS/);
    // The bounds themselves are allowed; one past them is not; blank means the default.
    expect(behindPlanPoints("0")).toBe(0);
    expect(behindPlanPoints("100")).toBe(100);
    expect(() => behindPlanPoints("-1")).toThrow(/BEHIND_PLAN_POINTS/);
    expect(() => behindPlanPoints("101")).toThrow(/BEHIND_PLAN_POINTS/);
    expect(behindPlanPoints("   ")).toBe(10);
    expect(() => behindPlanPoints("2.5")).toThrow(/BEHIND_PLAN_POINTS/);
  });
});

describe("rules take a calendar day, never a moment", () => {
  it("refuses a raw clock reading", () => {
    expect(() => dueState({ ...base, targetOn: d("2026-03-09") }, new Date("2026-03-10T15:30:00Z"))).toThrow(/calendar day/);
  });
});
