import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExampleBadge } from "@/components/ui/example-badge";
import { PageHeader, Section } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { meetingStatusTone } from "@/components/meetings/meeting-status";
import { minutesStateTone } from "@/components/meetings/minutes-state";
import { listGroupMeetings } from "@/lib/data/meetings";
import { CappedNote } from "@/components/ui/capped-note";
import { canUserManageGroup, getWorkingGroupDetail } from "@/lib/data/working-groups";
import { formatDate, formatDateTime } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";
import { FactStanding } from "@/components/facts/fact-standing";
import { factStanding } from "@/lib/facts/provenance";
import { displayName } from "@/lib/people/display-name";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslations()]);
  const group = await getWorkingGroupDetail(id);
  return { title: group ? localized(group, "name", locale) : t("common.notFoundTitle") };
}

export default async function WorkingGroupPage({ params }: Props) {
  const { id } = await params;
  const [{ t, locale }, group, meetingList] = await Promise.all([getTranslations(), getWorkingGroupDetail(id), listGroupMeetings(id)]);
  if (!group || !meetingList) notFound();
  const mayManage = await canUserManageGroup(group.agreement.id);
  const sides = ["MALAYSIA", "CHINA"] as const;
  const standingOf = (field: string, currentValue: string | null) =>
    factStanding(group.factSources, { entityType: "WorkingGroup", entityId: group.id, field, currentValue }, locale);
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/working-groups">{t("workingGroups.title")}</Link>
      </nav>
      <PageHeader
        title={localized(group, "name", locale)}
        description={
          <>
            {t.rich("workingGroups.establishedUnder", {
              title: localized(group.agreement, "title", locale),
              link: (chunks) => <Link href={`/agreements/${group.agreement.id}`}>{chunks}</Link>,
            })}
          </>
        }
        actions={
          <>
            <Link href={`/action-items?scope=all&group=${group.id}`} className={buttonClasses("secondary")}>
              {t("workingGroups.actionItemsLink")}
            </Link>
            {mayManage ? (
              <Link href={`/working-groups/${group.id}/edit`} className={buttonClasses("secondary")}>
                {t("workingGroups.edit")}
              </Link>
            ) : null}
          </>
        }
      />
      {/* The header's line is a paragraph, which cannot hold the disclosure: it follows it. */}
      <div className="-mt-4 mb-4">
        <FactStanding standing={standingOf("agreement", group.agreement.titleEn)} t={t} />
      </div>
      <div className="space-y-6">
        {group.termsOfReferenceEn ? (
          <Section title={t("workingGroups.termsOfReference")} id="terms">
            <p className="text-sm">{localized(group, "termsOfReference", locale)}</p>
            <FactStanding standing={standingOf("termsOfReference", group.termsOfReferenceEn)} t={t} />
          </Section>
        ) : null}
        <Section title={t("workingGroups.members")} id="members">
          <div className="grid gap-6 md:grid-cols-2">
            {sides.map((side) => {
              const members = group.members.filter((member) => member.side === side);
              return (
                <div key={side}>
                  <h3 className="mb-2 font-medium">{t(`sides.${side}`)}</h3>
                  {members.length === 0 ? (
                    <p className="text-sm text-gray-600">{t("workingGroups.noMembers")}</p>
                  ) : (
                    <DataTable
                      caption={t("workingGroups.membersOf", { side: t(`sides.${side}`) })}
                      rows={members}
                      rowKey={(member) => member.id}
                      columns={[
                        {
                          key: "name",
                          header: t("workingGroups.columns.name"),
                          cell: (member) => (
                            <>
                              {displayName(member.person, locale)}
                              {member.isExample ? <span className="ml-1"><ExampleBadge label={t("common.example")} /></span> : null}
                              {member.startsOn ? <span className="block text-xs text-gray-600">{t("workingGroups.since", { date: formatDate(member.startsOn, locale) })}</span> : null}
                            </>
                          ),
                        },
                        { key: "role", header: t("workingGroups.columns.role"), cell: (member) => t(`workingGroupRoles.${member.role}`) },
                        { key: "organisation", header: t("workingGroups.columns.organisation"), cell: (member) => localized(member.organisation, "name", locale) },
                        {
                          key: "counterpart",
                          header: t("workingGroups.columns.counterpart"),
                          cell: (member) => {
                            const counterpart = member.counterpart?.person ?? member.counterpartOf?.person;
                            return counterpart ? displayName(counterpart, locale) : "—";
                          },
                        },
                      ]}
                    />
                  )}
                </div>
              );
            })}
          </div>
        </Section>
        <Section title={t("agreedMinutes.settings.title")} id="minutes-approvers">
          <ul className="space-y-1 text-sm">
            {group.minutesApprovers.map((approver) => {
              const name = approver.person ? displayName(approver.person, locale) : null;
              return (
                <li key={approver.side}>
                  {t("agreedMinutes.approverOf", { side: t(`sides.${approver.side}`), name: name ? (approver.isDefault ? t("agreedMinutes.byDefault", { name }) : name) : t("agreedMinutes.noApprover") })}
                </li>
              );
            })}
          </ul>
        </Section>
        <Section title={t("meetings.title")} id="meetings">
          {meetingList.canCoordinate ? (
            <p className="mb-3">
              <Link href={`/working-groups/${group.id}/meetings/new`} className={buttonClasses("primary")}>
                {t("meetings.schedule")}
              </Link>{" "}
              <Link href={`/action-items/new?group=${group.id}`} className={buttonClasses("secondary")}>
                {t("actionItems.new")}
              </Link>
            </p>
          ) : null}
          {meetingList.meetings.length === 0 ? (
            <p className="text-sm text-gray-600">{t("meetings.empty")}</p>
          ) : (
            <DataTable
              caption={t("meetings.title")}
              rows={meetingList.meetings}
              rowKey={(meeting) => meeting.id}
              columns={[
                {
                  key: "title",
                  header: t("meetings.fields.title"),
                  cell: (meeting) => (
                    <>
                      <Link href={`/meetings/${meeting.id}`}>{localized(meeting, "title", locale)}</Link>
                      {meeting.isExample ? <span className="ml-1"><ExampleBadge label={t("common.example")} /></span> : null}
                    </>
                  ),
                },
                { key: "startsAt", header: t("meetings.fields.startsAt"), cell: (meeting) => formatDateTime(meeting.startsAt, locale, meeting.timeZone) },
                {
                  key: "status",
                  header: t("meetings.fields.status"),
                  cell: (meeting) => <Badge tone={meetingStatusTone[meeting.status]}>{t(`meetings.status.${meeting.status}`)}</Badge>,
                },
                {
                  key: "minutes",
                  header: t("agreedMinutes.column"),
                  cell: (meeting) => <Badge tone={minutesStateTone[meeting.minutesState]}>{t(`agreedMinutes.state.${meeting.minutesState}`)}</Badge>,
                },
                { key: "actionItems", header: t("actionItems.title"), cell: (meeting) => meeting._count.actionItems },
              ]}
            />
          )}
          <CappedNote shown={meetingList.meetings.length} total={meetingList.total} t={t} />
        </Section>
      </div>
    </>
  );
}
