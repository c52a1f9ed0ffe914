import Link from "next/link";
import { notFound } from "next/navigation";
import { PersonForm } from "@/components/admin/person-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { getPersonForEdit, listOrganisationChoices } from "@/lib/data/reference-data";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canManageReferenceData } from "@/lib/permissions";
import { displayName } from "@/lib/people/display-name";
import { FactStanding } from "@/components/facts/fact-standing";
import { findFactSources } from "@/lib/data/fact-sources";
import { factStanding } from "@/lib/facts/provenance";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("people.edit");

export default async function EditPersonPage({ params }: Props) {
  await requireUserForPage(canManageReferenceData);
  const { id } = await params;
  const [{ t, locale }, person, organisations] = await Promise.all([getTranslations(), getPersonForEdit(id), listOrganisationChoices()]);
  if (!person) notFound();
  // Only people named in the source have standings: what the report says of their name and title.
  const sources = await findFactSources([person.id]);
  const nameStanding = factStanding(sources, { entityType: "Person", entityId: person.id, field: "name", currentValue: person.name }, locale);
  const titleStanding = factStanding(sources, { entityType: "Person", entityId: person.id, field: "title", currentValue: person.titleEn }, locale);
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/admin/people">{t("people.title")}</Link>
      </nav>
      <PageHeader title={t("people.edit")} description={displayName(person, locale)} />
      {nameStanding || titleStanding ? (
        <dl className="mb-4 max-w-2xl space-y-2 text-sm">
          {nameStanding ? (
            <div>
              <dt className="font-medium">{t("people.fields.name")}</dt>
              <dd>
                {person.name}
                <FactStanding standing={nameStanding} t={t} />
              </dd>
            </div>
          ) : null}
          {titleStanding ? (
            <div>
              <dt className="font-medium">{t("people.fields.titleEn")}</dt>
              <dd>
                {person.titleEn}
                <FactStanding standing={titleStanding} t={t} />
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <PersonForm
        person={person}
        organisations={organisations.map((organisation) => ({ id: organisation.id, label: t("compose.qualified", { name: localized(organisation, "name", locale), detail: t(`sides.${organisation.side}`) }) }))}
      />
    </>
  );
}
