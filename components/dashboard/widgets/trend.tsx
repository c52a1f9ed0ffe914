import { FiguresTable } from "../figures-table";
import { LineChart } from "../line-chart";
import { countText, monthText, percentText } from "../format";
import { Widget } from "../widget";
import { getProgressTrend } from "@/lib/data/dashboard/portfolio";
import type { DashboardFilters } from "@/lib/data/dashboard/filters";
import { formatDate } from "@/lib/format";
import { getTranslations } from "@/lib/i18n/server";

export async function TrendWidget({ filters }: { filters: DashboardFilters }) {
  const [{ t, locale }, points] = await Promise.all([getTranslations(), getProgressTrend(filters)]);
  const n = (value: number) => countText(value, locale);
  const first = points[0];
  const last = points.at(-1);
  const empty = t("dashboard.notApplicable");
  const hasHistory = points.some((point) => point.milestones > 0);
  const summary =
    first && last && hasHistory
      ? t("dashboard.trend.summary", {
          months: filters.periodMonths,
          from: percentText(first.weightedProgress, locale, empty),
          to: percentText(last.weightedProgress, locale, empty),
          overdueFrom: first.overdue,
          overdueTo: last.overdue,
        })
      : t("dashboard.trend.empty");
  const maxOverdue = Math.max(...points.map((point) => point.overdue), 1);
  return (
    <Widget id="trend" title={t("dashboard.trend.title")}>
      <p className="mb-3 text-sm text-gray-600">{t("dashboard.trend.note")}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <LineChart
          id="trend-progress"
          title={t("dashboard.trend.progressChart")}
          summary={summary}
          points={points.map((point) => ({ label: monthText(point.asOf, locale), value: point.weightedProgress, valueText: percentText(point.weightedProgress, locale, empty) }))}
          max={100}
          axisText={(value) => percentText(value, locale)}
        />
        <LineChart
          id="trend-overdue"
          title={t("dashboard.trend.overdueChart")}
          summary={
            first && last && hasHistory
              ? t("dashboard.trend.overdueSummary", { from: first.overdue, to: last.overdue, months: filters.periodMonths })
              : t("dashboard.trend.empty")
          }
          points={points.map((point) => ({ label: monthText(point.asOf, locale), value: point.overdue, valueText: n(point.overdue) }))}
          max={maxOverdue}
          marker="square"
          axisText={(value) => n(Math.round(value))}
        />
      </div>
      <FiguresTable
        caption={t("dashboard.trend.caption")}
        columns={[t("dashboard.trend.asOf"), t("dashboard.trend.progress"), t("dashboard.trend.overdue"), t("dashboard.trend.milestones")]}
        rows={points.map((point) => ({
          key: point.asOf.toISOString(),
          cells: [formatDate(point.asOf, locale), percentText(point.weightedProgress, locale, empty), n(point.overdue), n(point.milestones)],
        }))}
      />
    </Widget>
  );
}
