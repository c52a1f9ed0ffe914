// The rules of milestone progress as pure functions: what "latest" means, the due state an
// officer's home page groups by, weighted progress, indicator → percent, the planned line and the
// plan-based state. Each state that a database query also decides ("overdue", "due soon",
// "stale", "behind plan") is defined here twice, side by side: the TypeScript form and the SQL
// form every query uses, built from the same constants; tests/integration/due-state-agreement
// holds the two to the same answers around every boundary.
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, assertCalendarDay, dayMs, isoDay } from "@/lib/dates";

export type DueState = "overdue" | "dueSoon" | "stale" | "onTrack" | "closed";
export const dueStates = ["overdue", "dueSoon", "stale", "onTrack"] as const;
export type OpenDueState = (typeof dueStates)[number];

export const dueSoonDays = 30;
export const staleDays = 60;

type DueInput = { status: string; targetOn: Date; startOn: Date; lastUpdateOn: Date | null; cancelledAt?: Date | null };

function isClosed(milestone: { status: string; cancelledAt?: Date | null }): boolean {
  return milestone.status === "COMPLETED" || milestone.status === "CANCELLED" || Boolean(milestone.cancelledAt);
}

/**
 * Overdue: target passed and not finished. Due soon: target within 30 days. Stale: no update for
 * more than 60 days (counting from the start when there has never been one). Otherwise on track.
 * Completed and cancelled work is closed. The first matching state wins, in that order.
 * `today` is a calendar day from today() (lib/dates.ts).
 */
export function dueState(milestone: DueInput, today: Date): DueState {
  if (isClosed(milestone)) return "closed";
  const { today: day, dueSoonUntil, staleBefore } = dueBoundaries(today);
  if (milestone.targetOn < day) return "overdue";
  if (milestone.targetOn <= dueSoonUntil) return "dueSoon";
  const lastActivity = milestone.lastUpdateOn ?? milestone.startOn;
  if (lastActivity < staleBefore) return "stale";
  return "onTrack";
}

/** The boundaries `dueState` uses, for database queries that group the same way. */
export function dueBoundaries(today: Date): { today: Date; dueSoonUntil: Date; staleBefore: Date } {
  const day = assertCalendarDay(today);
  return { today: day, dueSoonUntil: addDays(day, dueSoonDays), staleBefore: addDays(day, -staleDays) };
}

// Stryker disable all: the SQL and Prisma forms are checked against dueState/planState on real
// databases (tests/integration/due-state-agreement.test.ts); the mutation run starts unit tests only.
/** A calendar day as a SQL date parameter. */
export const sqlDay = (day: Date) => Prisma.sql`CAST(${isoDay(assertCalendarDay(day))} AS date)`;

/** SQL: a "Milestone" row aliased `m` is open (not completed, not cancelled). */
export const milestoneIsOpenSql = Prisma.sql`(m.status NOT IN ('COMPLETED', 'CANCELLED') AND m."cancelledAt" IS NULL)`;

/** SQL form of `dueState` on a "Milestone" row aliased `m`: one exclusive condition per open state. */
export function dueStateSql(today: Date): Record<OpenDueState, Prisma.Sql> {
  const day = sqlDay(today);
  const open = milestoneIsOpenSql;
  const notDue = Prisma.sql`m."targetOn" > ${day} + ${dueSoonDays}::int`;
  const lastActivity = Prisma.sql`COALESCE(m."lastUpdateOn", m."startOn")`;
  return {
    overdue: Prisma.sql`(${open} AND m."targetOn" < ${day})`,
    dueSoon: Prisma.sql`(${open} AND m."targetOn" >= ${day} AND m."targetOn" <= ${day} + ${dueSoonDays}::int)`,
    stale: Prisma.sql`(${open} AND ${notDue} AND ${lastActivity} < ${day} - ${staleDays}::int)`,
    onTrack: Prisma.sql`(${open} AND ${notDue} AND ${lastActivity} >= ${day} - ${staleDays}::int)`,
  };
}

/** Prisma where-clause form of `dueState`, for the lists that group in the database. */
export function dueStateWhere(state: OpenDueState, today: Date): Prisma.MilestoneWhereInput {
  const { today: day, dueSoonUntil, staleBefore } = dueBoundaries(today);
  const open: Prisma.MilestoneWhereInput = { cancelledAt: null, status: { notIn: ["COMPLETED", "CANCELLED"] } };
  const notDue: Prisma.MilestoneWhereInput = { targetOn: { gt: dueSoonUntil } };
  const stale: Prisma.MilestoneWhereInput = {
    OR: [{ lastUpdateOn: { lt: staleBefore } }, { lastUpdateOn: null, startOn: { lt: staleBefore } }],
  };
  switch (state) {
    case "overdue":
      return { ...open, targetOn: { lt: day } };
    case "dueSoon":
      return { ...open, targetOn: { gte: day, lte: dueSoonUntil } };
    case "stale":
      return { AND: [open, notDue, stale] };
    case "onTrack":
      // Spelled out rather than NOT(stale): NOT over a NULL comparison is NULL in SQL and would drop never-updated rows.
      return { AND: [open, notDue, { OR: [{ lastUpdateOn: { gte: staleBefore } }, { lastUpdateOn: null, startOn: { gte: staleBefore } }] }] };
  }
}

// Stryker restore all

// ---- The plan ----------------------------------------------------------------------------------

export const defaultBehindPlanPoints = 10;

/**
 * How many points behind its planned line a milestone may be before it is "behind plan":
 * BEHIND_PLAN_POINTS (a whole number from 0 to 100), by default 10. A malformed value fails loudly.
 */
export function behindPlanPoints(value: string | undefined = process.env.BEHIND_PLAN_POINTS): number {
  if (value === undefined || value.trim() === "") return defaultBehindPlanPoints;
  const points = Number(value);
  if (!Number.isInteger(points) || points < 0 || points > 100) throw new Error(`BEHIND_PLAN_POINTS must be a whole number from 0 to 100, got "${value}"`);
  return points;
}

/**
 * Where the plan says the milestone should be on `date`: a straight line from 0% at start to 100%
 * at target, in whole points (halves round up). Integer arithmetic on days, so the SQL form
 * (`plannedPercentSql`) gives exactly the same number.
 */
export function plannedPercent(startOn: Date, targetOn: Date, date: Date): number {
  const span = Math.round((targetOn.getTime() - startOn.getTime()) / dayMs);
  const elapsed = Math.floor((date.getTime() - startOn.getTime()) / dayMs);
  if (span <= 0) return date >= targetOn ? 100 : 0;
  if (elapsed <= 0) return 0;
  if (elapsed >= span) return 100;
  return Math.floor((200 * elapsed + span) / (2 * span));
}

// Stryker disable all: the SQL and Prisma forms are checked against dueState/planState on real
// databases (tests/integration/due-state-agreement.test.ts); the mutation run starts unit tests only.
/** SQL form of `plannedPercent` for a "Milestone" row aliased `m` on a calendar day. */
export function plannedPercentSql(today: Date): Prisma.Sql {
  const day = sqlDay(today);
  return Prisma.sql`(CASE
    WHEN m."targetOn" - m."startOn" <= 0 THEN CASE WHEN ${day} >= m."targetOn" THEN 100 ELSE 0 END
    WHEN ${day} - m."startOn" <= 0 THEN 0
    WHEN ${day} - m."startOn" >= m."targetOn" - m."startOn" THEN 100
    ELSE (200 * (${day} - m."startOn") + (m."targetOn" - m."startOn")) / (2 * (m."targetOn" - m."startOn"))
  END)`;
}
// Stryker restore all

export type PlanState = "behindPlan" | "onPlan";

/** Schedule variance: reported percent minus planned percent today (negative = behind). */
export function scheduleVariance(milestone: { percentComplete: number; startOn: Date; targetOn: Date }, today: Date): number {
  return milestone.percentComplete - plannedPercent(milestone.startOn, milestone.targetOn, assertCalendarDay(today));
}

/**
 * The plan-based state beside the reported one: behind plan when the variance is below
 * −threshold points; null for closed work (completed or cancelled).
 */
export function planState(
  milestone: { status: string; cancelledAt?: Date | null; percentComplete: number; startOn: Date; targetOn: Date },
  today: Date,
  threshold: number = behindPlanPoints(),
): PlanState | null {
  if (isClosed(milestone)) return null;
  return scheduleVariance(milestone, today) < -threshold ? "behindPlan" : "onPlan";
}

/** Everything a page shows about the plan: the state, the planned percent today and the variance; null for closed work. */
export function planView(
  milestone: { status: string; cancelledAt?: Date | null; percentComplete: number; startOn: Date; targetOn: Date },
  today: Date,
  threshold: number = behindPlanPoints(),
): { state: PlanState; planned: number; variance: number } | null {
  const state = planState(milestone, today, threshold);
  if (state === null) return null;
  return { state, planned: plannedPercent(milestone.startOn, milestone.targetOn, today), variance: scheduleVariance(milestone, today) };
}

// Stryker disable all: the SQL and Prisma forms are checked against dueState/planState on real
// databases (tests/integration/due-state-agreement.test.ts); the mutation run starts unit tests only.
/** SQL form of planState(...) === "behindPlan" for a "Milestone" row aliased `m`. */
export function behindPlanSql(today: Date, threshold: number = behindPlanPoints()): Prisma.Sql {
  return Prisma.sql`(${milestoneIsOpenSql} AND m."percentComplete" - ${plannedPercentSql(today)} < -${threshold}::int)`;
}
// Stryker restore all

/** A reported status that the plan contradicts: the officer says "on track" while the plan says behind. */
export function reportedStatusDisagreesWithPlan(status: string, state: PlanState | null): boolean {
  return state === "behindPlan" && status === "ON_TRACK";
}

// Stryker disable all: the SQL and Prisma forms are checked against dueState/planState on real
// databases (tests/integration/due-state-agreement.test.ts); the mutation run starts unit tests only.
/** SQL form of reportedStatusDisagreesWithPlan(m.status, planState(m)) for a "Milestone" row aliased `m`. */
export function reportedOnTrackButBehindSql(today: Date, threshold: number = behindPlanPoints()): Prisma.Sql {
  return Prisma.sql`(m.status = 'ON_TRACK' AND ${behindPlanSql(today, threshold)})`;
}
// Stryker restore all

type Weighted = { weight: number; percentComplete: number; status: string };

/** Progress of a set of milestones, each counting by its weight; cancelled ones do not count. Null when nothing counts. */
export function weightedProgress(milestones: readonly Weighted[]): number | null {
  let totalWeight = 0;
  let weighted = 0;
  for (const milestone of milestones) {
    if (milestone.status === "CANCELLED" || milestone.weight <= 0) continue;
    totalWeight += milestone.weight;
    weighted += milestone.weight * Math.min(100, Math.max(0, milestone.percentComplete));
  }
  return totalWeight === 0 ? null : Math.round((weighted / totalWeight) * 10) / 10;
}

/** Percent complete from an indicator's actual value, on the line from baseline (0%) to target (100%), clamped. */
export function percentFromIndicator(actual: number, baseline: number, target: number): number {
  if (target === baseline) return actual >= target ? 100 : 0;
  const percent = ((actual - baseline) / (target - baseline)) * 100;
  return Math.round(Math.min(100, Math.max(0, percent)));
}

type Ordered = { reportedOn: Date; createdAt: Date; id?: string };

/** Updates in history order: by the day reported, then by when they were entered. */
export function compareUpdates(a: Ordered, b: Ordered): number {
  const byDay = a.reportedOn.getTime() - b.reportedOn.getTime();
  if (byDay !== 0) return byDay;
  const byEntry = a.createdAt.getTime() - b.createdAt.getTime();
  if (byEntry !== 0) return byEntry;
  return (a.id ?? "").localeCompare(b.id ?? "");
}

/** The update that defines the milestone's current state, or null when there is none. */
export function latestUpdate<T extends Ordered>(updates: readonly T[]): T | null {
  let latest: T | null = null;
  for (const update of updates) if (!latest || compareUpdates(update, latest) > 0) latest = update;
  return latest;
}

/** The milestone's current state as its latest update defines it. */
export function currentState(updates: readonly (Ordered & { status: string; percentComplete: number })[]): {
  status: string;
  percentComplete: number;
  lastUpdateOn: Date | null;
  completedOn: Date | null;
} {
  const latest = latestUpdate(updates);
  if (!latest) return { status: "NOT_STARTED", percentComplete: 0, lastUpdateOn: null, completedOn: null };
  return {
    status: latest.status,
    percentComplete: latest.percentComplete,
    lastUpdateOn: latest.reportedOn,
    completedOn: latest.status === "COMPLETED" ? latest.reportedOn : null,
  };
}

/**
 * Going backwards needs a reason the history can show: an AT_RISK/OFF_TRACK status or a
 * correction. Otherwise the officer must confirm it explicitly.
 */
export function needsBackwardsConfirmation(input: { previousPercent: number | null; percent: number; status: string; isCorrection: boolean }): boolean {
  if (input.previousPercent === null || input.percent >= input.previousPercent) return false;
  if (input.isCorrection) return false;
  return input.status !== "AT_RISK" && input.status !== "OFF_TRACK";
}
