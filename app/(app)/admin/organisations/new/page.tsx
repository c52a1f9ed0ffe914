import Link from "next/link";
import { OrganisationForm } from "@/components/admin/organisation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canManageReferenceData } from "@/lib/permissions";

export const generateMetadata = pageTitle("organisations.create");

export default async function NewOrganisationPage() {
  await requireUserForPage(canManageReferenceData);
  const { t } = await getTranslations();
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/admin/organisations">{t("organisations.title")}</Link>
      </nav>
      <PageHeader title={t("organisations.create")} />
      <OrganisationForm />
    </>
  );
}
