// The briefing figures in the reader's language: for the printed table and the download.
import { formatDate, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import type { BriefingFigure, FigureMeasure } from "./core/briefing";

const sectionKeys: Record<BriefingFigure["section"], MessageKey[]> = {
  instruments: ["dashboard.instruments.title"],
  progress: ["dashboard.progress.title"],
  milestones: ["dashboard.milestones.title"],
  actionItems: ["dashboard.actionItems.title"],
  sidesMilestones: ["dashboard.sides.title", "dashboard.sides.milestones"],
  sidesActionItems: ["dashboard.sides.title", "dashboard.sides.actionItems"],
  trend: ["dashboard.trend.title"],
};

export interface LabelledFigure {
  section: string;
  measure: string;
  /** The number as a spreadsheet should hold it (percent as 0–100, rounded to 0.1). */
  value: number | null;
  /** The number as a person reads it. */
  text: string;
}

function measureValues(measure: FigureMeasure, t: Translate, locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(measure.values ?? {}).map(([name, value]) => [name, value instanceof Date ? formatDate(value, locale) : t(value)]));
}

export function labelFigures(rows: BriefingFigure[], t: Translate, locale: Locale): LabelledFigure[] {
  return rows.map((row) => {
    const value = row.value === null ? null : Math.round(row.value * 10) / 10;
    const text =
      value === null
        ? t("dashboard.notApplicable")
        : row.unit === "percent"
          ? formatNumber(value / 100, locale, { style: "percent", maximumFractionDigits: 1 })
          : formatNumber(value, locale, { maximumFractionDigits: 1 });
    return {
      section: sectionKeys[row.section].map((key) => t(key)).reduce((label, value) => t("compose.labelled", { label, value })),
      measure: t(row.measure.key, measureValues(row.measure, t, locale)),
      value,
      text,
    };
  });
}
