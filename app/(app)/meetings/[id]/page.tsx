import type { Metadata } from "next";
import Link from "next/link";
import { DecisionPublicToggle } from "@/components/meetings/decision-public-toggle";
import { notFound } from "next/navigation";
import { ActionItemStatusBadge } from "@/components/action-items/status-badge";
import { CancelMeetingButton } from "@/components/meetings/cancel-meeting-button";
import { MoveMeetingForm } from "@/components/meetings/move-meeting-form";
import { meetingStatusTone } from "@/components/meetings/meeting-status";
import { PrintButton } from "@/components/meetings/print-button";
import { MinutesApprovalPanel } from "@/components/meetings/minutes-approval-panel";
import { ProvisionalBadge } from "@/components/meetings/provisional-badge";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { ExampleBadge } from "@/components/ui/example-badge";
import { PageHeader, Section } from "@/components/ui/page-header";
import { getMeetingDetail } from "@/lib/data/meetings";
import { formatDate, formatDateTime } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";
import { utcToZonedLocal } from "@/lib/meetings/time-zone";
import { displayName } from "@/lib/people/display-name";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslations()]);
  const meeting = await getMeetingDetail(id);
  return { title: meeting ? localized(meeting, "title", locale) : t("common.notFoundTitle") };
}

export default async function MeetingPage({ params }: Props) {
  const { id } = await params;
  const [{ t, locale }, meeting] = await Promise.all([getTranslations(), getMeetingDetail(id)]);
  if (!meeting) notFound();
  const groupName = localized(meeting.workingGroup, "name", locale);
  const people = new Map(meeting.workingGroup.members.map((member) => [member.personId, member]));
  const hasStarted = meeting.startsAt <= new Date();
  const newItemHref = (decisionId?: string) =>
    `/action-items/new?group=${meeting.workingGroup.id}&meeting=${meeting.id}${decisionId ? `&decision=${decisionId}` : ""}`;
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="no-print mb-2 text-sm">
        <Link href="/working-groups">{t("workingGroups.title")}</Link> / <Link href={`/working-groups/${meeting.workingGroup.id}`}>{groupName}</Link>
      </nav>
      <PageHeader
        title={localized(meeting, "title", locale)}
        description={
          <>
            {groupName} · {formatDateTime(meeting.startsAt, locale, meeting.timeZone)}
            {meeting.endsAt ? ` – ${formatDateTime(meeting.endsAt, locale, meeting.timeZone)}` : ""} ({meeting.timeZone})
          </>
        }
      />
      <div className="no-print mb-6 flex flex-wrap gap-2">
        {meeting.canCoordinate && meeting.status !== "CANCELLED" && hasStarted && meeting.minutes.state !== "AGREED" ? (
          <Link href={`/meetings/${meeting.id}/record`} className={buttonClasses("primary")}>
            {meeting.status === "HELD" ? t("meetings.editRecord") : t("meetings.record")}
          </Link>
        ) : null}
        {meeting.canCoordinate && meeting.status !== "CANCELLED" ? (
          <Link href={newItemHref()} className={buttonClasses("secondary")}>
            {t("actionItems.new")}
          </Link>
        ) : null}
        {meeting.status !== "CANCELLED" ? (
          <a href={`/meetings/${meeting.id}/ics`} className={buttonClasses("secondary")}>
            {t("meetings.downloadIcs")}
          </a>
        ) : null}
        <a href={`/meetings/${meeting.id}/minutes.pdf`} className={buttonClasses("secondary")}>
          {t("meetings.downloadPdf")}
        </a>
        <PrintButton />
        {meeting.canCoordinate && meeting.status === "SCHEDULED" ? <CancelMeetingButton id={meeting.id} version={meeting.version} /> : null}
      </div>
      {meeting.canCoordinate && meeting.status === "SCHEDULED" ? (
        <div className="mb-6">
          <MoveMeetingForm
            id={meeting.id}
            version={meeting.version}
            startsAtLocal={utcToZonedLocal(meeting.startsAt, meeting.timeZone)}
            endsAtLocal={meeting.endsAt ? utcToZonedLocal(meeting.endsAt, meeting.timeZone) : ""}
            timeZone={meeting.timeZone}
          />
        </div>
      ) : null}
      {/* On paper: no shadows, and a section is not split across pages where it can be avoided. */}
      <div className="space-y-6 print:space-y-3 print:[&_section]:break-inside-avoid print:[&_section]:border-0 print:[&_section]:p-0 print:[&_section]:shadow-none">
        <Section title={t("meetings.details")} id="details">
          <dl className="grid gap-2 text-sm md:grid-cols-2">
            <div>
              <dt className="font-medium">{t("meetings.fields.status")}</dt>
              <dd>
                <Badge tone={meetingStatusTone[meeting.status]}>{t(`meetings.status.${meeting.status}`)}</Badge>
                {meeting.isExample ? <span className="ml-1"><ExampleBadge label={t("common.example")} /></span> : null}
              </dd>
            </div>
            <div>
              <dt className="font-medium">{meeting.venue ? t("meetings.fields.venue") : t("meetings.fields.onlineUrl")}</dt>
              <dd>{meeting.venue ?? (meeting.onlineUrl ? <a href={meeting.onlineUrl}>{meeting.onlineUrl}</a> : "—")}</dd>
            </div>
            {meeting.venue && meeting.onlineUrl ? (
              <div>
                <dt className="font-medium">{t("meetings.fields.onlineUrl")}</dt>
                <dd><a href={meeting.onlineUrl}>{meeting.onlineUrl}</a></dd>
              </div>
            ) : null}
          </dl>
        </Section>
        {meeting.minutes.state !== "NONE" ? <MinutesApprovalPanel meeting={{ id: meeting.id, version: meeting.version }} minutes={meeting.minutes} t={t} locale={locale} /> : null}
        <Section title={t("meetings.agenda")} id="agenda">
          {meeting.agendaItems.length === 0 ? <p className="text-sm text-gray-600">{t("meetings.noAgenda")}</p> : null}
          <ol className="space-y-3">
            {meeting.agendaItems.map((item) => (
              <li key={item.id} className="text-sm">
                <p className="font-medium">
                  {item.order}. {item.title}
                  {item.presenter ? <span className="font-normal text-gray-600"> — {displayName(item.presenter, locale)}</span> : null}
                </p>
                {item.carriedActionItem ? (
                  <p className="mt-1 flex flex-wrap items-center gap-2">
                    <Badge tone="warning">{t("meetings.carriedOver")}</Badge>
                    <Link href={`/action-items/${item.carriedActionItem.id}`}>{localized(item.carriedActionItem, "title", locale)}</Link>
                    <ActionItemStatusBadge status={item.carriedActionItem.status} label={t(`actionItems.status.${item.carriedActionItem.status}`)} />
                    <span className="text-gray-600">{t("actionItems.dueOn", { date: formatDate(item.carriedActionItem.dueOn, locale) })}</span>
                  </p>
                ) : null}
                {item.minutes ? <p className="mt-1 whitespace-pre-line text-gray-800">{item.minutes}</p> : null}
              </li>
            ))}
          </ol>
        </Section>
        {meeting.status === "HELD" ? (
          <>
            <Section title={t("meetings.attendance")} id="attendance">
              <DataTable
                caption={t("meetings.attendance")}
                rows={meeting.attendance}
                rowKey={(row) => row.personId}
                columns={[
                  { key: "name", header: t("workingGroups.columns.name"), cell: (row) => {
                    const member = people.get(row.personId);
                    return member ? displayName(member.person, locale) : "—";
                  } },
                  {
                    key: "side",
                    header: t("actionItems.columns.ownerSide"),
                    cell: (row) => {
                      const person = people.get(row.personId);
                      return person ? t(`sides.${person.side}`) : "—";
                    },
                  },
                  { key: "attended", header: t("meetings.attendance"), cell: (row) => (row.attended ? t("meetings.present") : t("meetings.absent")) },
                ]}
              />
            </Section>
            {meeting.minutesSummary ? (
              <Section title={t("meetings.fields.minutesSummary")} id="summary">
                <p className="whitespace-pre-line text-sm">{meeting.minutesSummary}</p>
              </Section>
            ) : null}
          </>
        ) : null}
        <Section title={t("meetings.decisions")} id="decisions">
          {meeting.decisions.length === 0 ? <p className="text-sm text-gray-600">{t("meetings.noDecisions")}</p> : null}
          <ol className="space-y-2 text-sm">
            {meeting.decisions.map((decision) => (
              <li key={decision.id}>
                {decision.order}. {localized(decision, "text", locale)}
                {meeting.minutes.isProvisional() ? <span className="ml-2"><ProvisionalBadge t={t} /></span> : null}
                {decision.isPublic ? <span className="ml-2"><Badge tone="info">{t("agreedMinutes.publicDecision.badge")}</Badge></span> : null}
                {meeting.canCoordinate ? (
                  <div className="no-print mt-1 flex flex-wrap items-center gap-3">
                    <Link href={newItemHref(decision.id)} aria-label={t("meetings.addActionItemFor", { number: decision.order })}>
                      {t("meetings.addActionItem")}
                    </Link>
                    <DecisionPublicToggle meetingId={meeting.id} version={meeting.version} decisionId={decision.id} number={decision.order} isPublic={decision.isPublic} />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </Section>
        <Section title={t("actionItems.title")} id="action-items">
          {meeting.actionItems.length === 0 ? (
            <p className="text-sm text-gray-600">{t("actionItems.empty")}</p>
          ) : (
            <DataTable
              caption={t("meetings.actionItemsOf")}
              rows={meeting.actionItems}
              rowKey={(item) => item.id}
              columns={[
                { key: "title", header: t("actionItems.columns.title"), cell: (item) => <Link href={`/action-items/${item.id}`}>{localized(item, "title", locale)}</Link> },
                {
                  key: "owners",
                  header: t("actionItems.columns.owners"),
                  cell: (item) =>
                    t("compose.qualified", {
                      name: [item.malaysiaOwner, item.chinaOwner].map((owner) => (owner ? displayName(owner, locale) : null)).filter(Boolean).join(", "),
                      detail: t(`sides.${item.ownerSide}`),
                    }),
                },
                { key: "due", header: t("actionItems.columns.due"), cell: (item) => formatDate(item.dueOn, locale) },
                {
                  key: "status",
                  header: t("actionItems.columns.status"),
                  cell: (item) => (
                    <span className="flex flex-wrap gap-1">
                      <ActionItemStatusBadge status={item.status} label={t(`actionItems.status.${item.status}`)} />
                      {meeting.minutes.isProvisional(item.createdAt) ? <ProvisionalBadge t={t} /> : null}
                    </span>
                  ),
                },
              ]}
            />
          )}
        </Section>
      </div>
    </>
  );
}
