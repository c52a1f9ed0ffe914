// The figures behind the ministerial briefing, as (section, measure, value) rows: the same
// numbers the dashboard shows, for the CSV/XLSX download. Labels are message keys so the
// download is in the reader's language.
import type { MessageKey } from "@/lib/i18n/translate";
import type { OwnerSideValue } from "../filters";
import { ownerSides } from "../filters";
import { authorized, type DashboardContext } from "./context";
import { actionItemStatuses, actionItemSummaryFor, agreementStatuses, agreementTypes, instrumentSummaryFor, milestoneStatuses, milestoneSummaryFor } from "./portfolio";
import { sideComparisonFor, type SideFigures } from "./sides";
import { dueStates } from "./sql";
import { progressTrendFor } from "./trend";

export type FigureUnit = "count" | "percent" | "days";

export interface BriefingFigure {
  section: "instruments" | "progress" | "milestones" | "actionItems" | "sidesMilestones" | "sidesActionItems" | "trend";
  /** What is measured, as parts the caller translates (e.g. ["agreementStatus.IN_FORCE"]). */
  /** A part with a `detail` date is a message taking `{date}` (e.g. "As of {date}"). */
  measure: { key: MessageKey; detail?: Date }[];
  value: number | null;
  unit: FigureUnit;
}

const sideMeasures: { key: keyof SideFigures; unit: FigureUnit }[] = [
  { key: "owned", unit: "count" },
  { key: "completedOnTime", unit: "count" },
  { key: "completedLate", unit: "count" },
  { key: "overdue", unit: "count" },
  { key: "averageDaysLate", unit: "days" },
  { key: "recentUpdates", unit: "count" },
];

function sideRows(section: "sidesMilestones" | "sidesActionItems", totals: Partial<Record<OwnerSideValue, SideFigures>>): BriefingFigure[] {
  return ownerSides.flatMap((side) =>
    sideMeasures.map(({ key, unit }) => ({
      section,
      measure: [{ key: `sides.${side}` }, { key: `dashboard.sides.${key === "recentUpdates" ? (section === "sidesMilestones" ? "recentMilestones" : "recentActions") : key}` }],
      value: totals[side]?.[key] ?? (key === "averageDaysLate" ? null : 0),
      unit,
    })),
  );
}

export async function briefingFiguresFor(input: DashboardContext): Promise<BriefingFigure[]> {
  const context = authorized(input);
  const [instruments, milestones, actionItems, sides, trend] = await Promise.all([
    instrumentSummaryFor(context),
    milestoneSummaryFor(context),
    actionItemSummaryFor(context),
    sideComparisonFor({ ...context, grouping: "agreement" }),
    progressTrendFor(context),
  ]);
  const rows: BriefingFigure[] = [
    { section: "instruments", measure: [{ key: "dashboard.instruments.total" }], value: instruments.total, unit: "count" },
    { section: "instruments", measure: [{ key: "dashboard.instruments.expiringSoon" }], value: instruments.expiringSoon, unit: "count" },
    ...agreementStatuses.map((status): BriefingFigure => ({ section: "instruments", measure: [{ key: `agreementStatus.${status}` }], value: instruments.byStatus[status], unit: "count" })),
    ...agreementTypes.map((type): BriefingFigure => ({ section: "instruments", measure: [{ key: `agreementTypes.${type}` }], value: instruments.byType[type], unit: "count" })),
    { section: "progress", measure: [{ key: "dashboard.progress.weighted" }], value: milestones.weightedProgress, unit: "percent" },
    { section: "milestones", measure: [{ key: "dashboard.milestones.count" }], value: milestones.total, unit: "count" },
    ...dueStates.map((state): BriefingFigure => ({ section: "milestones", measure: [{ key: `dashboard.milestones.dueStates.${state}` }], value: milestones.byDueState[state], unit: "count" })),
    ...milestoneStatuses.map((status): BriefingFigure => ({ section: "milestones", measure: [{ key: `dashboard.milestoneStatus.${status}` }], value: milestones.byStatus[status], unit: "count" })),
    { section: "actionItems", measure: [{ key: "dashboard.actionItems.open" }], value: actionItems.open, unit: "count" },
    { section: "actionItems", measure: [{ key: "dashboard.actionItems.overdue" }], value: actionItems.overdue, unit: "count" },
    ...actionItemStatuses.map((status): BriefingFigure => ({ section: "actionItems", measure: [{ key: `dashboard.actionItemStatus.${status}` }], value: actionItems.byStatus[status], unit: "count" })),
    ...sideRows("sidesMilestones", sides.milestones.totals),
    ...sideRows("sidesActionItems", sides.actionItems.totals),
    ...trend.flatMap((point): BriefingFigure[] => [
      { section: "trend", measure: [{ key: "dashboard.trend.progress" }, { key: "compose.asOfDate", detail: point.asOf }], value: point.weightedProgress, unit: "percent" },
      { section: "trend", measure: [{ key: "dashboard.trend.overdue" }, { key: "compose.asOfDate", detail: point.asOf }], value: point.overdue, unit: "count" },
    ]),
  ];
  return rows;
}
