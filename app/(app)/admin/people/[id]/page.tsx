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
import { displayName } from "@/lib/people/display-name";

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
      <PageHeader title={t("people.edit")} description={displayName(person, locale)} />
      <PersonForm
        person={person}
        organisations={organisations.map((organisation) => ({ id: organisation.id, label: `${localized(organisation, "name", locale)} (${t(`sides.${organisation.side}`)})` }))}
      />
    </>
  );
}
