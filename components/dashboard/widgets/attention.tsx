import Link from "next/link";
import { FiguresTable } from "../figures-table";
import { countText, percentText } from "../format";
import { Widget } from "../widget";
import { getAgreementsNeedingAttention } from "@/lib/data/dashboard/portfolio";
import { filterQuery, type DashboardFilters } from "@/lib/data/dashboard/filters";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";

export async function AttentionWidget({ filters }: { filters: DashboardFilters }) {
  const [{ t, locale }, agreements] = await Promise.all([getTranslations(), getAgreementsNeedingAttention(filters)]);
  const query = filterQuery({ ...filters, agreementId: null, areaId: null });
  return (
    <Widget id="attention" title={t("dashboard.agreement.drillDown")}>
      <p className="text-sm text-gray-600">{t("dashboard.agreement.drillDownHint")}</p>
      <FiguresTable
        caption={t("dashboard.agreement.drillDown")}
        columns={[t("dashboard.sides.agreementColumn"), t("dashboard.agreement.overdueColumn"), t("dashboard.agreement.milestonesColumn"), t("dashboard.agreement.progressColumn")]}
        rows={agreements.map((agreement) => ({
          key: agreement.id,
          cells: [
            <Link key="title" href={`/dashboard/agreements/${agreement.id}${query}`}>
              {localized(agreement, "title", locale)}
            </Link>,
            countText(agreement.overdue, locale),
            countText(agreement.milestones, locale),
            percentText(agreement.weightedProgress, locale, t("dashboard.notApplicable")),
          ],
        }))}
      />
    </Widget>
  );
}
