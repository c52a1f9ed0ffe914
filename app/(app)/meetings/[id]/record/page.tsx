import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { RecordMinutesForm } from "@/components/meetings/record-minutes-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { getMeetingDetail } from "@/lib/data/meetings";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { displayName } from "@/lib/people/display-name";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("meetings.record");

export default async function RecordMinutesPage({ params }: Props) {
  const { id } = await params;
  const [{ t, locale }, meeting] = await Promise.all([getTranslations(), getMeetingDetail(id)]);
  if (!meeting || !meeting.canCoordinate || meeting.status === "CANCELLED") notFound();
  // Agreed minutes are locked: the meeting's page offers to start a new revision instead.
  if (meeting.minutes.state === "AGREED") redirect(`/meetings/${meeting.id}`);
  const attendance = new Map(meeting.attendance.map((row) => [row.personId, row.attended]));
  const title = localized(meeting, "title", locale);
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href={`/working-groups/${meeting.workingGroup.id}`}>{localized(meeting.workingGroup, "name", locale)}</Link> / <Link href={`/meetings/${meeting.id}`}>{title}</Link>
      </nav>
      <PageHeader title={t("meetings.record")} description={title} />
      {meeting.minutes.state === "CIRCULATED" || meeting.minutes.state === "CHANGES_REQUESTED" ? (
        <p role="note" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t("agreedMinutes.editWithdraws", { number: meeting.minutes.revisionNumber })}
        </p>
      ) : null}
      {meeting.decisions.length > 0 ? (
        <div className="mb-6">
          <Section title={t("meetings.decisions")} id="existing-decisions">
            <ol className="space-y-1 text-sm">
              {meeting.decisions.map((decision) => (
                <li key={decision.id}>
                  {decision.order}. {localized(decision, "text", locale)}
                </li>
              ))}
            </ol>
          </Section>
        </div>
      ) : null}
      <RecordMinutesForm
        meeting={{ id: meeting.id, version: meeting.version, minutesSummary: meeting.minutesSummary }}
        members={meeting.workingGroup.members.map((member) => ({
          personId: member.personId,
          name: displayName(member.person, locale),
          side: t(`sides.${member.side}`),
          attended: attendance.get(member.personId) ?? true,
        }))}
        agenda={meeting.agendaItems.map((item) => ({ id: item.id, order: item.order, title: item.title, minutes: item.minutes }))}
      />
    </>
  );
}
