// When an agreement enters into force, computed from its rule and the domestic steps each side
// recorded. Pure (calendar days as YYYY-MM-DD strings, no clock, no time zone), so the page, the
// lifecycle's proposal and the unit tests share one answer.
import { isoDay } from "@/lib/dates";
export type EntrySide = "MALAYSIA" | "CHINA";

export const domesticStepKinds = ["CABINET_APPROVAL", "PARLIAMENTARY_APPROVAL", "NOTIFICATION", "OTHER"] as const;
export const entryIntoForceRules = ["ON_SIGNATURE", "FIXED_DATE", "LATER_NOTIFICATION", "AFTER_LATER_NOTIFICATION"] as const;
export const entrySides: readonly EntrySide[] = ["MALAYSIA", "CHINA"];

export type EntryRule =
  | { kind: "ON_SIGNATURE" }
  | { kind: "FIXED_DATE"; on: string }
  | { kind: "LATER_NOTIFICATION" }
  | { kind: "AFTER_LATER_NOTIFICATION"; after: number; unit: "DAYS" | "MONTHS" };

export interface EntryStep {
  side: EntrySide;
  kind: (typeof domesticStepKinds)[number];
  /** YYYY-MM-DD */
  on: string;
}

export type EntryIntoForce =
  | { state: "date"; on: string }
  | { state: "pending"; reason: "noRule" }
  | { state: "pending"; reason: "notSigned" }
  | { state: "pending"; reason: "waitingForNotification"; sides: EntrySide[] };

const isoDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(day: string): { year: number; month: number; date: number } {
  const match = isoDayPattern.exec(day);
  if (!match) throw new Error(`Not a calendar day: ${day}`);
  return { year: Number(match[1]), month: Number(match[2]), date: Number(match[3]) };
}


export function addCalendarDays(day: string, days: number): string {
  const { year, month, date } = parts(day);
  return isoDay(new Date(Date.UTC(year, month - 1, date + days)));
}

/** Adds months, clamped to the end of the month reached: 31 Jan + 1 month = 28 (or 29) Feb. */
export function addCalendarMonths(day: string, months: number): string {
  const { year, month, date } = parts(day);
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDayOfTarget = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  return isoDay(new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), Math.min(date, lastDayOfTarget))));
}

/**
 * Each side's notification of completion: the earliest it recorded (a later note repeats or
 * corrects it, and does not move the day its procedures were complete). Recording order does
 * not matter, only the dates.
 */
export function notificationDays(steps: readonly EntryStep[]): Partial<Record<EntrySide, string>> {
  const days: Partial<Record<EntrySide, string>> = {};
  for (const step of steps) {
    if (step.kind !== "NOTIFICATION") continue;
    const current = days[step.side];
    if (current === undefined || step.on < current) days[step.side] = step.on;
  }
  return days;
}

/** The later of the two sides' notifications, or which sides are still awaited. */
function laterNotification(steps: readonly EntryStep[]): { on: string } | { missing: EntrySide[] } {
  const days = notificationDays(steps);
  const missing = entrySides.filter((side) => days[side] === undefined);
  if (missing.length > 0) return { missing };
  const [malaysia, china] = [days.MALAYSIA ?? "", days.CHINA ?? ""];
  return { on: malaysia > china ? malaysia : china };
}

export function entryIntoForceDate(options: { rule: EntryRule | null; signedOn: string | null; steps: readonly EntryStep[] }): EntryIntoForce {
  const { rule, signedOn, steps } = options;
  if (!rule) return { state: "pending", reason: "noRule" };
  switch (rule.kind) {
    case "ON_SIGNATURE":
      return signedOn ? { state: "date", on: signedOn } : { state: "pending", reason: "notSigned" };
    case "FIXED_DATE":
      return { state: "date", on: rule.on };
    case "LATER_NOTIFICATION":
    case "AFTER_LATER_NOTIFICATION": {
      const later = laterNotification(steps);
      if ("missing" in later) return { state: "pending", reason: "waitingForNotification", sides: later.missing };
      if (rule.kind === "LATER_NOTIFICATION") return { state: "date", on: later.on };
      return { state: "date", on: rule.unit === "DAYS" ? addCalendarDays(later.on, rule.after) : addCalendarMonths(later.on, rule.after) };
    }
  }
}

/**
 * Whether the lifecycle should propose "in force": the agreement is signed (not yet in force)
 * and its computed date has come. The user confirms; nothing moves on its own.
 */
export function shouldProposeInForce(options: { status: string; result: EntryIntoForce; today: string }): boolean {
  return options.status === "SIGNED" && options.result.state === "date" && options.result.on <= options.today;
}

/** The rule as stored on the agreement's columns, or null when none (or an incomplete one) is recorded. */
export function ruleFromColumns(columns: {
  entryIntoForceRule: EntryRule["kind"] | null;
  entryIntoForceOn: Date | null;
  entryIntoForceAfter: number | null;
  entryIntoForceUnit: "DAYS" | "MONTHS" | null;
}): EntryRule | null {
  switch (columns.entryIntoForceRule) {
    case null:
      return null;
    case "ON_SIGNATURE":
    case "LATER_NOTIFICATION":
      return { kind: columns.entryIntoForceRule };
    case "FIXED_DATE":
      return columns.entryIntoForceOn ? { kind: "FIXED_DATE", on: isoDay(columns.entryIntoForceOn) } : null;
    case "AFTER_LATER_NOTIFICATION":
      return columns.entryIntoForceAfter !== null && columns.entryIntoForceUnit
        ? { kind: "AFTER_LATER_NOTIFICATION", after: columns.entryIntoForceAfter, unit: columns.entryIntoForceUnit }
        : null;
  }
}
