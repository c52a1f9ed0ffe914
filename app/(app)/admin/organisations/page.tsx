import Link from "next/link";
import { RetiredBadge } from "@/components/admin/retired-status";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listOrganisations } from "@/lib/data/reference-data";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canManageReferenceData } from "@/lib/permissions";

export const generateMetadata = pageTitle("organisations.title");

export default async function OrganisationsPage() {
  await requireUserForPage(canManageReferenceData);
  const [{ t, locale }, organisations] = await Promise.all([getTranslations(), listOrganisations()]);
  return (
    <>
      <PageHeader
        title={t("organisations.title")}
        description={t("organisations.description")}
        actions={
          <Link href="/admin/organisations/new" className={buttonClasses("primary")}>
            {t("organisations.create")}
          </Link>
        }
      />
      {organisations.length === 0 ? (
        <EmptyState title={t("organisations.empty")} />
      ) : (
        <DataTable
          framed
          caption={t("organisations.title")}
          rows={organisations}
          rowKey={(organisation) => organisation.id}
          columns={[
            {
              key: "name",
              header: t("organisations.fields.name"),
              cell: (organisation) => <Link href={`/admin/organisations/${organisation.id}`}>{localized(organisation, "name", locale)}</Link>,
            },
            { key: "acronym", header: t("organisations.fields.acronym"), cell: (organisation) => organisation.acronym ?? "—" },
            { key: "country", header: t("organisations.fields.country"), cell: (organisation) => organisation.country },
            { key: "side", header: t("organisations.fields.side"), cell: (organisation) => t(`sides.${organisation.side}`) },
            { key: "kind", header: t("organisations.fields.kind"), cell: (organisation) => t(`organisations.kinds.${organisation.kind}`) },
            {
              key: "status",
              header: t("organisations.fields.status"),
              cell: (organisation) => <RetiredBadge isRetired={organisation.isRetired} labels={{ inUse: t("organisations.inUse"), retired: t("organisations.retired") }} />,
            },
          ]}
        />
      )}
    </>
  );
}
