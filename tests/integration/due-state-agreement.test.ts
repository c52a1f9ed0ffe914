// One definition of "overdue", "due soon", "stale" and "behind plan": the TypeScript rules and
// every SQL/Prisma form the pages and dashboards use must classify the same records the same way.
// Milestones and action items are generated around every boundary (one day before, at and after
// each threshold; open, completed, cancelled) at fixed instants on either side of Kuala Lumpur's
// midnight, and each form's answer is compared with the TypeScript rule's, record by record.
import { describe, expect, it } from "vitest";
import { isOverdue, actionItemIsOverdueSql, overdueWhere } from "@/lib/action-items/overdue";
import { actionItemStatuses } from "@/lib/action-items/status-machine";
import { addDays, appTimeZone, calendarDayIn, isoDay, today } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { actionItemSummaryFor, milestoneSummaryFor } from "@/lib/data/dashboard/core/portfolio";
import { noFilters } from "@/lib/data/dashboard/filters";
import {
  behindPlanSql,
  dueSoonDays,
  dueState,
  dueStateSql,
  dueStates,
  dueStateWhere,
  plannedPercent,
  plannedPercentSql,
  planState,
  reportedOnTrackButBehindSql,
  reportedStatusDisagreesWithPlan,
  staleDays,
} from "@/lib/milestones/rules";
import { fixedInstants, klHalfPastMidnight, klMonthStart, fixClock } from "../helpers/clock";
import { createUser, testDb } from "../helpers/factories";
import { createGroupFixture, createActionItemRow } from "../helpers/groups-factories";
import { createAgreementWithArea } from "../helpers/milestone-factories";

const threshold = 10;
const statuses = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "COMPLETED", "CANCELLED"] as const;

type Spec = { status: (typeof statuses)[number]; cancelled: boolean; startOn: Date; targetOn: Date; lastUpdateOn: Date | null; percentComplete: number };

/** Every combination that sits on, or a day either side of, a boundary of the rules. */
function milestoneSpecs(day: Date): Spec[] {
  const at = (offset: number) => addDays(day, offset);
  const specs: Spec[] = [];
  const targets = [-1, 0, 1, dueSoonDays - 1, dueSoonDays, dueSoonDays + 1, 200];
  const lastUpdates: (number | null)[] = [null, -(staleDays - 1), -staleDays, -(staleDays + 1)];
  const starts = [-(staleDays + 1), -staleDays, -100, 0, 5];
  for (const status of statuses) {
    for (const target of targets) {
      for (const update of lastUpdates) {
        for (const start of update === null ? starts : [-100]) {
          specs.push({ status, cancelled: false, startOn: at(start), targetOn: at(target), lastUpdateOn: update === null ? null : at(update), percentComplete: 50 });
        }
      }
    }
  }
  // The plan: 100 days from start to target, today at day 40 (40% planned) — and degenerate spans.
  for (const status of statuses) {
    for (const percent of [0, 28, 29, 30, 31, 40, 100]) {
      specs.push({ status, cancelled: false, startOn: at(-40), targetOn: at(60), lastUpdateOn: at(-1), percentComplete: percent });
    }
    // 12.5% planned: the rounding of a half.
    specs.push({ status, cancelled: false, startOn: at(-1), targetOn: at(7), lastUpdateOn: null, percentComplete: 2 });
    specs.push({ status, cancelled: false, startOn: at(-1), targetOn: at(7), lastUpdateOn: null, percentComplete: 3 });
    specs.push({ status, cancelled: false, startOn: at(0), targetOn: at(0), lastUpdateOn: null, percentComplete: 89 });
    specs.push({ status, cancelled: false, startOn: at(3), targetOn: at(1), lastUpdateOn: null, percentComplete: 0 });
    specs.push({ status, cancelled: false, startOn: at(10), targetOn: at(50), lastUpdateOn: null, percentComplete: 0 });
  }
  // Cancelled without the status (an inconsistent row still counts as closed everywhere).
  specs.push({ status: "ON_TRACK", cancelled: true, startOn: at(-100), targetOn: at(-1), lastUpdateOn: null, percentComplete: 0 });
  specs.push({ status: "ON_TRACK", cancelled: true, startOn: at(-100), targetOn: at(60), lastUpdateOn: null, percentComplete: 0 });
  return specs;
}

async function createMilestones(specs: Spec[]) {
  const setup = await createAgreementWithArea();
  await testDb.milestone.createMany({
    data: specs.map((spec, index) => ({
      agreementId: setup.agreement.id,
      cooperationAreaId: setup.area.id,
      titleEn: `Boundary ${index}`,
      descriptionEn: "Generated around a boundary of the rules",
      ownerOrganisationId: setup.malaysia.id,
      ownerSide: "MALAYSIA" as const,
      startOn: spec.startOn,
      targetOn: spec.targetOn,
      lastUpdateOn: spec.lastUpdateOn,
      status: spec.status,
      percentComplete: spec.percentComplete,
      cancelledAt: spec.status === "CANCELLED" || spec.cancelled ? new Date() : null,
      order: index + 1,
    })),
  });
  const rows = await testDb.milestone.findMany({
    where: { agreementId: setup.agreement.id },
    select: { id: true, status: true, startOn: true, targetOn: true, lastUpdateOn: true, cancelledAt: true, percentComplete: true },
  });
  return { setup, rows };
}

async function checkMilestones(day: Date) {
  const { setup, rows } = await createMilestones(milestoneSpecs(day));
  const due = dueStateSql(day);
  const sqlRows = await testDb.$queryRaw<
    { id: string; overdue: boolean; dueSoon: boolean; stale: boolean; onTrack: boolean; planned: number; behind: boolean; disagrees: boolean }[]
  >(Prisma.sql`
    SELECT m.id, ${due.overdue} AS "overdue", ${due.dueSoon} AS "dueSoon", ${due.stale} AS "stale", ${due.onTrack} AS "onTrack",
      CAST(${plannedPercentSql(day)} AS int) AS planned, ${behindPlanSql(day, threshold)} AS behind,
      ${reportedOnTrackButBehindSql(day, threshold)} AS disagrees
    FROM "Milestone" m WHERE m."agreementId" = ${setup.agreement.id}`);
  const bySql = new Map(sqlRows.map((row) => [row.id, row]));
  const expected = { overdue: 0, dueSoon: 0, stale: 0, onTrack: 0, behind: 0, disagrees: 0 };
  const disagreements: string[] = [];
  for (const row of rows) {
    const sql = bySql.get(row.id);
    if (!sql) throw new Error(`missing ${row.id}`);
    const state = dueState(row, day);
    const sqlStates = dueStates.filter((candidate) => sql[candidate]);
    const plan = planState(row, day, threshold);
    const describe = `${row.status}${row.cancelledAt ? "+cancelledAt" : ""} start ${isoDay(row.startOn)} target ${isoDay(row.targetOn)} last ${row.lastUpdateOn ? isoDay(row.lastUpdateOn) : "none"} ${row.percentComplete}%`;
    if (sqlStates.join() !== (state === "closed" ? "" : state)) disagreements.push(`${describe}: TS ${state}, SQL ${sqlStates.join("+") || "none"}`);
    if (sql.planned !== plannedPercent(row.startOn, row.targetOn, day)) disagreements.push(`${describe}: planned TS ${plannedPercent(row.startOn, row.targetOn, day)}, SQL ${sql.planned}`);
    if (sql.behind !== (plan === "behindPlan")) disagreements.push(`${describe}: behind plan TS ${plan}, SQL ${sql.behind}`);
    if (sql.disagrees !== reportedStatusDisagreesWithPlan(row.status, plan)) disagreements.push(`${describe}: disagreement TS/SQL differ`);
    if (state !== "closed") expected[state] += 1;
    if (plan === "behindPlan") expected.behind += 1;
    if (reportedStatusDisagreesWithPlan(row.status, plan)) expected.disagrees += 1;
  }
  expect(disagreements).toEqual([]);
  // Every state and the plan are exercised, or the comparison would prove little.
  for (const value of Object.values(expected)) expect(value).toBeGreaterThan(0);

  // The Prisma where-clauses of the officers' lists.
  for (const state of dueStates) {
    const ids = await testDb.milestone.findMany({ where: { AND: [{ agreementId: setup.agreement.id }, dueStateWhere(state, day)] }, select: { id: true } });
    expect(new Set(ids.map((row) => row.id)), state).toEqual(new Set(rows.filter((row) => dueState(row, day) === state).map((row) => row.id)));
  }

  // The dashboards' counts.
  const manager = await createUser({ role: "MANAGER" });
  const summary = await milestoneSummaryFor({ db: testDb, user: manager, filters: { ...noFilters, agreementId: setup.agreement.id }, today: day });
  expect(summary.byDueState).toEqual({ overdue: expected.overdue, due30: expected.dueSoon, stale: expected.stale, ontrack: expected.onTrack });
  expect(summary.behindPlan).toBe(expected.behind);
  expect(summary.behindPlanReportedOnTrack).toBe(expected.disagrees);
}

async function checkActionItems(day: Date) {
  const fixture = await createGroupFixture();
  for (const status of actionItemStatuses) {
    for (const offset of [-1, 0, 1]) await createActionItemRow(fixture, { status, dueOn: addDays(day, offset) });
  }
  const rows = await testDb.actionItem.findMany({ where: { workingGroupId: fixture.group.id }, select: { id: true, status: true, dueOn: true } });
  const sqlRows = await testDb.$queryRaw<{ id: string; overdue: boolean }[]>(Prisma.sql`
    SELECT a.id, ${actionItemIsOverdueSql(day)} AS overdue FROM "ActionItem" a WHERE a."workingGroupId" = ${fixture.group.id}`);
  const bySql = new Map(sqlRows.map((row) => [row.id, row.overdue]));
  const expectedIds = rows.filter((row) => isOverdue(row, day)).map((row) => row.id);
  expect(expectedIds.length).toBeGreaterThan(0);
  for (const row of rows) expect(bySql.get(row.id), `${row.status} due ${isoDay(row.dueOn)}`).toBe(isOverdue(row, day));
  const viaWhere = await testDb.actionItem.findMany({ where: { AND: [{ workingGroupId: fixture.group.id }, overdueWhere(day)] }, select: { id: true } });
  expect(new Set(viaWhere.map((row) => row.id))).toEqual(new Set(expectedIds));
  const manager = await createUser({ role: "MANAGER" });
  const summary = await actionItemSummaryFor({ db: testDb, user: manager, filters: { ...noFilters, agreementId: fixture.agreement.id }, today: day });
  expect(summary.overdue).toBe(expectedIds.length);
}

describe.each([...fixedInstants, { label: "00:30 on the first of a month in Kuala Lumpur", at: klMonthStart }])("at $label", ({ at }) => {
  fixClock(at);

  it("classifies milestones the same way in TypeScript, SQL, the lists' where-clauses and the dashboards", async () => {
    await checkMilestones(today());
  });

  it("classifies action items as overdue the same way in TypeScript, SQL, the lists and the dashboards", async () => {
    await checkActionItems(today());
  });
});

describe("the calendar day of a stored moment", () => {
  it("is taken in the application's time zone by the database as by lib/dates.ts", async () => {
    const [zone] = await testDb.$queryRaw<{ zone: string }[]>(Prisma.sql`SELECT app_time_zone() AS zone`);
    expect(zone?.zone).toBe(appTimeZone());
    for (const moment of [klHalfPastMidnight, klMonthStart, new Date("2026-03-31T15:30:00Z"), new Date("2026-12-31T16:00:00Z"), new Date("2026-12-31T15:59:59Z")]) {
      const [row] = await testDb.$queryRaw<{ day: Date; start: Date }[]>(Prisma.sql`
        SELECT app_calendar_day(CAST(${moment.toISOString().slice(0, 23).replace("T", " ")} AS timestamp)) AS day,
          app_day_start(app_calendar_day(CAST(${moment.toISOString().slice(0, 23).replace("T", " ")} AS timestamp))) AS start`);
      const day = calendarDayIn(moment, appTimeZone());
      expect(isoDay(row?.day ?? new Date(0)), moment.toISOString()).toBe(isoDay(day));
      // The day starts at midnight in Kuala Lumpur: 16:00 UTC the evening before.
      expect(row?.start.toISOString(), moment.toISOString()).toBe(new Date(day.getTime() - 8 * 3_600_000).toISOString());
    }
  });
});

describe("an update logged at 00:30 in Kuala Lumpur", () => {
  fixClock(klHalfPastMidnight);

  it("is today's on every page: the dashboard's headline and the trend's last row agree", async () => {
    const { logProgress } = await import("@/lib/actions/progress");
    const { getMilestoneSummary, getProgressTrend } = await import("@/lib/data/dashboard/portfolio");
    const { actAs } = await import("../helpers/request");
    const setup = await createAgreementWithArea();
    const milestone = await testDb.milestone.create({
      data: {
        agreementId: setup.agreement.id,
        cooperationAreaId: setup.area.id,
        titleEn: "Logged just after midnight",
        descriptionEn: "Described",
        ownerOrganisationId: setup.malaysia.id,
        ownerSide: "MALAYSIA",
        startOn: addDays(today(), -100),
        targetOn: addDays(today(), 100),
        order: 1,
      },
    });
    actAs(setup.officerMy);
    // The form's default date: today in Kuala Lumpur, which UTC still calls tomorrow.
    const reportedOn = isoDay(today());
    expect(reportedOn).toBe("2026-03-10");
    expect(await logProgress(undefined, { milestoneId: milestone.id, reportedOn, percentComplete: "65", status: "ON_TRACK", narrative: "Logged at half past midnight." })).toMatchObject({ status: "success" });

    actAs(await createUser({ role: "MANAGER" }));
    const filters = { ...noFilters, agreementId: setup.agreement.id };
    const [summary, trend] = await Promise.all([getMilestoneSummary(filters), getProgressTrend(filters)]);
    expect(summary.weightedProgress).toBe(65);
    expect(isoDay(trend.at(-1)?.asOf ?? new Date(0))).toBe(reportedOn);
    expect(trend.at(-1)?.weightedProgress).toBe(65);
  });
});
