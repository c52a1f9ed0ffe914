import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MilestoneStatusBadge } from "@/components/milestones/milestone-status-badge";
import { PlanActions } from "@/components/milestones/plan-actions";
import { PlanDisagreement, PlanStateBadge, planVarianceText } from "@/components/milestones/plan-state";
import { ProgressChart, progressSummary } from "@/components/milestones/progress-chart";
import { ProgressForm } from "@/components/milestones/progress-form";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { ExampleBadge } from "@/components/ui/example-badge";
import { PageHeader, Section } from "@/components/ui/page-header";
import { getAreaWeightedProgress, getMilestoneDetail } from "@/lib/data/milestones";
import { formatDate, formatDateTime, formatNumber, toIsoDate } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";
import { today as appToday, todayIso } from "@/lib/dates";
import { planView, plannedPercent } from "@/lib/milestones/rules";
import { CappedNote } from "@/components/ui/capped-note";
import { AnswerForms } from "@/components/joint-progress/answer-forms";
import { ConfirmationState } from "@/components/joint-progress/confirmation-state";
import { getMilestoneConfirmations } from "@/lib/data/joint-progress";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ correct?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslations()]);
  const milestone = await getMilestoneDetail(id);
  return { title: milestone ? localized(milestone, "title", locale) : t("common.notFoundTitle") };
}

export default async function MilestonePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [{ t, locale }, milestone] = await Promise.all([getTranslations(), getMilestoneDetail(id)]);
  if (!milestone) notFound();
  const [areaProgress, confirmations] = await Promise.all([
    getAreaWeightedProgress(milestone.cooperationArea.id),
    getMilestoneConfirmations({ ...milestone, agreementId: milestone.agreement.id }),
  ]);
  const today = appToday();
  const title = localized(milestone, "title", locale);
  const plan = planView(milestone, today);
  const isCancelled = milestone.cancelledAt !== null;
  const canLog = milestone.canEdit && !isCancelled;
  const correctId = typeof query.correct === "string" ? query.correct : undefined;
  const corrected = correctId ? milestone.updates.find((update) => update.id === correctId) : undefined;
  const points = milestone.updates.map((update) => ({ id: update.id, reportedOn: update.reportedOn, percentComplete: update.percentComplete, status: update.status }));
  const summary = progressSummary({ points, startOn: milestone.startOn, targetOn: milestone.targetOn, today, t, locale });
  const hasIndicator = milestone.indicatorBaseline !== null && milestone.indicatorTarget !== null;
  const dateOfUpdate = new Map(milestone.updates.map((update) => [update.id, update.reportedOn]));
  const notStated = t("common.notStated");

  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/milestones">{t("milestones.myTitle")}</Link>
      </nav>
      <PageHeader
        title={title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <MilestoneStatusBadge status={milestone.status} t={t} />
            <span>{t("milestones.percentValue", { percent: milestone.percentComplete })}</span>
            {plan ? (
              <>
                <PlanStateBadge plan={plan} t={t} />
                <span>{planVarianceText(plan, t)}</span>
              </>
            ) : null}
            {milestone.isExample ? <ExampleBadge label={t("common.example")} /> : null}
          </span>
        }
        actions={
          milestone.canEdit && !isCancelled ? (
            <Link href={`/milestones/${milestone.id}/edit`} className={buttonClasses("secondary")}>
              {t("milestones.edit")}
            </Link>
          ) : null
        }
      />
      {plan ? (
        <div className="mb-4">
          <PlanDisagreement status={milestone.status} plan={plan} t={t} />
        </div>
      ) : null}
      {isCancelled ? (
        <div role="note" className="mb-6 rounded-md border border-gray-300 bg-gray-50 p-4 text-sm">
          <p className="font-medium">{t("milestones.cancelledOn", { date: formatDateTime(milestone.cancelledAt, locale) })}</p>
          <p className="mt-1">{milestone.cancelReason}</p>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section title={t("progress.chart.title")} id="progress">
            <p id="progress-summary" className="mb-3 text-sm">
              {summary}
            </p>
            <ProgressChart points={points} startOn={milestone.startOn} targetOn={milestone.targetOn} today={today} t={t} locale={locale} titleId="progress-heading" summaryId="progress-summary" />
            <p className="mt-2 flex flex-wrap gap-4 text-xs text-gray-700">
              <span>
                <span aria-hidden="true" className="mr-1 inline-block h-0.5 w-6 bg-primary-600 align-middle" />
                {t("progress.chart.actual")}
              </span>
              <span>
                <span aria-hidden="true" className="mr-1 inline-block w-6 border-t-2 border-dashed border-gray-500 align-middle" />
                {t("progress.chart.planned")}
              </span>
              <span>
                <span aria-hidden="true" className="mr-1 inline-block h-3 w-0.5 bg-amber-700 align-middle" />
                {t("progress.chart.today")}
              </span>
            </p>
            <div className="mt-4">
              <DataTable
                caption={t("progress.chart.tableCaption")}
                rows={points}
                rowKey={(point) => point.id}
                empty={t("progress.none")}
                columns={[
                  { key: "reportedOn", header: t("progress.fields.reportedOn"), cell: (point) => formatDate(point.reportedOn, locale) },
                  { key: "actual", header: t("progress.chart.actual"), cell: (point) => t("compose.percent", { value: point.percentComplete }) },
                  { key: "planned", header: t("progress.chart.planned"), cell: (point) => t("compose.percent", { value: plannedPercent(milestone.startOn, milestone.targetOn, point.reportedOn) }) },
                  { key: "status", header: t("progress.fields.status"), cell: (point) => t(`progress.status.${point.status as "ON_TRACK"}`) },
                ]}
              />
            </div>
          </Section>

          {canLog ? (
            <Section title={corrected ? t("progress.correctTitle", { date: formatDate(corrected.reportedOn, locale) }) : t("progress.logTitle")} id="log">
              {corrected ? (
                <p className="mb-3 text-sm">
                  {t("progress.correctHint")} <Link href={`/milestones/${milestone.id}#log`}>{t("progress.correctCancel")}</Link>
                </p>
              ) : null}
              <ProgressForm
                key={corrected?.id ?? "new"}
                today={todayIso()}
                milestone={{ id: milestone.id, hasIndicator, indicatorUnit: milestone.indicatorUnit, percentComplete: milestone.percentComplete }}
                correction={
                  corrected
                    ? {
                        id: corrected.id,
                        reportedOn: toIsoDate(corrected.reportedOn),
                        percentComplete: corrected.percentComplete,
                        indicatorActual: corrected.indicatorActual,
                        status: corrected.status,
                        narrative: corrected.narrative,
                        blockers: corrected.blockers,
                      }
                    : undefined
                }
              />
            </Section>
          ) : null}

          <Section title={t("progress.updatesTitle")} id="updates">
            {milestone.updates.length === 0 ? (
              <p className="text-sm text-gray-600">{t("progress.none")}</p>
            ) : (
              <ol className="space-y-4">
                {[...milestone.updates].reverse().map((update) => {
                  const correctedOn = update.correctsUpdateId ? dateOfUpdate.get(update.correctsUpdateId) : undefined;
                  const confirmation = confirmations.isJoint ? confirmations.byUpdate.get(update.id) : undefined;
                  return (
                    <li key={update.id} className="rounded-md border border-gray-200 p-4">
                      <div className="flex flex-wrap items-center gap-2">
                        <h3 className="font-medium">{formatDate(update.reportedOn, locale)}</h3>
                        <MilestoneStatusBadge status={update.status} t={t} />
                        <span className="text-sm">{t("milestones.percentValue", { percent: update.percentComplete })}</span>
                        {update.indicatorActual !== null ? (
                          <span className="text-sm text-gray-700">
                            ({formatNumber(update.indicatorActual, locale)} {milestone.indicatorUnit})
                          </span>
                        ) : null}
                      </div>
                      {correctedOn ? <p className="mt-1 text-sm text-gray-700">{t("progress.corrects", { date: formatDate(correctedOn, locale) })}</p> : null}
                      <p className="mt-2 whitespace-pre-line text-sm">{update.narrative}</p>
                      {update.blockers ? (
                        <p className="mt-2 text-sm">
                          <span className="font-medium">{t("compose.label", { label: t("progress.fields.blockers") })}</span> {update.blockers}
                        </p>
                      ) : null}
                      {update.evidence.length > 0 ? (
                        <div className="mt-2 text-sm">
                          <p className="font-medium">{t("progress.evidence")}</p>
                          <ul className="list-disc pl-5">
                            {update.evidence.map((item) => (
                              <li key={item.id}>
                                {item.url ? (
                                  <a href={item.url} rel="noopener noreferrer" target="_blank">
                                    {item.title}
                                  </a>
                                ) : (
                                  <a href={`/api/evidence/${item.id}`}>
                                    {item.file?.fileName ?? item.title}
                                    {item.file ? ` (${formatNumber(Math.max(1, Math.round(item.file.sizeBytes / 1024)), locale)} KB)` : ""}
                                  </a>
                                )}
                              </li>
                            ))}
                          </ul>
                        </div>
                      ) : null}
                      <p className="mt-2 text-xs text-gray-600">
                        {t("progress.reportedBy", { name: update.author?.name ?? notStated, at: formatDateTime(update.createdAt, locale) })}
                      </p>
                      {confirmation ? <ConfirmationState view={confirmation} t={t} locale={locale} /> : null}
                      {confirmation?.canAnswer && !isCancelled ? (
                        <div className="mt-2">
                          <AnswerForms
                            confirmationId={confirmation.id}
                            version={confirmation.version}
                            dateText={formatDate(update.reportedOn, locale)}
                            from="milestone"
                            canDispute={confirmation.state === "REPORTED"}
                          />
                        </div>
                      ) : null}
                      {canLog ? (
                        <p className="mt-2 text-sm">
                          <Link href={`/milestones/${milestone.id}?correct=${update.id}#log`}>
                            {t("progress.correctThis")}
                            <span className="sr-only"> ({formatDate(update.reportedOn, locale)})</span>
                          </Link>
                        </p>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            )}
          </Section>

          <Section title={t("milestones.historyTitle")} id="history">
            {milestone.history.rows.length === 0 ? (
              <p className="text-sm text-gray-600">{t("milestones.noHistory")}</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {milestone.history.rows.map((event) => (
                  <li key={event.id}>
                    <span className="font-medium">{formatDateTime(event.at, locale)}</span> · {event.actor?.name ?? notStated} ·{" "}
                    {t(`milestones.auditActions.${event.action as "milestone.create"}`)}
                    {event.reason && !event.reason.startsWith("import:") ? ` — ${event.reason}` : ""}
                  </li>
                ))}
              </ul>
            )}
            <CappedNote shown={milestone.history.rows.length} total={milestone.history.total} t={t} />
          </Section>
        </div>

        <div className="space-y-6">
          <Section title={t("milestones.planTitle")} id="plan">
            <p className="mb-3 whitespace-pre-line text-sm">{localized(milestone, "description", locale)}</p>
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="font-medium">{t("milestones.fields.ownerOrganisationId")}</dt>
                <dd>
                  {localized(milestone.ownerOrganisation, "name", locale)} · {t(`milestones.ownerSide.${milestone.ownerSide}`)}
                </dd>
              </div>
              <div>
                <dt className="font-medium">{t("milestones.fields.responsibleUserId")}</dt>
                <dd>{milestone.responsibleUser?.name ?? notStated}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("milestones.fields.startOn")}</dt>
                <dd>{formatDate(milestone.startOn, locale)}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("milestones.fields.targetOn")}</dt>
                <dd>{formatDate(milestone.targetOn, locale)}</dd>
              </div>
              {milestone.completedOn ? (
                <div>
                  <dt className="font-medium">{t("milestones.completedOn")}</dt>
                  <dd>{formatDate(milestone.completedOn, locale)}</dd>
                </div>
              ) : null}
              <div>
                <dt className="font-medium">{t("milestones.fields.weight")}</dt>
                <dd>{milestone.weight}</dd>
              </div>
              {hasIndicator ? (
                <div>
                  <dt className="font-medium">{t("milestones.indicator")}</dt>
                  <dd>
                    {t("milestones.indicatorValue", { baseline: formatNumber(milestone.indicatorBaseline ?? 0, locale), target: formatNumber(milestone.indicatorTarget ?? 0, locale), unit: milestone.indicatorUnit ?? "" })}
                  </dd>
                </div>
              ) : null}
            </dl>
          </Section>

          <Section title={t("milestones.areaTitle")} id="area">
            <p className="text-sm font-medium">
              {milestone.cooperationArea.number}. {localized(milestone.cooperationArea, "title", locale)}
            </p>
            <p className="mt-1 text-xs text-gray-600">
              {t("compose.labelled", { label: t("agreements.clauseRef"), value: milestone.cooperationArea.clauseRef ?? notStated })}
            </p>
            {milestone.cooperationArea.clauseTextEn ? (
              <blockquote className="mt-2 border-l-4 border-gray-200 pl-3 text-sm text-gray-800">{localized(milestone.cooperationArea, "clauseText", locale)}</blockquote>
            ) : null}
            {areaProgress.percent !== null ? (
              <p className="mt-3 text-sm">{t("milestones.areaProgress", { percent: areaProgress.percent, count: areaProgress.count })}</p>
            ) : null}
            <p className="mt-3 text-sm">
              <Link href={`/agreements/${milestone.agreement.id}`}>{localized(milestone.agreement, "title", locale)}</Link>
            </p>
          </Section>

          {milestone.canEdit && !isCancelled ? (
            <Section title={t("milestones.manageTitle")} id="manage">
              <PlanActions id={milestone.id} version={milestone.version} title={title} canDelete={milestone.updates.length === 0} />
            </Section>
          ) : null}
        </div>
      </div>
    </>
  );
}
