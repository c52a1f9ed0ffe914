import Link from "next/link";
import { MilestoneStatusBadge } from "@/components/milestones/milestone-status-badge";
import { PlanDisagreement, PlanStateBadge, planVarianceText } from "@/components/milestones/plan-state";
import { QuickLog } from "@/components/milestones/quick-log";
import { isoDay } from "@/lib/dates";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listMyMilestones } from "@/lib/data/milestones";
import { CappedNote } from "@/components/ui/capped-note";
import { formatDate } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

export const generateMetadata = pageTitle("milestones.myTitle");

export default async function MyMilestonesPage() {
  const user = await requireUserForPage();
  const [{ t, locale }, { today, groups, seesAll, canImport, canCreate }] = await Promise.all([getTranslations(), listMyMilestones()]);
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  // The same labels on every row: formatted once per page, not once per row (up to 200 rows).
  const labels = {
    targetOn: t("compose.label", { label: t("milestones.fields.targetOn") }),
    percent: t("compose.label", { label: t("milestones.percent") }),
    lastUpdate: t("compose.label", { label: t("milestones.lastUpdate") }),
    plan: `${t("planState.label")}:`,
    never: t("milestones.never"),
  };

  return (
    <>
      <PageHeader
        title={seesAll ? t("milestones.allTitle") : t("milestones.myTitle")}
        description={seesAll ? t("milestones.allDescription") : t("milestones.myDescription", { organisation: user.organisationName ?? "—" })}
        actions={
          <>
            {canCreate ? (
              <Link href="/milestones/new" className={buttonClasses("primary")}>
                {t("milestones.new")}
              </Link>
            ) : null}
            {canImport ? (
              <Link href="/milestones/import" className={buttonClasses("secondary")}>
                {t("imports.title")}
              </Link>
            ) : null}
          </>
        }
      />
      {total === 0 ? (
        <EmptyState title={t("milestones.noneTitle")} description={t("milestones.noneBody")} />
      ) : (
        <div className="space-y-8">
          {groups.map((group) => (
            <section key={group.state} aria-labelledby={`group-${group.state}`}>
              <h2 id={`group-${group.state}`} className="mb-3 text-lg font-semibold text-gray-900">
                {t.rich("compose.counted", { label: t(`milestones.due.${group.state}`), count: group.count, muted: (chunks) => <span className="text-gray-600">{chunks}</span> })}
              </h2>
              {group.rows.length === 0 ? (
                <p className="text-sm text-gray-600">{t("milestones.groupEmpty")}</p>
              ) : (
                <ul className="space-y-3">
                  {group.rows.map((row) => {
                    const title = localized(row, "title", locale);
                    return (
                      <li key={row.id} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
                        <div className="flex flex-wrap items-start justify-between gap-3">
                          <div className="min-w-0">
                            <h3 className="font-medium">
                              <Link href={`/milestones/${row.id}`}>{title}</Link>
                            </h3>
                            <p className="mt-1 text-sm text-gray-600">
                              {row.cooperationArea.number}. {localized(row.cooperationArea, "title", locale)} ·{" "}
                              {row.ownerOrganisation.acronym ?? localized(row.ownerOrganisation, "name", locale)} · {t(`milestones.ownerSide.${row.ownerSide}`)}
                            </p>
                            <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                              <div className="flex gap-1">
                                <dt className="text-gray-600">{labels.targetOn}</dt>
                                <dd>{formatDate(row.targetOn, locale)}</dd>
                              </div>
                              <div className="flex gap-1">
                                <dt className="text-gray-600">{labels.percent}</dt>
                                <dd>{t("compose.percent", { value: row.percentComplete })}</dd>
                              </div>
                              <div className="flex gap-1">
                                <dt className="text-gray-600">{labels.lastUpdate}</dt>
                                <dd>{row.lastUpdateOn ? formatDate(row.lastUpdateOn, locale) : labels.never}</dd>
                              </div>
                              {row.plan ? (
                                <div className="flex gap-1">
                                  <dt className="text-gray-600">{labels.plan}</dt>
                                  <dd>{planVarianceText(row.plan, t)}</dd>
                                </div>
                              ) : null}
                            </dl>
                            {row.plan ? <div className="mt-2"><PlanDisagreement status={row.status} plan={row.plan} t={t} /></div> : null}
                          </div>
                          <div className="flex flex-wrap gap-2">
                            <MilestoneStatusBadge status={row.status} t={t} />
                            {row.plan ? <PlanStateBadge plan={row.plan} t={t} /> : null}
                          </div>
                        </div>
                        {row.canEdit ? (
                          <div className="mt-3">
                            <QuickLog milestone={{ id: row.id, hasIndicator: row.hasIndicator, indicatorUnit: row.indicatorUnit, percentComplete: row.percentComplete }} title={title} today={isoDay(today)} />
                          </div>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              )}
              <CappedNote shown={group.rows.length} total={group.count} t={t} />
            </section>
          ))}
        </div>
      )}
    </>
  );
}
