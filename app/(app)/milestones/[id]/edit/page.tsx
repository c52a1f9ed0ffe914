import Link from "next/link";
import { notFound } from "next/navigation";
import { MilestoneForm } from "@/components/milestones/milestone-form";
import { formChoices } from "@/components/milestones/milestone-form-page";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { getMilestoneForEdit, listMilestoneFormOptions } from "@/lib/data/milestones";
import { toIsoDate } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("milestones.edit");

export default async function EditMilestonePage({ params }: Props) {
  await requireUserForPage();
  const { id } = await params;
  const milestone = await getMilestoneForEdit(id);
  if (!milestone || milestone.cancelledAt) notFound();
  const [{ t, locale }, options] = await Promise.all([getTranslations(), listMilestoneFormOptions()]);
  const choices = formChoices(options, locale);
  // The milestone's own area stays offered even if the form's list would not include it.
  const areas = choices.areas.some((area) => area.value === milestone.cooperationAreaId) ? choices.areas : [{ value: milestone.cooperationAreaId, label: milestone.cooperationAreaId }, ...choices.areas];
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href={`/milestones/${milestone.id}`}>{localized(milestone, "title", locale)}</Link>
      </nav>
      <PageHeader title={t("milestones.edit")} />
      <MilestoneForm
        {...choices}
        areas={areas}
        defaults={{}}
        milestone={{ ...milestone, startOn: toIsoDate(milestone.startOn), targetOn: toIsoDate(milestone.targetOn) }}
      />
    </>
  );
}
