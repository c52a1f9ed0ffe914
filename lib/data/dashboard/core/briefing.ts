// The figures behind the ministerial briefing, as (section, measure, value) rows: the same
// numbers the dashboard shows, for the CSV/XLSX download. Labels are message keys so the
// download is in the reader's language; each figure's one message says what it counts (milestones
// "on track" by due date and by reported status are two different figures), so no two match.
import type { MessageKey } from "@/lib/i18n/translate";
import type { OwnerSideValue } from "../filters";
import { ownerSides } from "../filters";
import { authorized, type DashboardContext } from "./context";
import { actionItemStatuses, actionItemSummaryFor, agreementStatuses, agreementTypes, instrumentSummaryFor, milestoneStatuses, milestoneSummaryFor } from "./portfolio";
import { sideComparisonFor, type SideFigures } from "./sides";
import { dueStates } from "./sql";
import { progressTrendFor } from "./trend";

export type FigureUnit = "count" | "percent" | "days";

export interface FigureMeasure {
  key: MessageKey;
  values?: Record<string, MessageKey | Date>;
}

export interface BriefingFigure {
  section: "instruments" | "progress" | "milestones" | "actionItems" | "sidesMilestones" | "sidesActionItems" | "trend";
  /** What is counted: one message, and the labels (message keys) or dates that fill it. */
  measure: FigureMeasure;
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
      measure: {
        key: section === "sidesMilestones" ? "figureLabels.milestonesBySide" : "figureLabels.actionItemsBySide",
        values: { side: `sides.${side}`, measure: `dashboard.sides.${key === "recentUpdates" ? (section === "sidesMilestones" ? "recentMilestones" : "recentActions") : key}` },
      },
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
    { section: "instruments", measure: { key: "figureLabels.instrumentsTotal" }, value: instruments.total, unit: "count" },
    { section: "instruments", measure: { key: "figureLabels.instrumentsExpiringSoon" }, value: instruments.expiringSoon, unit: "count" },
    ...agreementStatuses.map((status): BriefingFigure => ({ section: "instruments", measure: { key: "figureLabels.instrumentsByStatus", values: { status: `agreementStatus.${status}` } }, value: instruments.byStatus[status], unit: "count" })),
    ...agreementTypes.map((type): BriefingFigure => ({ section: "instruments", measure: { key: "figureLabels.instrumentsByType", values: { type: `agreementTypes.${type}` } }, value: instruments.byType[type], unit: "count" })),
    { section: "progress", measure: { key: "figureLabels.weightedProgress" }, value: milestones.weightedProgress, unit: "percent" },
    { section: "progress", measure: { key: "jointProgress.figures.confirmedProgress" }, value: milestones.confirmedProgress, unit: "percent" },
    { section: "progress", measure: { key: "jointProgress.figures.openDisputes" }, value: milestones.openDisputes, unit: "count" },
    { section: "progress", measure: { key: "jointProgress.figures.awaiting" }, value: milestones.awaitingConfirmation, unit: "count" },
    { section: "milestones", measure: { key: "figureLabels.milestonesTotal" }, value: milestones.total, unit: "count" },
    ...dueStates.map((state): BriefingFigure => ({ section: "milestones", measure: { key: "figureLabels.milestonesByDueDate", values: { state: `dashboard.milestones.dueStates.${state}` } }, value: milestones.byDueState[state], unit: "count" })),
    ...milestoneStatuses.map((status): BriefingFigure => ({ section: "milestones", measure: { key: "figureLabels.milestonesByReportedStatus", values: { status: `dashboard.milestoneStatus.${status}` } }, value: milestones.byStatus[status], unit: "count" })),
    { section: "actionItems", measure: { key: "figureLabels.actionItemsNotDone" }, value: actionItems.open, unit: "count" },
    { section: "actionItems", measure: { key: "figureLabels.actionItemsOverdue" }, value: actionItems.overdue, unit: "count" },
    ...actionItemStatuses.map((status): BriefingFigure => ({ section: "actionItems", measure: { key: "figureLabels.actionItemsByStatus", values: { status: `dashboard.actionItemStatus.${status}` } }, value: actionItems.byStatus[status], unit: "count" })),
    ...sideRows("sidesMilestones", sides.milestones.totals),
    ...sideRows("sidesActionItems", sides.actionItems.totals),
    ...trend.flatMap((point): BriefingFigure[] => [
      { section: "trend", measure: { key: "figureLabels.trendProgress", values: { date: point.asOf } }, value: point.weightedProgress, unit: "percent" },
      { section: "trend", measure: { key: "figureLabels.trendOverdue", values: { date: point.asOf } }, value: point.overdue, unit: "count" },
    ]),
  ];
  return rows;
}
