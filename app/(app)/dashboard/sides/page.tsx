import Link from "next/link";
import { Suspense } from "react";
import { DashboardFiltersForm } from "@/components/dashboard/filters-form";
import { requireDashboardViewer } from "@/components/dashboard/page-guard";
import { DashboardTabs } from "@/components/dashboard/tabs";
import { WidgetSkeleton } from "@/components/dashboard/widget";
import { SideComparisonWidget } from "@/components/dashboard/widgets/sides";
import { PageHeader } from "@/components/ui/page-header";
import { comparisonGroupings, type ComparisonGrouping } from "@/lib/data/dashboard/core/sides";
import { filterQuery } from "@/lib/data/dashboard/filters";
import { getDashboardFilters, getFilterOptions } from "@/lib/data/dashboard/options";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = pageTitle("dashboard.sides.title");

export default async function SideComparisonPage({ searchParams }: Props) {
  await requireDashboardViewer();
  const params = await searchParams;
  const filters = await getDashboardFilters(params);
  const grouping: ComparisonGrouping = params.by === "area" ? "area" : "agreement";
  const [{ t, locale }, options] = await Promise.all([getTranslations(), getFilterOptions(filters)]);
  return (
    <>
      <PageHeader title={t("dashboard.sides.title")} description={t("dashboard.sides.description")} />
      <DashboardTabs current="sides" query={filterQuery(filters)} t={t} />
      <DashboardFiltersForm action="/dashboard/sides" filters={filters} options={options} t={t} locale={locale} hidden={{ by: grouping }} />
      <nav aria-label={t("dashboard.sides.grouping")} className="no-print mb-6">
        <p className="mb-2 text-sm font-medium text-gray-800" aria-hidden="true">
          {t("dashboard.sides.grouping")}
        </p>
        <ul className="inline-flex overflow-hidden rounded-md border border-gray-300">
          {comparisonGroupings.map((option) => (
            <li key={option}>
              <Link
                href={`/dashboard/sides${filterQuery(filters, { by: option })}`}
                aria-current={option === grouping ? "page" : undefined}
                className={`inline-block px-4 py-2 text-sm font-medium no-underline ${option === grouping ? "bg-primary-700 text-white" : "bg-white text-gray-800 hover:bg-gray-50"}`}
              >
                {option === "agreement" ? t("dashboard.sides.byAgreement") : t("dashboard.sides.byArea")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense key={grouping} fallback={<WidgetSkeleton title={t("dashboard.sides.title")} label={t("dashboard.widgetLoading")} />}>
        <SideComparisonWidget filters={filters} grouping={grouping} />
      </Suspense>
    </>
  );
}
