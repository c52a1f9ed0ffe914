import Link from "next/link";
import { notFound } from "next/navigation";
import { ScheduleMeetingForm } from "@/components/meetings/schedule-meeting-form";
import { PageHeader } from "@/components/ui/page-header";
import { getScheduleMeetingOptions } from "@/lib/data/meetings";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { displayName } from "@/lib/people/display-name";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("meetings.scheduleTitle");

export default async function ScheduleMeetingPage({ params }: Props) {
  const { id } = await params;
  const [{ t, locale }, group] = await Promise.all([getTranslations(), getScheduleMeetingOptions(id)]);
  if (!group) notFound();
  const name = localized(group, "name", locale);
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/working-groups">{t("workingGroups.title")}</Link> / <Link href={`/working-groups/${group.id}`}>{name}</Link>
      </nav>
      <PageHeader title={t("meetings.scheduleTitle")} description={name} />
      <ScheduleMeetingForm
        workingGroupId={group.id}
        presenters={group.members.map((member) => ({ id: member.personId, label: t("compose.qualified", { name: displayName(member.person, locale), detail: t(`sides.${member.side}`) }) }))}
      />
    </>
  );
}
