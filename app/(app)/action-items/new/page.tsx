import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionItemForm } from "@/components/action-items/action-item-form";
import { actionItemFormChoices } from "@/components/action-items/form-choices";
import { PageHeader } from "@/components/ui/page-header";
import { getActionItemFormOptions } from "@/lib/data/action-items";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : null);

export const generateMetadata = pageTitle("actionItems.new");

export default async function NewActionItemPage({ searchParams }: Props) {
  const query = await searchParams;
  const groupId = single(query.group);
  if (!groupId) notFound();
  const meetingId = single(query.meeting);
  const [{ t, locale }, options] = await Promise.all([getTranslations(), getActionItemFormOptions(groupId, meetingId)]);
  if (!options || (meetingId && !options.meeting)) notFound();
  const { group, meeting } = options;
  const cancelHref = meeting ? `/meetings/${meeting.id}` : `/working-groups/${group.id}`;
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href={`/working-groups/${group.id}`}>{localized(group, "name", locale)}</Link>
        {meeting ? (
          <>
            {" / "}
            <Link href={`/meetings/${meeting.id}`}>{localized(meeting, "title", locale)}</Link>
          </>
        ) : null}
      </nav>
      <PageHeader title={t("actionItems.new")} />
      <ActionItemForm
        workingGroupId={group.id}
        meetingId={meeting?.id ?? null}
        decisionId={single(query.decision)}
        decisions={(meeting?.decisions ?? []).map((decision) => ({ id: decision.id, label: `${decision.order}. ${localized(decision, "text", locale)}` }))}
        {...actionItemFormChoices(options, locale, t)}
        cancelHref={cancelHref}
      />
    </>
  );
}
