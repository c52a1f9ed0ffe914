import { today as appToday } from "@/lib/dates";
import { Suspense, type ReactNode } from "react";
import { describeFilters, DashboardFiltersForm } from "@/components/dashboard/filters-form";
import { requireDashboardViewer } from "@/components/dashboard/page-guard";
import { PrintButton } from "@/components/dashboard/print-button";
import { DashboardTabs } from "@/components/dashboard/tabs";
import { WidgetSkeleton } from "@/components/dashboard/widget";
import { ActionItemsWidget } from "@/components/dashboard/widgets/action-items";
import { InstrumentsWidget } from "@/components/dashboard/widgets/instruments";
import { KeyFiguresWidget } from "@/components/dashboard/widgets/key-figures";
import { MilestonesWidget } from "@/components/dashboard/widgets/milestones";
import { TrendWidget } from "@/components/dashboard/widgets/trend";
import { buttonClasses } from "@/components/ui/button";
import { filterQuery } from "@/lib/data/dashboard/filters";
import { getDashboardFilters, getFilterOptions } from "@/lib/data/dashboard/options";
import { formatDate } from "@/lib/format";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = pageTitle("dashboard.briefing.title");

// A4 pages with room for binding; sections never split across pages where avoidable.
const printStyles = "@page { size: A4; margin: 15mm 12mm; } @media print { main { max-width: none !important; padding: 0 !important; } }";

export default async function BriefingPage({ searchParams }: Props) {
  await requireDashboardViewer();
  const filters = await getDashboardFilters(await searchParams);
  const [{ t, locale }, options] = await Promise.all([getTranslations(), getFilterOptions(filters)]);
  const query = filterQuery(filters);
  const download = (format: "csv" | "xlsx") => `/api/dashboard/figures${filterQuery(filters, { format })}`;
  const label = t("dashboard.widgetLoading");
  const suspended = (title: string, widget: ReactNode) => <Suspense fallback={<WidgetSkeleton title={title} label={label} />}>{widget}</Suspense>;
  return (
    <>
      <style>{printStyles}</style>
      <DashboardTabs current="briefing" query={query} t={t} />
      <DashboardFiltersForm action="/dashboard/briefing" filters={filters} options={options} t={t} locale={locale} />
      <article className="space-y-6">
        <header className="border-b border-gray-300 pb-4">
          <p className="text-sm font-medium text-gray-700">{t("app.name")}</p>
          <h1 className="text-2xl font-semibold text-gray-900">{t("dashboard.briefing.title")}</h1>
          <p className="mt-1 text-sm text-gray-800">{t("dashboard.briefing.preparedOn", { date: formatDate(appToday(), locale) })}</p>
          <p className="text-sm text-gray-800">{t("dashboard.briefing.filtersUsed", { filters: describeFilters(filters, options, t, locale) })}</p>
          <div className="no-print mt-4 flex flex-wrap gap-3">
            <PrintButton label={t("dashboard.briefing.print")} />
            <a href={download("csv")} className={buttonClasses("secondary")} download>
              {t("dashboard.briefing.downloadCsv")}
            </a>
            <a href={download("xlsx")} className={buttonClasses("secondary")} download>
              {t("dashboard.briefing.downloadXlsx")}
            </a>
          </div>
        </header>
        {suspended(t("dashboard.milestones.title"), <MilestonesWidget filters={filters} />)}
        {suspended(t("dashboard.trend.title"), <TrendWidget filters={filters} />)}
        <div className="grid gap-6 xl:grid-cols-2 print:grid-cols-1">
          {suspended(t("dashboard.instruments.title"), <InstrumentsWidget filters={filters} />)}
          {suspended(t("dashboard.actionItems.title"), <ActionItemsWidget filters={filters} />)}
        </div>
        {suspended(t("dashboard.briefing.keyFigures"), <KeyFiguresWidget filters={filters} />)}
      </article>
    </>
  );
}
