import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listOrganisations } from "@/lib/data/reference-data";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";
import { canManageReferenceData } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t("organisations.title") };
}

export default async function OrganisationsPage() {
  const user = await requireUserForPage();
  if (!canManageReferenceData(user)) notFound();
  const [{ t, locale }, organisations] = await Promise.all([getTranslations(), listOrganisations()]);
  return (
    <>
      <PageHeader
        title={t("organisations.title")}
        description={t("organisations.description")}
        actions={
          <Link href="/admin/organisations/new" className={`${buttonClasses("primary")} no-underline hover:no-underline`}>
            {t("organisations.create")}
          </Link>
        }
      />
      {organisations.length === 0 ? (
        <EmptyState title={t("organisations.empty")} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-gray-200 text-sm">
            <caption className="sr-only">{t("organisations.title")}</caption>
            <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-600">
              <tr>
                <th scope="col" className="px-4 py-3">{t("organisations.fields.name")}</th>
                <th scope="col" className="px-4 py-3">{t("organisations.fields.acronym")}</th>
                <th scope="col" className="px-4 py-3">{t("organisations.fields.country")}</th>
                <th scope="col" className="px-4 py-3">{t("organisations.fields.side")}</th>
                <th scope="col" className="px-4 py-3">{t("organisations.fields.kind")}</th>
                <th scope="col" className="px-4 py-3">{t("organisations.fields.status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {organisations.map((organisation) => (
                <tr key={organisation.id}>
                  <td className="px-4 py-3">
                    <Link href={`/admin/organisations/${organisation.id}`}>{localized(organisation, "name", locale)}</Link>
                  </td>
                  <td className="px-4 py-3">{organisation.acronym ?? "—"}</td>
                  <td className="px-4 py-3">{organisation.country}</td>
                  <td className="px-4 py-3">{t(`sides.${organisation.side}`)}</td>
                  <td className="px-4 py-3">{t(`organisations.kinds.${organisation.kind}`)}</td>
                  <td className="px-4 py-3">
                    <Badge tone={organisation.isRetired ? "neutral" : "success"}>{organisation.isRetired ? t("organisations.retired") : t("organisations.inUse")}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
