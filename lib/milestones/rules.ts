// The rules of milestone progress as pure functions: what "latest" means, the due state an
// officer's home page groups by, weighted progress, indicator → percent, and the planned line.
// Shared by actions, imports, pages and the database queries that must agree with them.
import { dayMs, startOfUtcDay } from "@/lib/dates";

export type DueState = "overdue" | "dueSoon" | "stale" | "onTrack" | "closed";
export const dueStates = ["overdue", "dueSoon", "stale", "onTrack"] as const;

export const dueSoonDays = 30;
export const staleDays = 60;



/**
 * Today's calendar date where the two governments work (Malaysia and China are both UTC+8),
 * as midnight UTC: at 07:00 in Putrajaya it is already "today" there while UTC is still on yesterday.
 */
export function todayInAppZone(now: Date = new Date(), timeZone = "Asia/Kuala_Lumpur"): Date {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${iso}T00:00:00Z`);
}

export function addUtcDays(value: Date, days: number): Date {
  return new Date(value.getTime() + days * dayMs);
}

type DueInput = { status: string; targetOn: Date; startOn: Date; lastUpdateOn: Date | null; cancelledAt?: Date | null };

/**
 * Overdue: target passed and not finished. Due soon: target within 30 days. Stale: no update for
 * more than 60 days (counting from the start when there has never been one). Otherwise on track.
 * Completed and cancelled work is closed. The first matching state wins, in that order.
 */
export function dueState(milestone: DueInput, today: Date): DueState {
  if (milestone.status === "COMPLETED" || milestone.status === "CANCELLED" || milestone.cancelledAt) return "closed";
  const day = startOfUtcDay(today);
  if (milestone.targetOn < day) return "overdue";
  if (milestone.targetOn <= addUtcDays(day, dueSoonDays)) return "dueSoon";
  const lastActivity = milestone.lastUpdateOn ?? milestone.startOn;
  if (lastActivity < addUtcDays(day, -staleDays)) return "stale";
  return "onTrack";
}

/** The boundaries `dueState` uses, for database queries that group the same way. */
export function dueBoundaries(today: Date): { today: Date; dueSoonUntil: Date; staleBefore: Date } {
  const day = startOfUtcDay(today);
  return { today: day, dueSoonUntil: addUtcDays(day, dueSoonDays), staleBefore: addUtcDays(day, -staleDays) };
}

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

/** Where the plan says the milestone should be on `date`: a straight line from 0% at start to 100% at target. */
export function plannedPercent(startOn: Date, targetOn: Date, date: Date): number {
  const span = targetOn.getTime() - startOn.getTime();
  if (span <= 0) return date >= targetOn ? 100 : 0;
  const percent = ((date.getTime() - startOn.getTime()) / span) * 100;
  return Math.round(Math.min(100, Math.max(0, percent)));
}
