import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionItemForm } from "@/components/action-items/action-item-form";
import { actionItemFormChoices, withCurrent, type Choice } from "@/components/action-items/form-choices";
import { PageHeader } from "@/components/ui/page-header";
import { isEditableStatus } from "@/lib/action-items/status-machine";
import { getActionItemForEdit } from "@/lib/data/action-items";
import { toIsoDate } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { displayName } from "@/lib/people/display-name";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("actionItems.edit");

export default async function EditActionItemPage({ params }: Props) {
  const { id } = await params;
  const [{ t, locale }, loaded] = await Promise.all([getTranslations(), getActionItemForEdit(id)]);
  if (!loaded) notFound();
  const { item, options } = loaded;
  const itemHref = `/action-items/${item.id}`;
  const breadcrumb = (
    <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
      <Link href="/action-items">{t("actionItems.title")}</Link> / <Link href={itemHref}>{localized(item, "title", locale)}</Link>
    </nav>
  );
  if (!isEditableStatus(item.status)) {
    return (
      <>
        {breadcrumb}
        <PageHeader title={t("actionItems.edit")} />
        <p role="note" className="mb-4 rounded-md border border-gray-300 bg-gray-50 p-4 text-sm">
          {t("actionItems.notEditableNote")}
        </p>
        <Link href={itemHref} className="text-sm">
          {t("actionItems.backToItem")}
        </Link>
      </>
    );
  }
  const choices = actionItemFormChoices(options, locale, t);
  const formerMember = (person: { id: string; name: string } | null): Choice | null =>
    person ? { id: person.id, label: t("actionItems.fields.formerMember", { name: displayName(person, locale) }) } : null;
  const area = item.cooperationArea;
  return (
    <>
      {breadcrumb}
      <PageHeader title={t("actionItems.edit")} />
      <ActionItemForm
        item={{
          id: item.id,
          version: item.version,
          titleEn: item.titleEn,
          titleMs: item.titleMs,
          titleZh: item.titleZh,
          descriptionEn: item.descriptionEn,
          descriptionMs: item.descriptionMs,
          descriptionZh: item.descriptionZh,
          malaysiaOwnerId: item.malaysiaOwner?.id ?? null,
          chinaOwnerId: item.chinaOwner?.id ?? null,
          dueOn: toIsoDate(item.dueOn),
          priority: item.priority,
          cooperationAreaId: area?.id ?? null,
          milestoneId: item.milestone?.id ?? null,
        }}
        malaysianMembers={withCurrent(choices.malaysianMembers, formerMember(item.malaysiaOwner))}
        chineseMembers={withCurrent(choices.chineseMembers, formerMember(item.chinaOwner))}
        areas={withCurrent(choices.areas, area ? { id: area.id, label: `${area.number}. ${localized(area, "title", locale)}` } : null)}
        milestones={withCurrent(choices.milestones, item.milestone ? { id: item.milestone.id, label: localized(item.milestone, "title", locale) } : null)}
        cancelHref={itemHref}
      />
    </>
  );
}
