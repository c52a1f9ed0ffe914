import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PersonForm } from "@/components/admin/person-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listOrganisationChoices } from "@/lib/data/reference-data";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";
import { canManageReferenceData } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t("people.create") };
}

export default async function NewPersonPage() {
  const user = await requireUserForPage();
  if (!canManageReferenceData(user)) notFound();
  const [{ t, locale }, organisations] = await Promise.all([getTranslations(), listOrganisationChoices()]);
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/admin/people">{t("people.title")}</Link>
      </nav>
      <PageHeader title={t("people.create")} />
      <PersonForm organisations={organisations.map((organisation) => ({ id: organisation.id, label: t("compose.qualified", { name: localized(organisation, "name", locale), detail: t(`sides.${organisation.side}`) }) }))} />
    </>
  );
}
