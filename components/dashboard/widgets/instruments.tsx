import type { ReactNode } from "react";
import { BarChart } from "../bar-chart";
import { FiguresTable } from "../figures-table";
import { countText } from "../format";
import { listHref } from "../links";
import { Figure, Widget } from "../widget";
import { getInstrumentSummary } from "@/lib/data/dashboard/portfolio";
import { agreementStatuses, agreementTypes } from "@/lib/data/dashboard/core/portfolio";
import type { DashboardFilters } from "@/lib/data/dashboard/filters";
import { getTranslations } from "@/lib/i18n/server";

export async function InstrumentsWidget({ filters }: { filters: DashboardFilters }) {
  const [{ t, locale }, summary] = await Promise.all([getTranslations(), getInstrumentSummary(filters)]);
  const n = (value: number) => countText(value, locale);
  const cell = (type: string, status: string) => summary.cells.find((item) => item.type === type && item.status === status)?.count ?? 0;
  const types = agreementTypes.filter((type) => summary.byType[type] > 0);
  return (
    <Widget id="instruments" title={t("dashboard.instruments.title")}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Figure label={t("dashboard.instruments.total")} value={n(summary.total)} href={listHref("/agreements", {})} />
        <Figure
          label={t("dashboard.instruments.expiringSoon")}
          value={n(summary.expiringSoon)}
          href={listHref("/agreements", { expiring: "soon" })}
          hint={t("dashboard.instruments.expiringHint")}
        />
      </div>
      <div className="mt-4">
        <BarChart
          id="instruments-by-status"
          title={t("dashboard.instruments.byStatus")}
          summary={t("dashboard.instruments.summary", { total: summary.total, inForce: summary.byStatus.IN_FORCE, expiring: summary.expiringSoon })}
          bars={agreementStatuses.map((status) => ({ label: t(`agreementStatus.${status}`), value: summary.byStatus[status], valueText: n(summary.byStatus[status]) }))}
        />
      </div>
      <FiguresTable
        caption={t("dashboard.instruments.caption")}
        columns={[t("dashboard.instruments.type"), ...agreementStatuses.map((status) => t(`agreementStatus.${status}`)), t("dashboard.instruments.all")]}
        rows={types.map((type): { key: string; cells: ReactNode[] } => ({
          key: type,
          cells: [
            t(`agreementTypes.${type}`),
            ...agreementStatuses.map((status) => {
              const count = cell(type, status);
              return count > 0 ? <a href={listHref("/agreements", { status, type })}>{n(count)}</a> : n(0);
            }),
            <a key="all" href={listHref("/agreements", { type })}>{n(summary.byType[type])}</a>,
          ],
        })).concat({
          key: "all",
          cells: [
            t("dashboard.instruments.allTypes"),
            ...agreementStatuses.map((status) => <a key={status} href={listHref("/agreements", { status })}>{n(summary.byStatus[status])}</a>),
            <a key="all" href={listHref("/agreements", {})}>{n(summary.total)}</a>,
          ],
        })}
      />
    </Widget>
  );
}
