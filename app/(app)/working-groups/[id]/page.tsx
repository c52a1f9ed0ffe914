import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExampleBadge } from "@/components/ui/example-badge";
import { PageHeader, Section } from "@/components/ui/page-header";
import { getWorkingGroupDetail } from "@/lib/data/working-groups";
import { formatDate } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslations()]);
  const group = await getWorkingGroupDetail(id);
  return { title: group ? localized(group, "name", locale) : t("common.notFoundTitle") };
}

export default async function WorkingGroupPage({ params }: Props) {
  const { id } = await params;
  const [{ t, locale }, group] = await Promise.all([getTranslations(), getWorkingGroupDetail(id)]);
  if (!group) notFound();
  const sides = ["MALAYSIA", "CHINA"] as const;
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/working-groups">{t("workingGroups.title")}</Link>
      </nav>
      <PageHeader
        title={localized(group, "name", locale)}
        description={
          <>
            {t("workingGroups.establishedUnder")} <Link href={`/agreements/${group.agreement.id}`}>{localized(group.agreement, "title", locale)}</Link>
          </>
        }
      />
      <div className="space-y-6">
        {group.termsOfReferenceEn ? (
          <Section title={t("workingGroups.termsOfReference")} id="terms">
            <p className="text-sm">{localized(group, "termsOfReference", locale)}</p>
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
                    <table className="min-w-full text-sm">
                      <caption className="sr-only">{t("workingGroups.membersOf", { side: t(`sides.${side}`) })}</caption>
                      <thead className="text-left text-xs uppercase text-gray-600">
                        <tr>
                          <th scope="col" className="py-1 pr-2">{t("workingGroups.columns.name")}</th>
                          <th scope="col" className="py-1 pr-2">{t("workingGroups.columns.role")}</th>
                          <th scope="col" className="py-1 pr-2">{t("workingGroups.columns.organisation")}</th>
                          <th scope="col" className="py-1">{t("workingGroups.columns.counterpart")}</th>
                        </tr>
                      </thead>
                      <tbody className="divide-y divide-gray-100">
                        {members.map((member) => (
                          <tr key={member.id}>
                            <td className="py-2 pr-2">
                              {member.person.name}
                              {member.isExample ? <span className="ml-1"><ExampleBadge label={t("common.example")} /></span> : null}
                              {member.startsOn ? <span className="block text-xs text-gray-600">{t("workingGroups.since", { date: formatDate(member.startsOn, locale) })}</span> : null}
                            </td>
                            <td className="py-2 pr-2">{t(`workingGroupRoles.${member.role}`)}</td>
                            <td className="py-2 pr-2">{localized(member.organisation, "name", locale)}</td>
                            <td className="py-2">{member.counterpart?.person.name ?? member.counterpartOf?.person.name ?? "—"}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </div>
              );
            })}
          </div>
        </Section>
      </div>
    </>
  );
}
