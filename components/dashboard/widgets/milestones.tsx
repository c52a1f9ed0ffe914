import { BarChart } from "../bar-chart";
import { FiguresTable } from "../figures-table";
import { countText, percentText } from "../format";
import { listHref } from "../links";
import { Figure, Widget } from "../widget";
import { getMilestoneSummary } from "@/lib/data/dashboard/portfolio";
import { milestoneStatuses } from "@/lib/data/dashboard/core/portfolio";
import { dueStates } from "@/lib/data/dashboard/core/sql";
import type { DashboardFilters } from "@/lib/data/dashboard/filters";
import { getTranslations } from "@/lib/i18n/server";

export async function MilestonesWidget({ filters }: { filters: DashboardFilters }) {
  const [{ t, locale }, summary] = await Promise.all([getTranslations(), getMilestoneSummary(filters)]);
  const n = (value: number) => countText(value, locale);
  const open = dueStates.reduce((sum, state) => sum + summary.byDueState[state], 0);
  const progress = percentText(summary.weightedProgress, locale, t("dashboard.progress.none"));
  const confirmed = percentText(summary.confirmedProgress, locale, t("dashboard.progress.none"));
  return (
    <Widget id="milestones" title={t("dashboard.milestones.title")}>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <Figure label={t("dashboard.progress.weighted")} value={progress} href={listHref("/milestones", {}, filters)} hint={t("dashboard.progress.hint")} />
        <Figure label={t("jointProgress.dashboard.confirmed")} value={confirmed} href={listHref("/milestones", {}, filters)} hint={t("jointProgress.dashboard.confirmedHint")} />
        {dueStates.map((state) => (
          <Figure key={state} label={t(`dashboard.milestones.dueStates.${state}`)} value={n(summary.byDueState[state])} href={listHref("/milestones", { due: state }, filters)} />
        ))}
      </div>
      <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <Figure
          label={t("planState.dashboardFigure", { threshold: summary.behindPlanPoints })}
          value={n(summary.behindPlan)}
          href={listHref("/milestones", {}, filters)}
        />
        <Figure label={t("jointProgress.dashboard.disputes")} value={n(summary.openDisputes)} href={listHref("/milestones", { side: "JOINT" }, filters)} />
      </div>
      <p className="mt-3 text-sm text-gray-700">
        {t("planState.dashboardSummary", { behind: summary.behindPlan, threshold: summary.behindPlanPoints, disagree: summary.behindPlanReportedOnTrack })}
      </p>
      <p className="mt-3 text-sm text-gray-700">{t("dashboard.progress.summary", { percent: progress, count: summary.total - summary.byStatus.CANCELLED })}</p>
      <p id="joint-progress-summary" className="mt-1 text-sm text-gray-700">
        {t("jointProgress.dashboard.summary", { reported: progress, confirmed, disputes: summary.openDisputes, awaiting: summary.awaitingConfirmation })}
      </p>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div>
          <BarChart
            id="milestones-by-due-state"
            title={t("dashboard.milestones.byDueState")}
            summary={t("dashboard.milestones.dueSummary", { overdue: summary.byDueState.overdue, open, due30: summary.byDueState.due30 })}
            bars={dueStates.map((state) => ({ label: t(`dashboard.milestones.dueStates.${state}`), value: summary.byDueState[state], valueText: n(summary.byDueState[state]) }))}
            pattern="dots"
          />
          <FiguresTable
            caption={t("dashboard.milestones.byDueState")}
            columns={[t("dashboard.milestones.dueState"), t("dashboard.milestones.count")]}
            rows={dueStates.map((state) => ({
              key: state,
              cells: [t(`dashboard.milestones.dueStates.${state}`), <a key="count" href={listHref("/milestones", { due: state }, filters)}>{n(summary.byDueState[state])}</a>],
            }))}
          />
        </div>
        <div>
          <BarChart
            id="milestones-by-status"
            title={t("dashboard.milestones.byStatus")}
            summary={t("dashboard.milestones.statusSummary", { total: summary.total, completed: summary.byStatus.COMPLETED, cancelled: summary.byStatus.CANCELLED })}
            bars={milestoneStatuses.map((status) => ({ label: t(`dashboard.milestoneStatus.${status}`), value: summary.byStatus[status], valueText: n(summary.byStatus[status]) }))}
          />
          <FiguresTable
            caption={t("dashboard.milestones.byStatus")}
            columns={[t("dashboard.milestones.status"), t("dashboard.milestones.count")]}
            rows={milestoneStatuses.map((status) => ({
              key: status,
              cells: [t(`dashboard.milestoneStatus.${status}`), <a key="count" href={listHref("/milestones", { status }, filters)}>{n(summary.byStatus[status])}</a>],
            }))}
          />
        </div>
      </div>
    </Widget>
  );
}
