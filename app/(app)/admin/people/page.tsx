import Link from "next/link";
import { RetiredBadge } from "@/components/admin/retired-status";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listPeople } from "@/lib/data/reference-data";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canManageReferenceData } from "@/lib/permissions";
import { displayName } from "@/lib/people/display-name";

export const generateMetadata = pageTitle("people.title");

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function PeoplePage({ searchParams }: Props) {
  await requireUserForPage(canManageReferenceData);
  const { q: rawQuery } = await searchParams;
  const q = (Array.isArray(rawQuery) ? rawQuery[0] : rawQuery)?.trim().slice(0, 200) ?? "";
  const [{ t, locale }, people] = await Promise.all([getTranslations(), listPeople({ q })]);
  return (
    <>
      <PageHeader
        title={t("people.title")}
        description={t("people.description")}
        actions={
          <Link href="/admin/people/new" className={buttonClasses("primary")}>
            {t("people.create")}
          </Link>
        }
      />
      <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="people-q" className="block text-sm font-medium">
            {t("names.searchLabel")}
          </label>
          <input id="people-q" name="q" type="search" defaultValue={q} className="mt-1 rounded-md border border-gray-300 px-3 py-2 text-sm" />
        </div>
        <button type="submit" className={buttonClasses("secondary")}>
          {t("names.searchSubmit")}
        </button>
      </form>
      {people.length === 0 ? (
        <EmptyState title={q ? t("names.noMatch", { q }) : t("people.empty")} />
      ) : (
        <DataTable
          framed
          caption={t("people.title")}
          rows={people}
          rowKey={(person) => person.id}
          columns={[
            { key: "name", header: t("people.fields.name"), cell: (person) => (
                <>
                  <Link href={`/admin/people/${person.id}`}>{displayName(person, locale)}</Link>
                  {person.nameZh ? <span className="block text-xs text-gray-600" lang={locale === "zh" ? "en" : "zh-CN"}>{locale === "zh" ? person.name : person.nameZh}</span> : null}
                </>
              ),
            },
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
