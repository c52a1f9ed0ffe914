import Link from "next/link";
import { PersonForm } from "@/components/admin/person-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listOrganisationChoices } from "@/lib/data/reference-data";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canManageReferenceData } from "@/lib/permissions";

export const generateMetadata = pageTitle("people.create");

export default async function NewPersonPage() {
  await requireUserForPage(canManageReferenceData);
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
