import Link from "next/link";
import { CommentForm } from "@/components/action-items/comment-form";
import { ActionItemFilterForm } from "@/components/action-items/filter-form";
import { ActionItemStatusBadge } from "@/components/action-items/status-badge";
import { TransitionForm } from "@/components/action-items/transition-form";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { QUEUE_LIMIT, getActionItemFilterOptions, getActionItemQueue } from "@/lib/data/action-items";
import { formatDate, formatNumber } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { actionItemFilterSchema } from "@/lib/schemas/action-items";
import { displayName } from "@/lib/people/display-name";
import { ProvisionalBadge } from "@/components/meetings/provisional-badge";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = pageTitle("actionItems.title");

function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  return search.toString();
}

export default async function ActionItemsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const filters = actionItemFilterSchema.parse(Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string")));
  const [{ t, locale }, queue, options] = await Promise.all([getTranslations(), getActionItemQueue(filters), getActionItemFilterOptions()]);
  const current = { ...filters, scope: queue.scope };
  const counts = [
    { label: t("actionItems.counts.mineOpen"), value: queue.counts.mineOpen, href: `?${queryString({ scope: "mine" })}` },
    { label: t("actionItems.counts.mineOverdue"), value: queue.counts.mineOverdue, href: `?${queryString({ scope: "mine", due: "overdue" })}` },
    { label: t("actionItems.counts.toReview"), value: queue.counts.toReview, href: `?${queryString({ scope: "review" })}` },
  ];
  const exportQuery = queryString({ ...current });
  return (
    <>
      <PageHeader
        title={t("actionItems.title")}
        description={t("actionItems.description")}
        actions={
          <>
            <a href={`/action-items/export?${exportQuery}${exportQuery ? "&" : ""}format=csv`} className={buttonClasses("secondary")}>
              {t("actionItems.exportCsv")}
            </a>
            <a href={`/action-items/export?${exportQuery}${exportQuery ? "&" : ""}format=xlsx`} className={buttonClasses("secondary")}>
              {t("actionItems.exportXlsx")}
            </a>
          </>
        }
      />
      <ul className="mb-6 grid gap-4 sm:grid-cols-3" aria-label={t("actionItems.counts.label")}>
        {counts.map((count) => (
          <li key={count.label} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
            <Link href={count.href} className="block no-underline">
              <span className="block text-2xl font-semibold text-gray-900">{formatNumber(count.value, locale)}</span>
              <span className="text-sm text-gray-700">{count.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <ActionItemFilterForm
        current={current}
        groups={options.groups.map((group) => ({ id: group.id, label: localized(group, "name", locale) }))}
        meetings={options.meetings.map((meeting) => ({ id: meeting.id, label: localized(meeting, "title", locale) }))}
        owners={options.owners.map((owner) => ({ id: owner.id, label: displayName(owner, locale) }))}
      />
      <p className="my-3 text-sm text-gray-700" role="status">
        {t("actionItems.shown", { shown: queue.rows.length, total: queue.counts.filtered })}
        {queue.counts.filtered > QUEUE_LIMIT ? ` ${t("actionItems.limitNote", { limit: QUEUE_LIMIT })}` : ""}
      </p>
      {queue.rows.length === 0 ? (
        <EmptyState title={t("actionItems.emptyFiltered")} />
      ) : (
        <DataTable
          framed
          caption={t("actionItems.tableCaption")}
          rows={queue.rows}
          rowKey={(row) => row.id}
          columns={[
            {
              key: "title",
              header: t("actionItems.columns.title"),
              cell: (row) => (
                <>
                  <Link href={`/action-items/${row.id}`} className="font-medium">{localized(row, "title", locale)}</Link>
                  <span className="block text-xs text-gray-600">
                    {localized(row.workingGroup, "name", locale)}
                    {row.meeting ? ` · ${localized(row.meeting, "title", locale)}` : ""}
                  </span>
                  {row.isProvisional ? <ProvisionalBadge t={t} /> : null}
                </>
              ),
            },
            {
              key: "owners",
              header: t("actionItems.columns.owners"),
              cell: (row) => (
                <>
                  {[row.malaysiaOwner, row.chinaOwner].map((owner) => (owner ? displayName(owner, locale) : null)).filter(Boolean).join(", ")}
                  <span className="block text-xs text-gray-600">{t(`sides.${row.ownerSide}`)}</span>
                </>
              ),
            },
            {
              key: "due",
              header: t("actionItems.columns.due"),
              cell: (row) => (
                <>
                  {formatDate(row.dueOn, locale)}
                  {row.isOverdue ? <span className="mt-1 block"><Badge tone="danger">{t("actionItems.overdue")}</Badge></span> : null}
                </>
              ),
            },
            {
              key: "status",
              header: t("actionItems.columns.status"),
              cell: (row) => <ActionItemStatusBadge status={row.status} label={t(`actionItems.status.${row.status}`)} />,
            },
            {
              key: "actions",
              header: t("actionItems.columns.actions"),
              className: "space-y-2",
              cell: (row) => {
                const title = localized(row, "title", locale);
                return (
                  <>
                    {row.canReview ? (
                      <>
                        <TransitionForm id={row.id} version={row.version} to="ACCEPTED" itemTitle={title} />
                        <TransitionForm id={row.id} version={row.version} to="RETURNED" itemTitle={title} />
                      </>
                    ) : null}
                    {queue.scope !== "all" || row.canReview || row.isMine ? <CommentForm id={row.id} compact itemTitle={title} /> : null}
                  </>
                );
              },
            },
          ]}
        />
      )}
    </>
  );
}
