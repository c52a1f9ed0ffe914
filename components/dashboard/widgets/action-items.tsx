import { BarChart } from "../bar-chart";
import { FiguresTable } from "../figures-table";
import { countText } from "../format";
import { listHref } from "../links";
import { Figure, Widget } from "../widget";
import { getActionItemSummary } from "@/lib/data/dashboard/portfolio";
import { actionItemStatuses } from "@/lib/data/dashboard/core/portfolio";
import type { DashboardFilters } from "@/lib/data/dashboard/filters";
import { getTranslations } from "@/lib/i18n/server";

export async function ActionItemsWidget({ filters }: { filters: DashboardFilters }) {
  const [{ t, locale }, summary] = await Promise.all([getTranslations(), getActionItemSummary(filters)]);
  const n = (value: number) => countText(value, locale);
  return (
    <Widget id="action-items" title={t("dashboard.actionItems.title")}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Figure label={t("dashboard.actionItems.open")} value={n(summary.open)} href={listHref("/action-items", { status: "open" }, filters)} />
        <Figure label={t("dashboard.actionItems.overdue")} value={n(summary.overdue)} href={listHref("/action-items", { due: "overdue" }, filters)} />
      </div>
      <div className="mt-4">
        <BarChart
          id="action-items-by-status"
          title={t("dashboard.actionItems.byStatus")}
          summary={t("dashboard.actionItems.summary", { open: summary.open, overdue: summary.overdue })}
          bars={actionItemStatuses.map((status) => ({ label: t(`dashboard.actionItemStatus.${status}`), value: summary.byStatus[status], valueText: n(summary.byStatus[status]) }))}
        />
      </div>
      <FiguresTable
        caption={t("dashboard.actionItems.byStatus")}
        columns={[t("dashboard.actionItems.status"), t("dashboard.actionItems.count")]}
        rows={actionItemStatuses.map((status) => ({
          key: status,
          cells: [t(`dashboard.actionItemStatus.${status}`), <a key="count" href={listHref("/action-items", { status }, filters)}>{n(summary.byStatus[status])}</a>],
        }))}
      />
    </Widget>
  );
}
