import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { ListPager } from "@/components/ui/list-pager";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { eventDetails, listSecurityEvents, securityEventKinds, securityEventLabel, securityEventLabels } from "@/lib/data/security-events";
import { pageFromQuery } from "@/lib/data/paging";
import { formatDateTime } from "@/lib/format";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canManageSignInSecurity } from "@/lib/permissions";
import { securityEventFilterSchema } from "@/lib/schemas/security";

export const generateMetadata = pageTitle("users.securityEvents.title");

type Query = Record<string, string | string[] | undefined>;

export default async function SecurityEventsPage({ searchParams }: { searchParams: Promise<Query> }) {
  await requireUserForPage(canManageSignInSecurity);
  const query = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const filter = securityEventFilterSchema.parse({ kind: first(query.kind), user: first(query.user), from: first(query.from), to: first(query.to) });
  const [{ t, locale }, list] = await Promise.all([getTranslations(), listSecurityEvents(filter, pageFromQuery(query.page))]);
  const filterQuery = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const hrefFor = (page: number) => `/admin/security-events?${new URLSearchParams([...filterQuery.entries(), ["page", String(page)]])}`;
  const inputClasses = "block rounded-md border border-gray-300 px-3 py-2 text-sm";
  return (
    <>
      <PageHeader
        title={t("users.securityEvents.title")}
        description={t("users.securityEvents.intro")}
        actions={
          <Link href={`/admin/security-events/export?${filterQuery}`} className={`${buttonClasses("secondary")} no-underline hover:no-underline`} prefetch={false}>
            {t("users.securityEvents.export")}
          </Link>
        }
      />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4">
        <label className="text-sm">
          <span className="mb-1 block font-medium text-gray-800">{t("users.securityEvents.kind")}</span>
          <select name="kind" defaultValue={filter.kind ?? ""} className={inputClasses}>
            <option value="">{t("users.securityEvents.allKinds")}</option>
            {securityEventKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(securityEventLabels[kind])}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-gray-800">{t("users.securityEvents.user")}</span>
          <input type="email" name="user" defaultValue={filter.user ?? ""} className={inputClasses} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-gray-800">{t("users.securityEvents.from")}</span>
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={inputClasses} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-gray-800">{t("users.securityEvents.to")}</span>
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={inputClasses} />
        </label>
        <button type="submit" className={buttonClasses("primary")}>
          {t("users.securityEvents.filter")}
        </button>
      </form>
      {list.rows.length === 0 ? (
        <EmptyState title={t("users.securityEvents.empty")} />
      ) : (
        <DataTable
          framed
          caption={t("users.securityEvents.title")}
          rows={list.rows}
          rowKey={(row) => row.id}
          columns={[
            { key: "at", header: t("users.securityEvents.at"), cell: (row) => formatDateTime(row.at, locale) },
            { key: "kind", header: t("users.securityEvents.kind"), cell: (row) => t(securityEventLabel(row.action)) },
            { key: "actor", header: t("users.securityEvents.actor"), cell: (row) => row.actor?.email ?? t("users.securityEvents.anonymous") },
            { key: "subject", header: t("users.securityEvents.user"), cell: (row) => row.entityId },
            { key: "details", header: t("users.securityEvents.details"), cell: (row) => eventDetails(row.after) },
          ]}
        />
      )}
      <ListPager list={list} hrefFor={hrefFor} t={t} locale={locale} />
    </>
  );
}
