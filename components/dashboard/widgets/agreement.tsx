// The per-agreement dashboard's widgets; each loads its own figures behind its own Suspense.
import { today as appToday } from "@/lib/dates";
import { BarChart } from "../bar-chart";
import { FiguresTable } from "../figures-table";
import { countText, percentText } from "../format";
import { listHref } from "../links";
import { Timeline } from "../timeline";
import { Widget } from "../widget";
import { Badge } from "@/components/ui/badge";
import { CappedNote } from "@/components/ui/capped-note";
import { getAreaProgress, getLatestUpdates, getMilestoneTimeline, getNextMeetings, getOpenActionItems, getOverdueWork } from "@/lib/data/dashboard/agreement";
import type { DashboardFilters } from "@/lib/data/dashboard/filters";
import { formatDate, formatDateTime } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import type { Translate } from "@/lib/i18n/translate";
import { getTranslations } from "@/lib/i18n/server";

type Props = { agreementId: string; filters: DashboardFilters };

const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 86_400_000);

export async function AreaProgressWidget({ agreementId, filters }: Props) {
  const [{ t, locale }, areas] = await Promise.all([getTranslations(), getAreaProgress(agreementId, filters)]);
  const empty = t("dashboard.notApplicable");
  const withProgress = areas.filter((area) => area.weightedProgress !== null);
  const best = withProgress.reduce<(typeof areas)[number] | null>((top, area) => (top === null || (area.weightedProgress ?? 0) > (top.weightedProgress ?? 0) ? area : top), null);
  const overdue = areas.reduce((sum, area) => sum + area.overdue, 0);
  const title = (area: (typeof areas)[number]) => `${area.number}. ${localized(area, "title", locale)}`;
  return (
    <Widget id="area-progress" title={t("dashboard.agreement.areaProgress")}>
      <BarChart
        id="area-progress-chart"
        title={t("dashboard.agreement.areaProgress")}
        summary={best ? t("dashboard.agreement.areaSummary", { best: title(best), percent: percentText(best.weightedProgress, locale), overdue }) : t("dashboard.agreement.areaEmpty")}
        bars={areas.map((area) => ({ label: title(area), value: area.weightedProgress ?? 0, valueText: percentText(area.weightedProgress, locale, empty) }))}
        max={100}
      />
      <FiguresTable
        caption={t("dashboard.agreement.areaProgress")}
        columns={[
          t("dashboard.agreement.areaColumn"),
          t("dashboard.agreement.progressColumn"),
          t("jointProgress.dashboard.confirmed"),
          t("dashboard.agreement.milestonesColumn"),
          t("dashboard.agreement.overdueColumn"),
          t("planState.areaColumn"),
          t("jointProgress.dashboard.disputes"),
        ]}
        rows={areas.map((area) => ({
          key: area.id,
          cells: [
            title(area),
            percentText(area.weightedProgress, locale, empty),
            percentText(area.confirmedProgress, locale, empty),
            <a key="all" href={listHref("/milestones", { agreement: agreementId, area: area.id, side: filters.side, organisation: filters.organisationId })}>{countText(area.milestones, locale)}</a>,
            <a key="overdue" href={listHref("/milestones", { agreement: agreementId, area: area.id, due: "overdue", side: filters.side, organisation: filters.organisationId })}>{countText(area.overdue, locale)}</a>,
            countText(area.behindPlan, locale),
            countText(area.openDisputes, locale),
          ],
        }))}
      />
    </Widget>
  );
}

export async function TimelineWidget({ agreementId, filters }: Props) {
  const [{ t, locale }, { milestones, total }] = await Promise.all([getTranslations(), getMilestoneTimeline(agreementId, filters)]);
  const today = appToday();
  if (milestones.length === 0) {
    return (
      <Widget id="timeline" title={t("dashboard.agreement.timeline")}>
        <p className="text-sm text-gray-700">{t("dashboard.agreement.areaEmpty")}</p>
      </Widget>
    );
  }
  const from = milestones.reduce((min, m) => (m.startOn < min ? m.startOn : min), milestones[0]?.startOn ?? today);
  const to = milestones.reduce((max, m) => (m.targetOn > max ? m.targetOn : max), milestones[0]?.targetOn ?? today);
  return (
    <Widget id="timeline" title={t("dashboard.agreement.timeline")}>
      <p className="mb-2 text-sm text-gray-600">{t("dashboard.agreement.timelineLegend")}</p>
      {total > milestones.length ? <p className="mb-2 text-sm text-gray-700">{t("dashboard.agreement.timelineCapped", { shown: milestones.length, total })}</p> : null}
      <Timeline
        id="timeline-chart"
        title={t("dashboard.agreement.timeline")}
        summary={t("dashboard.agreement.timelineSummary", { count: total, from: formatDate(from, locale), to: formatDate(to, locale) })}
        rows={milestones.map((m) => ({
          label: localized(m, "title", locale),
          start: m.startOn,
          target: m.targetOn,
          percent: m.percentComplete,
          trailing: `${percentText(m.percentComplete, locale)} · ${t(`dashboard.milestoneStatus.${m.status}`)}`,
        }))}
        today={today}
        todayLabel={t("dashboard.agreement.today")}
        dateText={(date) => formatDate(date, locale)}
      />
      <FiguresTable
        caption={t("dashboard.agreement.timelineCaption")}
        columns={[t("dashboard.agreement.milestone"), t("dashboard.agreement.side"), t("dashboard.agreement.start"), t("dashboard.agreement.target"), t("dashboard.agreement.percentColumn"), t("dashboard.agreement.status")]}
        rows={milestones.map((m) => ({
          key: m.id,
          cells: [
            <a key="title" href={`/milestones/${m.id}`}>{localized(m, "title", locale)}</a>,
            t(`sides.${m.ownerSide}`),
            formatDate(m.startOn, locale),
            formatDate(m.targetOn, locale),
            percentText(m.percentComplete, locale),
            t(`dashboard.milestoneStatus.${m.status}`),
          ],
        }))}
      />
    </Widget>
  );
}

const progressTone = { ON_TRACK: "success", AT_RISK: "warning", OFF_TRACK: "danger", COMPLETED: "info" } as const;

export async function LatestUpdatesWidget({ agreementId, filters }: Props) {
  const [{ t, locale }, updates] = await Promise.all([getTranslations(), getLatestUpdates(agreementId, filters)]);
  return (
    <Widget id="latest-updates" title={t("dashboard.agreement.latestUpdates")}>
      {updates.length === 0 ? (
        <p className="text-sm text-gray-700">{t("dashboard.agreement.noUpdates")}</p>
      ) : (
        <ul className="divide-y divide-gray-100">
          {updates.map((update) => (
            <li key={update.id} className="py-2 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <a href={`/milestones/${update.milestone.id}`} className="font-medium">
                  {localized(update.milestone, "title", locale)}
                </a>
                <Badge tone={progressTone[update.status]}>{t(`dashboard.progressStatus.${update.status}`)}</Badge>
                <span className="tabular-nums">{percentText(update.percentComplete, locale)}</span>
              </p>
              <p className="text-xs text-gray-600">{t("dashboard.agreement.reportedOn", { date: formatDate(update.reportedOn, locale) })}</p>
              <p className="mt-1 text-gray-800">{update.narrative}</p>
            </li>
          ))}
        </ul>
      )}
    </Widget>
  );
}

export async function OverdueWidget({ agreementId, filters }: Props) {
  const [{ t, locale }, overdue] = await Promise.all([getTranslations(), getOverdueWork(agreementId, filters)]);
  return (
    <Widget
      id="overdue"
      title={t("dashboard.agreement.overdue")}
      actions={<a href={listHref("/milestones", { agreement: agreementId, due: "overdue", side: filters.side, organisation: filters.organisationId })}>{t("dashboard.agreement.viewAll")}</a>}
    >
      <OverdueList
        heading={t("dashboard.agreement.overdueMilestones")}
        total={overdue.milestones.total}
        rows={overdue.milestones.rows.map((m) => ({ id: m.id, href: `/milestones/${m.id}`, title: localized(m, "title", locale), side: m.ownerSide, due: m.targetOn, dueText: t("dashboard.agreement.targetOn", { date: formatDate(m.targetOn, locale) }) }))}
        allHref={listHref("/milestones", { agreement: agreementId, due: "overdue", side: filters.side, organisation: filters.organisationId })}
        t={t}
      />
      <OverdueList
        heading={t("dashboard.agreement.overdueActions")}
        total={overdue.actionItems.total}
        rows={overdue.actionItems.rows.map((item) => ({ id: item.id, href: `/action-items/${item.id}`, title: localized(item, "title", locale), side: item.ownerSide, due: item.dueOn, dueText: t("dashboard.agreement.dueOn", { date: formatDate(item.dueOn, locale) }) }))}
        t={t}
      />
    </Widget>
  );
}

type OverdueRow = { id: string; href: string; title: string; side: "MALAYSIA" | "CHINA" | "JOINT"; due: Date; dueText: string };

/** One kind of overdue work: each row with its side, due date and days late; capped lists say so. */
function OverdueList({ heading, total, rows, allHref, t }: { heading: string; total: number; rows: OverdueRow[]; allHref?: string; t: Translate }) {
  const today = appToday();
  return (
    <>
      <h3 className="mt-3 text-sm font-semibold text-gray-900">{heading}</h3>
      {rows.length === 0 ? (
        <p className="text-sm text-gray-700">{t("dashboard.agreement.nothingOverdue")}</p>
      ) : (
        <ul className="mb-3 mt-1 space-y-1 text-sm">
          {rows.map((row) => (
            <li key={row.id}>
              <a href={row.href}>{row.title}</a>{" "}
              <span className="text-gray-700">
                {t.rich("compose.parenthetical", {
                  text: (
                    <>
                      {t(`sides.${row.side}`)} · {row.dueText} · <Badge tone="danger">{t("dashboard.agreement.daysLate", { count: daysBetween(row.due, today) })}</Badge>
                    </>
                  ),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <CappedNote shown={rows.length} total={total} href={allHref} t={t} />
    </>
  );
}

export async function NextMeetingWidget({ agreementId, filters }: Props) {
  const [{ t, locale }, meetings] = await Promise.all([getTranslations(), getNextMeetings(agreementId, filters)]);
  return (
    <Widget id="next-meeting" title={t("dashboard.agreement.nextMeeting")}>
      {meetings.length === 0 ? (
        <p className="text-sm text-gray-700">{t("dashboard.agreement.noMeeting")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <p className="font-medium text-gray-900">{localized({ nameEn: meeting.groupNameEn, nameMs: meeting.groupNameMs, nameZh: meeting.groupNameZh }, "name", locale)}</p>
              <p>
                <a href={`/working-groups/${meeting.workingGroupId}`}>{localized(meeting, "title", locale)}</a>
                {" — "}
                {formatDateTime(new Date(meeting.startsAt), locale, meeting.timeZone)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Widget>
  );
}

export async function OpenActionItemsWidget({ agreementId, filters }: Props) {
  const [{ t, locale }, open] = await Promise.all([getTranslations(), getOpenActionItems(agreementId, filters)]);
  return (
    <Widget
      id="open-actions"
      title={t("dashboard.agreement.openActions")}
      actions={<a href={listHref("/action-items", { agreement: agreementId, status: "open", side: filters.side })}>{t("dashboard.agreement.viewAll")}</a>}
    >
      <p className="text-sm text-gray-700">{t("dashboard.agreement.openSummary", { total: open.total, overdue: open.overdue })}</p>
      {open.items.length === 0 ? (
        <p className="mt-2 text-sm text-gray-700">{t("dashboard.agreement.noOpenActions")}</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {open.items.map((item) => (
            <li key={item.id}>
              <a href={`/action-items/${item.id}`}>{localized(item, "title", locale)}</a>{" "}
              <span className="text-gray-700">
                {t("compose.parenthetical", { text: `${t(`sides.${item.ownerSide}`)} · ${t("dashboard.agreement.dueOn", { date: formatDate(item.dueOn, locale) })}` })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Widget>
  );
}
