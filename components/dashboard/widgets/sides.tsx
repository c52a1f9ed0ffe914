import Link from "next/link";
import { BarChart } from "../bar-chart";
import { FiguresTable } from "../figures-table";
import { countText, daysText } from "../format";
import { Widget } from "../widget";
import { getSideComparison } from "@/lib/data/dashboard/sides";
import type { ComparisonGrouping, SideComparison, SideFigures } from "@/lib/data/dashboard/core/sides";
import { filterQuery, ownerSides, type DashboardFilters, type OwnerSideValue } from "@/lib/data/dashboard/filters";
import { localized } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/config";
import { getTranslations } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";

const measures = ["owned", "completedOnTime", "completedLate", "overdue", "averageDaysLate", "recentUpdates"] as const;

function measureValue(figures: SideFigures | undefined, measure: (typeof measures)[number], locale: Locale, empty: string): string {
  if (!figures) return measure === "averageDaysLate" ? empty : countText(0, locale);
  if (measure === "averageDaysLate") return daysText(figures.averageDaysLate, locale, empty);
  return countText(figures[measure], locale);
}

function ComparisonBlock({ kind, comparison, filters, t, locale }: { kind: "milestones" | "actionItems"; comparison: SideComparison; filters: DashboardFilters; t: Translate; locale: Locale }) {
  const what = t(`dashboard.sides.${kind}`);
  const empty = t("dashboard.notApplicable");
  const measureLabel = (measure: (typeof measures)[number]) =>
    measure === "recentUpdates" ? t(kind === "milestones" ? "dashboard.sides.recentMilestones" : "dashboard.sides.recentActions") : t(`dashboard.sides.${measure}`);
  const overdueOf = (side: OwnerSideValue) => comparison.totals[side]?.overdue ?? 0;
  const groupLabel = comparison.grouping === "agreement" ? t("dashboard.sides.agreementColumn") : t("dashboard.sides.areaColumn");
  const query = filterQuery({ ...filters, agreementId: null, areaId: null });
  return (
    <Widget id={`sides-${kind}`} title={what}>
      <div className="grid gap-6 lg:grid-cols-2">
        <FiguresTable
          caption={t("dashboard.sides.totalsCaption", { what })}
          captionVisible
          columns={[t("dashboard.sides.measure"), ...ownerSides.map((side) => t(`sides.${side}`))]}
          rows={measures.map((measure) => ({
            key: measure,
            cells: [measureLabel(measure), ...ownerSides.map((side) => measureValue(comparison.totals[side], measure, locale, empty))],
          }))}
        />
        <BarChart
          id={`sides-${kind}-overdue`}
          title={t("dashboard.sides.overdueChart", { what })}
          summary={t("dashboard.sides.summary", { what, my: overdueOf("MALAYSIA"), cn: overdueOf("CHINA"), joint: overdueOf("JOINT") })}
          bars={ownerSides.map((side) => ({ label: t(`sides.${side}`), value: overdueOf(side), valueText: countText(overdueOf(side), locale) }))}
          pattern="dots"
        />
      </div>
      {comparison.groups.length === 0 ? (
        <p className="mt-4 text-sm text-gray-700">{t("dashboard.sides.empty")}</p>
      ) : (
        <>
          {comparison.groupCount > comparison.groups.length ? (
            <p className="mt-4 text-sm text-gray-700">{t("dashboard.sides.shownGroups", { shown: comparison.groups.length, total: comparison.groupCount })}</p>
          ) : null}
          <FiguresTable
            wideFirstColumn
            caption={`${t("dashboard.sides.groupsCaption", { what })} — ${groupLabel}`}
            columns={[
              groupLabel,
              ...ownerSides.flatMap((side) => [
                t("compose.labelled", { label: t(`sides.${side}`), value: t("dashboard.sides.owned") }),
                t("compose.labelled", { label: t(`sides.${side}`), value: t("dashboard.sides.completedOnTime") }),
                t("compose.labelled", { label: t(`sides.${side}`), value: t("dashboard.sides.overdue") }),
                t("compose.labelled", { label: t(`sides.${side}`), value: t("dashboard.sides.averageDaysLate") }),
              ]),
            ]}
            rows={comparison.groups.map((group) => ({
              key: group.id ?? "none",
              cells: [
                group.id === null ? (
                  t("dashboard.sides.noArea")
                ) : comparison.grouping === "agreement" ? (
                  <Link key="group" href={`/dashboard/agreements/${group.id}${query}`}>
                    {group.titleEn ? localized({ titleEn: group.titleEn, titleMs: group.titleMs, titleZh: group.titleZh }, "title", locale) : group.id}
                  </Link>
                ) : (
                  `${group.number ?? ""}. ${group.titleEn ? localized({ titleEn: group.titleEn, titleMs: group.titleMs, titleZh: group.titleZh }, "title", locale) : ""}`
                ),
                ...ownerSides.flatMap((side) => {
                  const figures = group.sides[side];
                  return [
                    measureValue(figures, "owned", locale, empty),
                    measureValue(figures, "completedOnTime", locale, empty),
                    measureValue(figures, "overdue", locale, empty),
                    measureValue(figures, "averageDaysLate", locale, empty),
                  ];
                }),
              ],
            }))}
          />
        </>
      )}
    </Widget>
  );
}

export async function SideComparisonWidget({ filters, grouping }: { filters: DashboardFilters; grouping: ComparisonGrouping }) {
  const [{ t, locale }, comparison] = await Promise.all([getTranslations(), getSideComparison(filters, grouping)]);
  return (
    <div className="grid gap-6">
      <p className="text-sm text-gray-600">{t("dashboard.sides.lateHint")}</p>
      <ComparisonBlock kind="milestones" comparison={comparison.milestones} filters={filters} t={t} locale={locale} />
      <ComparisonBlock kind="actionItems" comparison={comparison.actionItems} filters={filters} t={t} locale={locale} />
    </div>
  );
}
