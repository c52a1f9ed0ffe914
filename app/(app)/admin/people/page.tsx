import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RetiredBadge } from "@/components/admin/retired-status";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listPeople } from "@/lib/data/reference-data";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";
import { canManageReferenceData } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t("people.title") };
}

export default async function PeoplePage() {
  const user = await requireUserForPage();
  if (!canManageReferenceData(user)) notFound();
  const [{ t, locale }, people] = await Promise.all([getTranslations(), listPeople()]);
  return (
    <>
      <PageHeader
        title={t("people.title")}
        description={t("people.description")}
        actions={
          <Link href="/admin/people/new" className={`${buttonClasses("primary")} no-underline hover:no-underline`}>
            {t("people.create")}
          </Link>
        }
      />
      {people.length === 0 ? (
        <EmptyState title={t("people.empty")} />
      ) : (
        <DataTable
          framed
          caption={t("people.title")}
          rows={people}
          rowKey={(person) => person.id}
          columns={[
            { key: "name", header: t("people.fields.name"), cell: (person) => <Link href={`/admin/people/${person.id}`}>{person.name}</Link> },
            { key: "title", header: t("people.fields.title"), cell: (person) => (person.titleEn ? localized(person, "title", locale) : "—") },
            { key: "organisation", header: t("people.fields.organisation"), cell: (person) => (person.organisation ? localized(person.organisation, "name", locale) : "—") },
            { key: "side", header: t("people.fields.side"), cell: (person) => (person.side ? t(`sides.${person.side}`) : "—") },
            {
              key: "status",
              header: t("people.fields.status"),
              cell: (person) => <RetiredBadge isRetired={person.isRetired} labels={{ inUse: t("people.active"), retired: t("people.retired") }} />,
            },
          ]}
        />
      )}
    </>
  );
}
