import Link from "next/link";
import { AgreementStatusBadge } from "@/components/agreements/status-badge";
import { ExpiryBadge } from "@/components/agreements/expiry-badge";
import { ListFiltersForm } from "@/components/agreements/list-filters-form";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { ExampleBadge } from "@/components/ui/example-badge";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { agreementFiltersQuery, parseAgreementFilters, type AgreementFilters } from "@/lib/agreements/list-filters";
import { listAgreements, listPartyOptions } from "@/lib/data/agreements";
import { formatDate } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { canCreateAgreement, canExportOpenData } from "@/lib/permissions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = pageTitle("agreements.title");

function SortLink({ filters, sortKey, label, t }: { filters: AgreementFilters; sortKey: AgreementFilters["sort"]; label: string; t: Translate }) {
  const isCurrent = filters.sort === sortKey;
  const dir = isCurrent && filters.dir === "asc" ? "desc" : "asc";
  const query = agreementFiltersQuery(filters, { sort: sortKey, dir, page: 1 });
  return (
    <Link href={`/agreements${query ? `?${query}` : ""}`} className="text-gray-700">
      {label}
      {isCurrent ? <span className="ml-1">{filters.dir === "asc" ? "▲" : "▼"}<span className="sr-only"> ({t(filters.dir === "asc" ? "agreements.filters.asc" : "agreements.filters.desc")})</span></span> : null}
    </Link>
  );
}

export default async function AgreementsPage({ searchParams }: Props) {
  const user = await requireUserForPage();
  const filters = parseAgreementFilters(await searchParams);
  const [{ t, locale }, result, parties] = await Promise.all([getTranslations(), listAgreements(filters), listPartyOptions()]);
  const exportQuery = agreementFiltersQuery(filters, { page: 1 });
  const pageLink = (page: number) => {
    const query = agreementFiltersQuery(filters, { page });
    return `/agreements${query ? `?${query}` : ""}`;
  };
  const sortable = (sortKey: AgreementFilters["sort"], label: string) =>
    ({
      key: sortKey,
      header: <SortLink filters={filters} sortKey={sortKey} label={label} t={t} />,
      sort: filters.sort === sortKey ? (filters.dir === "asc" ? "ascending" : "descending") : undefined,
    }) as const;

  return (
    <>
      <PageHeader
        title={t("agreements.title")}
        description={t("agreements.description")}
        actions={
          canCreateAgreement(user) ? (
            <Link href="/agreements/new" className={buttonClasses("primary")}>
              {t("agreements.form.newTitle")}
            </Link>
          ) : undefined
        }
      />
      <ListFiltersForm
        filters={filters}
        t={t}
        parties={parties.map((party) => ({ id: party.id, label: t("compose.qualified", { name: localized(party, "name", locale), detail: t(`sides.${party.side}`) }) }))}
      />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3 text-sm">
        <p role="status">{t("agreements.filters.resultCount", { count: result.total })}</p>
        <p className="flex gap-3">
          <a href={`/agreements/export?format=csv${exportQuery ? `&${exportQuery}` : ""}`}>{t("agreements.filters.exportCsv")}</a>
          <a href={`/agreements/export?format=xlsx${exportQuery ? `&${exportQuery}` : ""}`}>{t("agreements.filters.exportXlsx")}</a>
          {canExportOpenData(user) ? <Link href="/admin/open-data">{t("openData.link")}</Link> : null}
        </p>
      </div>
      {result.rows.length === 0 ? (
        <EmptyState title={t("agreements.empty")} />
      ) : (
        <DataTable
          framed
          caption={t("agreements.title")}
          rows={result.rows}
          rowKey={(agreement) => agreement.id}
          columns={[
            {
              ...sortable("title", t("agreements.columns.title")),
              cell: (agreement) => (
                <>
                  <Link href={`/agreements/${agreement.id}`} className="font-medium">
                    {localized(agreement, "title", locale)}
                  </Link>
                  {agreement.isExample ? <span className="ml-2"><ExampleBadge label={t("common.example")} /></span> : null}
                  {agreement.archivedAt ? <span className="ml-2"><Badge>{t("agreements.archive.archived")}</Badge></span> : null}
                </>
              ),
            },
            { ...sortable("type", t("agreements.columns.type")), cell: (agreement) => t(`agreementTypes.${agreement.type}`) },
            {
              key: "parties",
              header: t("agreements.columns.parties"),
              cell: (agreement) => (
                <ul>
                  {agreement.parties.map((party) => (
                    <li key={party.organisation.id}>
                      {localized(party.organisation, "name", locale)} <span className="text-gray-600">{t("compose.parenthetical", { text: t(`sides.${party.side}`) })}</span>
                    </li>
                  ))}
                </ul>
              ),
            },
            { ...sortable("signedOn", t("agreements.columns.signedOn")), className: "whitespace-nowrap", cell: (agreement) => formatDate(agreement.signedOn, locale) },
            {
              ...sortable("status", t("agreements.columns.status")),
              className: "space-y-1",
              cell: (agreement) => (
                <>
                  <AgreementStatusBadge status={agreement.status} t={t} />
                  <div>
                    <ExpiryBadge agreement={agreement} t={t} />
                  </div>
                </>
              ),
            },
          ]}
        />
      )}
      {result.pageCount > 1 ? (
        <nav aria-label={t("agreements.filters.pagination")} className="mt-4 flex items-center gap-4 text-sm">
          {result.page > 1 ? <Link href={pageLink(result.page - 1)}>{t("agreements.filters.previous")}</Link> : null}
          <span>{t("agreements.filters.pageOf", { page: result.page, pages: result.pageCount })}</span>
          {result.page < result.pageCount ? <Link href={pageLink(result.page + 1)}>{t("agreements.filters.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
