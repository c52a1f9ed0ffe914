import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { WorkingGroupForm } from "@/components/working-groups/working-group-form";
import { getNewWorkingGroupOptions } from "@/lib/data/working-groups";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

export const generateMetadata = pageTitle("workingGroups.newTitle");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewWorkingGroupPage({ searchParams }: Props) {
  const [{ t, locale }, agreements, { agreement: requested }] = await Promise.all([getTranslations(), getNewWorkingGroupOptions(), searchParams]);
  if (agreements.length === 0) notFound();
  // Coming from an agreement's page: that agreement is chosen already, if the reader may use it.
  const preselected = agreements.find((agreement) => agreement.id === requested)?.id;
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/working-groups">{t("workingGroups.title")}</Link>
      </nav>
      <PageHeader title={t("workingGroups.newTitle")} />
      <WorkingGroupForm
        agreements={agreements.map((agreement) => ({ id: agreement.id, label: localized(agreement, "title", locale) }))}
        preselectedAgreementId={preselected}
      />
    </>
  );
}
