import { Suspense } from "react";
import { DashboardFiltersForm } from "@/components/dashboard/filters-form";
import { requireDashboardViewer } from "@/components/dashboard/page-guard";
import { DashboardTabs } from "@/components/dashboard/tabs";
import { WidgetSkeleton } from "@/components/dashboard/widget";
import { ActionItemsWidget } from "@/components/dashboard/widgets/action-items";
import { AttentionWidget } from "@/components/dashboard/widgets/attention";
import { InstrumentsWidget } from "@/components/dashboard/widgets/instruments";
import { MilestonesWidget } from "@/components/dashboard/widgets/milestones";
import { TrendWidget } from "@/components/dashboard/widgets/trend";
import { PageHeader } from "@/components/ui/page-header";
import { filterQuery } from "@/lib/data/dashboard/filters";
import { getDashboardFilters, getFilterOptions } from "@/lib/data/dashboard/options";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = pageTitle("dashboard.title");

export default async function DashboardPage({ searchParams }: Props) {
  await requireDashboardViewer();
  const filters = await getDashboardFilters(await searchParams);
  const [{ t, locale }, options] = await Promise.all([getTranslations(), getFilterOptions(filters)]);
  const skeleton = (title: string) => <WidgetSkeleton title={title} label={t("dashboard.widgetLoading")} />;
  return (
    <>
      <PageHeader title={t("dashboard.title")} description={t("dashboard.description")} />
      <DashboardTabs current="overview" query={filterQuery(filters)} t={t} />
      <DashboardFiltersForm action="/dashboard" filters={filters} options={options} t={t} locale={locale} />
      <div className="grid gap-6">
        <div className="grid gap-6 xl:grid-cols-2">
          <Suspense fallback={skeleton(t("dashboard.instruments.title"))}>
            <InstrumentsWidget filters={filters} />
          </Suspense>
          <Suspense fallback={skeleton(t("dashboard.actionItems.title"))}>
            <ActionItemsWidget filters={filters} />
          </Suspense>
        </div>
        <Suspense fallback={skeleton(t("dashboard.milestones.title"))}>
          <MilestonesWidget filters={filters} />
        </Suspense>
        <Suspense fallback={skeleton(t("dashboard.trend.title"))}>
          <TrendWidget filters={filters} />
        </Suspense>
        <Suspense fallback={skeleton(t("dashboard.agreement.drillDown"))}>
          <AttentionWidget filters={filters} />
        </Suspense>
      </div>
    </>
  );
}
