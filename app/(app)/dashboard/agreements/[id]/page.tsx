import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { AgreementStatusBadge } from "@/components/agreements/status-badge";
import { requireDashboardViewer } from "@/components/dashboard/page-guard";
import { WidgetSkeleton } from "@/components/dashboard/widget";
import {
  AreaProgressWidget,
  LatestUpdatesWidget,
  NextMeetingWidget,
  OpenActionItemsWidget,
  OverdueWidget,
  TimelineWidget,
} from "@/components/dashboard/widgets/agreement";
import { ExampleBadge } from "@/components/ui/example-badge";
import { PageHeader } from "@/components/ui/page-header";
import { getAgreementHeader } from "@/lib/data/dashboard/agreement";
import { filterQuery, parseDashboardFilters } from "@/lib/data/dashboard/filters";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, locale } = await getTranslations();
  const { id } = await params;
  const agreement = await getAgreementHeader(id).catch(() => null);
  return { title: agreement ? t("compose.labelled", { label: t("dashboard.agreement.title"), value: localized(agreement, "title", locale) }) : t("common.notFoundTitle") };
}

export default async function AgreementDashboardPage({ params, searchParams }: Props) {
  await requireDashboardViewer();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // The agreement is the page's subject; the other filters (side, organisation) still apply.
  const filters = { ...parseDashboardFilters(query), agreementId: id, areaId: null };
  const [{ t, locale }, agreement] = await Promise.all([getTranslations(), getAgreementHeader(id)]);
  if (!agreement) notFound();
  const label = t("dashboard.widgetLoading");
  const suspended = (title: string, widget: ReactNode) => <Suspense fallback={<WidgetSkeleton title={title} label={label} />}>{widget}</Suspense>;
  const props = { agreementId: id, filters };
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="no-print mb-2 text-sm">
        <Link href={`/dashboard${filterQuery({ ...filters, agreementId: null })}`}>{t("dashboard.title")}</Link>
      </nav>
      <PageHeader
        title={localized(agreement, "title", locale)}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {t("dashboard.agreement.title")} · {t(`agreementTypes.${agreement.type}`)}
            <AgreementStatusBadge status={agreement.status} t={t} />
            {agreement.isExample ? <ExampleBadge label={t("common.example")} /> : null}
          </span>
        }
        actions={<Link href={`/agreements/${agreement.id}`}>{t("dashboard.agreement.openRecord")}</Link>}
      />
      <div className="grid gap-6">
        {suspended(t("dashboard.agreement.areaProgress"), <AreaProgressWidget {...props} />)}
        {suspended(t("dashboard.agreement.timeline"), <TimelineWidget {...props} />)}
        <div className="grid gap-6 lg:grid-cols-2">
          {suspended(t("dashboard.agreement.overdue"), <OverdueWidget {...props} />)}
          {suspended(t("dashboard.agreement.openActions"), <OpenActionItemsWidget {...props} />)}
          {suspended(t("dashboard.agreement.nextMeeting"), <NextMeetingWidget {...props} />)}
          {suspended(t("dashboard.agreement.latestUpdates"), <LatestUpdatesWidget {...props} />)}
        </div>
      </div>
    </>
  );
}
