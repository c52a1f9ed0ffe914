import Link from "next/link";
import { MilestoneForm } from "@/components/milestones/milestone-form";
import { formChoices } from "@/components/milestones/milestone-form-page";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listMilestoneFormOptions } from "@/lib/data/milestones";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canImportMilestones } from "@/lib/permissions";

export const generateMetadata = pageTitle("milestones.new");

type Props = { searchParams: Promise<{ area?: string | string[] }> };

export default async function NewMilestonePage({ searchParams }: Props) {
  const user = await requireUserForPage(canImportMilestones);
  const [{ t, locale }, options, query] = await Promise.all([getTranslations(), listMilestoneFormOptions(), searchParams]);
  const area = typeof query.area === "string" ? query.area : undefined;
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/milestones">{t("milestones.myTitle")}</Link>
      </nav>
      <PageHeader title={t("milestones.new")} />
      <MilestoneForm {...formChoices(options, locale)} defaults={{ cooperationAreaId: area, ownerOrganisationId: options.defaultOrganisationId ?? undefined, ownerSide: user.side ?? "MALAYSIA" }} />
    </>
  );
}
