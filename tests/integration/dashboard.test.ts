// Every dashboard figure against an independent count of a small, known portfolio (both sides
// and joint work). The expected values are worked out here in plain code from the fixtures, not
// with the SQL under test.
import { beforeAll, describe, expect, it } from "vitest";
import { getActionItemSummary, getInstrumentSummary, getMilestoneSummary, getProgressTrend } from "@/lib/data/dashboard/portfolio";
import { getSideComparison } from "@/lib/data/dashboard/sides";
import { getAreaProgress, getLatestUpdates, getMilestoneTimeline, getNextMeetings, getOpenActionItems, getOverdueWork } from "@/lib/data/dashboard/agreement";
import { noFilters, type DashboardFilters } from "@/lib/data/dashboard/filters";
import { actAs } from "../helpers/request";
import { createUser } from "../helpers/factories";
import { actionFixtures, createDashboardPortfolio, dayMs, milestoneFixtures, testToday, type MilestoneFixture } from "../helpers/dashboard-factories";
import { klHalfPastMidnight, fixClock } from "../helpers/clock";

let portfolio: Awaited<ReturnType<typeof createDashboardPortfolio>>;
const filters = (overrides: Partial<DashboardFilters> = {}): DashboardFilters => ({ ...noFilters, ...overrides });

const isOpen = (m: MilestoneFixture) => m.status !== "COMPLETED" && m.status !== "CANCELLED";
function dueState(m: MilestoneFixture): string | null {
  if (!isOpen(m)) return null;
  if (m.target < 0) return "overdue";
  if (m.target <= 30) return "due30";
  const lastUpdate = m.updates.at(-1)?.on ?? m.start;
  return lastUpdate < -60 ? "stale" : "ontrack";
}
/** Planned percent today on the straight line from start (0%) to target (100%); behind plan below −10 points. */
function isBehindPlan(m: MilestoneFixture): boolean {
  if (!isOpen(m)) return false;
  const planned = Math.round(Math.min(100, Math.max(0, (-m.start / (m.target - m.start)) * 100)));
  return m.percent - planned < -10;
}
function weightedProgress(list: MilestoneFixture[]): number {
  const counted = list.filter((m) => m.status !== "CANCELLED");
  return counted.reduce((sum, m) => sum + m.weight * m.percent, 0) / counted.reduce((sum, m) => sum + m.weight, 0);
}

// 00:30 in Kuala Lumpur, when UTC is still on the previous day: every figure counts KL's today.
fixClock(klHalfPastMidnight, "all");

beforeAll(async () => {
  portfolio = await createDashboardPortfolio();
  actAs(await createUser({ role: "MANAGER" }));
});

describe("portfolio overview", () => {
  it("counts instruments by type and status, without archived ones, and those expiring within their notice period", async () => {
    const summary = await getInstrumentSummary(filters());
    expect(summary.total).toBe(3);
    expect(summary.byType).toMatchObject({ MOU: 2, LOI: 1, MOA: 0 });
    expect(summary.byStatus).toMatchObject({ IN_FORCE: 1, SIGNED: 1, EXPIRED: 1, DRAFT: 0 });
    // A expires in 40 days with 60 days' notice; B in 200 days (default 90-day window); C has expired.
    expect(summary.expiringSoon).toBe(1);
    expect(summary.cells).toContainEqual({ type: "MOU", status: "IN_FORCE", count: 1 });

    const forOrganisation = await getInstrumentSummary(filters({ organisationId: portfolio.orgs.MY.id }));
    expect(forOrganisation.total).toBe(1);
  });

  it("computes weighted progress over milestones that are not cancelled, and every status and due state", async () => {
    const summary = await getMilestoneSummary(filters());
    expect(summary.total).toBe(milestoneFixtures.length);
    expect(summary.weightedProgress).toBeCloseTo(weightedProgress(milestoneFixtures), 6);
    for (const status of ["NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETED", "CANCELLED"] as const) {
      expect(summary.byStatus[status], status).toBe(milestoneFixtures.filter((m) => m.status === status).length);
    }
    for (const state of ["overdue", "due30", "stale", "ontrack"] as const) {
      expect(summary.byDueState[state], state).toBe(milestoneFixtures.filter((m) => dueState(m) === state).length);
    }
    expect(summary.byDueState).toEqual({ overdue: 2, due30: 1, stale: 1, ontrack: 1 });
    // m1 (75% of 100% planned), m3 (40% of 75%) and m8 (0% of 100%); none of them reported "On track".
    expect(summary.behindPlan).toBe(milestoneFixtures.filter(isBehindPlan).length);
    expect(summary.behindPlan).toBe(3);
    expect(summary.behindPlanReportedOnTrack).toBe(milestoneFixtures.filter((m) => isBehindPlan(m) && m.status === "ON_TRACK").length);
    expect(summary.behindPlanPoints).toBe(10);
  });

  it("narrows milestones by side, agreement, area and organisation", async () => {
    const joint = milestoneFixtures.filter((m) => m.side === "JOINT");
    const bySide = await getMilestoneSummary(filters({ side: "JOINT" }));
    expect(bySide.total).toBe(joint.length);
    expect(bySide.weightedProgress).toBeCloseTo(weightedProgress(joint), 6);

    expect((await getMilestoneSummary(filters({ agreementId: portfolio.agreements.B.id }))).total).toBe(milestoneFixtures.filter((m) => m.agreement === "B").length);
    expect((await getMilestoneSummary(filters({ areaId: portfolio.areas.A2.id }))).total).toBe(milestoneFixtures.filter((m) => m.area === "A2").length);
    expect((await getMilestoneSummary(filters({ organisationId: portfolio.orgs.CN.id }))).byDueState.overdue).toBe(
      milestoneFixtures.filter((m) => m.org === "CN" && dueState(m) === "overdue").length,
    );
  });

  it("counts open and overdue action items, narrowed by agreement, side and organisation", async () => {
    const summary = await getActionItemSummary(filters());
    const open = actionFixtures.filter((a) => !["ACCEPTED", "CLOSED", "CANCELLED"].includes(a.status));
    expect(summary.total).toBe(actionFixtures.length);
    expect(summary.open).toBe(open.length);
    expect(summary.overdue).toBe(open.filter((a) => a.due < 0).length);
    expect(summary.byStatus).toMatchObject({ OPEN: 1, IN_PROGRESS: 1, CLOSED: 2, BLOCKED: 1, CANCELLED: 1 });

    const agreementA = await getActionItemSummary(filters({ agreementId: portfolio.agreements.A.id }));
    expect(agreementA.total).toBe(actionFixtures.filter((a) => a.group === "A").length);
    expect((await getActionItemSummary(filters({ side: "JOINT" }))).overdue).toBe(1);
    // China's organisation is an owner of every CHINA and JOINT item.
    expect((await getActionItemSummary(filters({ organisationId: portfolio.orgs.CN.id }))).total).toBe(actionFixtures.filter((a) => a.side !== "MALAYSIA").length);
  });
});

describe("trend from the progress-update history", () => {
  it("rebuilds weighted progress and overdue counts as of each month end", async () => {
    const trend = await getProgressTrend(filters({ periodMonths: 12 }));
    expect(trend).toHaveLength(12);
    const today = testToday();
    const offsetOf = (date: Date) => Math.round((date.getTime() - today.getTime()) / dayMs);
    for (const point of trend) {
      const asOf = offsetOf(point.asOf);
      const alive = milestoneFixtures.filter((m) => m.start <= asOf && (m.cancelled === undefined || m.cancelled > asOf));
      const latest = (m: MilestoneFixture) => m.updates.filter((u) => u.on <= asOf).at(-1);
      const weight = alive.reduce((sum, m) => sum + m.weight, 0);
      const weighted = alive.reduce((sum, m) => sum + m.weight * (latest(m)?.percent ?? 0), 0);
      const overdue = alive.filter((m) => m.target < asOf && latest(m)?.status !== "COMPLETED").length;
      expect(point.milestones, point.asOf.toISOString()).toBe(alive.length);
      expect(point.overdue, point.asOf.toISOString()).toBe(overdue);
      if (weight === 0) expect(point.weightedProgress).toBeNull();
      else expect(point.weightedProgress).toBeCloseTo(weighted / weight, 6);
    }
    const last = trend.at(-1);
    expect(last?.asOf.getTime()).toBe(today.getTime());
    // Today's point agrees with today's snapshot (the history and the denormalised status agree).
    expect(last?.overdue).toBe(2);
  });
});

describe("side comparison", () => {
  it("compares Malaysia, China and joint work per agreement, with per-side totals", async () => {
    const { milestones, actionItems } = await getSideComparison(filters(), "agreement");
    expect(milestones.totals.MALAYSIA).toEqual({ owned: 2, completedOnTime: 1, completedLate: 0, overdue: 1, averageDaysLate: 35, recentUpdates: 1 });
    expect(milestones.totals.CHINA).toEqual({ owned: 3, completedOnTime: 0, completedLate: 1, overdue: 0, averageDaysLate: 20, recentUpdates: 2 });
    expect(milestones.totals.JOINT).toEqual({ owned: 2, completedOnTime: 0, completedLate: 0, overdue: 1, averageDaysLate: 1, recentUpdates: 0 });
    expect(milestones.groupCount).toBe(2);
    const groupB = milestones.groups.find((group) => group.id === portfolio.agreements.B.id);
    expect(groupB?.titleEn).toBe(portfolio.agreements.B.titleEn);
    expect(groupB?.sides.CHINA).toMatchObject({ owned: 1, completedLate: 1, averageDaysLate: 20 });
    expect(groupB?.sides.JOINT).toMatchObject({ owned: 1, overdue: 1 });

    // a1 (Malaysia) is 10 days overdue with 2 recent comments; a4 (China) closed 5 days late;
    // a3 (joint) closed on time; a5 (joint) is 3 days overdue; a6 is cancelled.
    expect(actionItems.totals.MALAYSIA).toEqual({ owned: 1, completedOnTime: 0, completedLate: 0, overdue: 1, averageDaysLate: 10, recentUpdates: 2 });
    expect(actionItems.totals.CHINA).toEqual({ owned: 2, completedOnTime: 0, completedLate: 1, overdue: 0, averageDaysLate: 5, recentUpdates: 0 });
    expect(actionItems.totals.JOINT).toEqual({ owned: 2, completedOnTime: 1, completedLate: 0, overdue: 1, averageDaysLate: 3, recentUpdates: 0 });
  });

  it("groups by cooperation area, keeping action items without an area as their own group", async () => {
    const { milestones, actionItems } = await getSideComparison(filters(), "area");
    expect(milestones.groups.map((group) => group.titleEn).sort()).toEqual(["Area A1", "Area A2", "Area B1"]);
    const a1 = milestones.groups.find((group) => group.id === portfolio.areas.A1.id);
    expect(a1?.sides.MALAYSIA).toMatchObject({ owned: 2, completedOnTime: 1, overdue: 1 });
    expect(a1?.sides.CHINA).toMatchObject({ owned: 1, overdue: 0 });
    expect(actionItems.groups.some((group) => group.id === null && group.sides.JOINT?.overdue === 1)).toBe(true);
  });
});

describe("one agreement's dashboard", () => {
  it("shows progress by area, the timeline, latest updates, overdue work, next meeting and open items", async () => {
    const id = portfolio.agreements.A.id;
    const areas = await getAreaProgress(id, filters());
    expect(areas.map((area) => area.titleEn)).toEqual(["Area A1", "Area A2"]);
    expect(areas[0]?.weightedProgress).toBeCloseTo(weightedProgress(milestoneFixtures.filter((m) => m.area === "A1")), 6);
    expect(areas[0]?.overdue).toBe(1);
    expect(areas.map((area) => area.behindPlan)).toEqual(["A1", "A2"].map((key) => milestoneFixtures.filter((m) => m.area === key && isBehindPlan(m)).length));
    expect(areas[1]?.weightedProgress).toBeCloseTo(weightedProgress(milestoneFixtures.filter((m) => m.area === "A2")), 6);

    const timeline = await getMilestoneTimeline(id, filters());
    expect(timeline.total).toBe(5);
    expect(timeline.milestones.map((m) => m.titleEn)).toEqual(["Milestone m5", "Milestone m3", "Milestone m1", "Milestone m2", "Milestone m4"]);

    const updates = await getLatestUpdates(id, filters());
    expect(updates[0]?.narrative).toBe("Update m2 -9");
    expect(updates).toHaveLength(milestoneFixtures.filter((m) => m.agreement === "A").reduce((sum, m) => sum + m.updates.length, 0));

    const overdue = await getOverdueWork(id, filters());
    expect(overdue.milestones).toMatchObject({ rows: [{ titleEn: "Milestone m1" }], total: 1 });
    expect(overdue.actionItems).toMatchObject({ rows: [{ titleEn: "Action a1" }], total: 1 });

    const meetings = await getNextMeetings(id, filters());
    expect(meetings.map((meeting) => meeting.titleEn)).toEqual(["Next meeting"]);

    const open = await getOpenActionItems(id, filters());
    expect(open).toMatchObject({ total: 2, overdue: 1 });
    expect(open.items.map((item) => item.titleEn)).toEqual(["Action a1", "Action a2"]);

    const chinaOnly = await getAreaProgress(id, filters({ side: "CHINA" }));
    expect(chinaOnly[0]?.weightedProgress).toBeCloseTo(85, 6);
  });
});

describe("who may see dashboards", () => {
  it("refuses anonymous callers, officers and working-group members; admits administrators", async () => {
    actAs(null);
    await expect(getMilestoneSummary(filters())).rejects.toThrow("Not signed in");
    actAs(await createUser({ role: "OFFICER" }));
    await expect(getMilestoneSummary(filters())).rejects.toThrow("Not allowed");
    await expect(getSideComparison(filters(), "agreement")).rejects.toThrow("Not allowed");
    actAs(await createUser({ role: "WG_MEMBER" }));
    await expect(getAreaProgress(portfolio.agreements.A.id, filters())).rejects.toThrow("Not allowed");
    actAs(await createUser({ role: "ADMIN" }));
    expect((await getInstrumentSummary(filters())).total).toBe(3);
    actAs(await createUser({ role: "MANAGER" }));
  });
});
