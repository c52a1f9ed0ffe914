import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrganisationForm } from "@/components/admin/organisation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { getTranslations } from "@/lib/i18n/server";
import { canManageReferenceData } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t("organisations.create") };
}

export default async function NewOrganisationPage() {
  const user = await requireUserForPage();
  if (!canManageReferenceData(user)) notFound();
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
