import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader, Section } from "@/components/ui/page-header";
import { AddMemberForm, CounterpartForm, EditMemberForm, RemoveMemberButton } from "@/components/working-groups/member-forms";
import { WorkingGroupForm } from "@/components/working-groups/working-group-form";
import { MinutesApproversForm } from "@/components/working-groups/minutes-approvers-form";
import { getWorkingGroupForEdit } from "@/lib/data/working-groups";
import { toIsoDate } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { displayName } from "@/lib/people/display-name";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("workingGroups.editTitle");

export default async function EditWorkingGroupPage({ params }: Props) {
  const { id } = await params;
  const [{ t, locale }, loaded] = await Promise.all([getTranslations(), getWorkingGroupForEdit(id)]);
  if (!loaded) notFound();
  const { group, people } = loaded;
  const name = localized(group, "name", locale);
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/working-groups">{t("workingGroups.title")}</Link> / <Link href={`/working-groups/${group.id}`}>{name}</Link>
      </nav>
      <PageHeader title={t("workingGroups.editTitle")} description={name} />
      <div className="space-y-6">
        <Section title={t("workingGroups.details")} id="details">
          <WorkingGroupForm
            group={{
              id: group.id,
              version: group.version,
              nameEn: group.nameEn,
              nameMs: group.nameMs,
              nameZh: group.nameZh,
              termsOfReferenceEn: group.termsOfReferenceEn,
              termsOfReferenceMs: group.termsOfReferenceMs,
              termsOfReferenceZh: group.termsOfReferenceZh,
              establishedOn: group.establishedOn ? toIsoDate(group.establishedOn) : "",
            }}
          />
        </Section>
        <Section title={t("workingGroups.members")} id="members">
          {group.members.length === 0 ? <p className="text-sm text-gray-600">{t("workingGroups.noMembers")}</p> : null}
          <ul className="divide-y divide-gray-100">
            {group.members.map((member) => {
              const others = group.members.filter((other) => other.side !== member.side);
              const current = member.counterpartId ?? member.counterpartOf?.id ?? "";
              return (
                <li key={member.id} className="space-y-3 py-4">
                  <h3 className="font-medium">
                    {displayName(member.person, locale)} · {t(`sides.${member.side}`)} · {member.organisation.acronym ?? localized(member.organisation, "name", locale)}
                  </h3>
                  <EditMemberForm
                    member={{
                      id: member.id,
                      version: member.version,
                      name: displayName(member.person, locale),
                      role: member.role,
                      startsOn: member.startsOn ? toIsoDate(member.startsOn) : "",
                      endsOn: member.endsOn ? toIsoDate(member.endsOn) : "",
                    }}
                  />
                  <CounterpartForm memberId={member.id} memberName={displayName(member.person, locale)} current={current} options={others.map((other) => ({ id: other.id, label: displayName(other.person, locale) }))} />
                  <RemoveMemberButton member={{ id: member.id, version: member.version, name: displayName(member.person, locale) }} />
                </li>
              );
            })}
          </ul>
        </Section>
        <Section title={t("agreedMinutes.settings.title")} id="minutes-approvers">
          <MinutesApproversForm
            group={{ id: group.id, version: group.version, malaysiaApproverId: group.minutesApproverMalaysiaId ?? "", chinaApproverId: group.minutesApproverChinaId ?? "" }}
            options={{
              MALAYSIA: group.members.filter((member) => member.side === "MALAYSIA").map((member) => ({ id: member.id, label: t("compose.qualified", { name: displayName(member.person, locale), detail: t(`workingGroupRoles.${member.role}`) }) })),
              CHINA: group.members.filter((member) => member.side === "CHINA").map((member) => ({ id: member.id, label: t("compose.qualified", { name: displayName(member.person, locale), detail: t(`workingGroupRoles.${member.role}`) }) })),
            }}
          />
        </Section>
        <Section title={t("workingGroups.addMember")} id="add-member">
          <AddMemberForm
            workingGroupId={group.id}
            people={people.map((person) => ({
              id: person.id,
              label: `${displayName(person, locale)} — ${person.organisation?.acronym ?? person.organisation?.nameEn ?? ""} (${person.organisation ? t(`sides.${person.organisation.side}`) : ""})`,
            }))}
          />
        </Section>
      </div>
    </>
  );
}
