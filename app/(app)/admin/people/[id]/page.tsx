import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PersonForm } from "@/components/admin/person-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { getPersonForEdit, listOrganisationChoices } from "@/lib/data/reference-data";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";
import { canManageReferenceData } from "@/lib/permissions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t("people.edit") };
}

export default async function EditPersonPage({ params }: Props) {
  const user = await requireUserForPage();
  if (!canManageReferenceData(user)) notFound();
  const { id } = await params;
  const [{ t, locale }, person, organisations] = await Promise.all([getTranslations(), getPersonForEdit(id), listOrganisationChoices()]);
  if (!person) notFound();
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/admin/people">{t("people.title")}</Link>
      </nav>
      <PageHeader title={t("people.edit")} description={person.name} />
      <PersonForm
        person={person}
        organisations={organisations.map((organisation) => ({ id: organisation.id, label: t("compose.qualified", { name: localized(organisation, "name", locale), detail: t(`sides.${organisation.side}`) }) }))}
      />
    </>
  );
}
