import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
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
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-gray-200 text-sm">
            <caption className="sr-only">{t("people.title")}</caption>
            <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-600">
              <tr>
                <th scope="col" className="px-4 py-3">{t("people.fields.name")}</th>
                <th scope="col" className="px-4 py-3">{t("people.fields.title")}</th>
                <th scope="col" className="px-4 py-3">{t("people.fields.organisation")}</th>
                <th scope="col" className="px-4 py-3">{t("people.fields.side")}</th>
                <th scope="col" className="px-4 py-3">{t("people.fields.status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {people.map((person) => (
                <tr key={person.id}>
                  <td className="px-4 py-3">
                    <Link href={`/admin/people/${person.id}`}>{person.name}</Link>
                  </td>
                  <td className="px-4 py-3">{person.titleEn ? localized(person, "title", locale) : "—"}</td>
                  <td className="px-4 py-3">{person.organisation ? localized(person.organisation, "name", locale) : "—"}</td>
                  <td className="px-4 py-3">{person.side ? t(`sides.${person.side}`) : "—"}</td>
                  <td className="px-4 py-3">
                    <Badge tone={person.isRetired ? "neutral" : "success"}>{person.isRetired ? t("people.retired") : t("people.active")}</Badge>
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
