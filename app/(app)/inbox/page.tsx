import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { MarkAllReadButton, MarkReadButton } from "@/components/notifications/inbox-actions";
import { requireUserForPage } from "@/lib/auth/session";
import { listInbox } from "@/lib/data/notifications";
import { formatDateTime } from "@/lib/format";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { isNotificationKind, notificationKinds, recordPath } from "@/lib/notifications/kinds";
import { digestEntries, notificationLabel, notificationText } from "@/lib/notifications/render";

export const generateMetadata = pageTitle("notifications.inbox.title");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function InboxPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUserForPage();
  const params = await searchParams;
  const kind = isNotificationKind(params.kind) ? params.kind : null;
  const unreadOnly = params.unread === "1";
  const [{ t, locale }, inbox] = await Promise.all([getTranslations(), listInbox(user, { kind, unreadOnly })]);
  const filtered = kind !== null || unreadOnly;
  return (
    <>
      <PageHeader
        title={t("notifications.inbox.title")}
        description={<Link href="/settings/notifications">{t("notifications.inbox.preferencesLink")}</Link>}
        // Stays after use, so its confirmation is still there to read.
        actions={inbox.rows.length > 0 ? <MarkAllReadButton /> : null}
      />
      <form method="get" aria-label={t("notifications.inbox.filters")} className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-gray-200 bg-white p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="inbox-kind" className="text-sm font-medium text-gray-900">
            {t("notifications.inbox.kind")}
          </label>
          <select id="inbox-kind" name="kind" defaultValue={kind ?? ""} className="rounded-md border border-gray-300 px-3 py-2 text-sm">
            <option value="">{t("notifications.inbox.allKinds")}</option>
            {notificationKinds.map((option) => (
              <option key={option} value={option}>
                {notificationLabel(option, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-2 py-2">
          <input id="inbox-unread" type="checkbox" name="unread" value="1" defaultChecked={unreadOnly} className="h-4 w-4" />
          <label htmlFor="inbox-unread" className="text-sm text-gray-900">
            {t("notifications.inbox.unreadOnly")}
          </label>
        </div>
        <Button type="submit" variant="secondary">
          {t("notifications.inbox.apply")}
        </Button>
      </form>
      {inbox.rows.length === 0 ? (
        <EmptyState title={filtered ? t("notifications.inbox.emptyFiltered") : t("notifications.inbox.empty")} />
      ) : (
        <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white" aria-label={t("notifications.inbox.title")}>
          {inbox.rows.map((row) => {
            const text = notificationText(row, locale, t);
            const entries = digestEntries(row, locale, t);
            return (
              <li key={row.id} className={`flex flex-wrap items-start justify-between gap-3 p-4 ${row.readAt ? "" : "border-l-4 border-l-primary-600 bg-primary-50/40"}`}>
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-center gap-2 text-xs text-gray-600">
                    <Badge tone={row.readAt ? "neutral" : "info"}>{row.readAt ? t("notifications.inbox.read") : t("notifications.inbox.unread")}</Badge>
                    <span>{notificationLabel(row.kind, t)}</span>
                    <span>{t("notifications.inbox.receivedAt", { when: formatDateTime(row.createdAt, locale) })}</span>
                  </p>
                  <p className={`mt-1 text-sm text-gray-900 ${row.readAt ? "" : "font-semibold"}`}>
                    <Link href={recordPath(row.recordType, row.recordId)}>{text}</Link>
                  </p>
                  {entries.length > 0 ? (
                    <ul className="mt-1 list-disc pl-5 text-sm text-gray-700">
                      {entries.map((entry, index) => (
                        <li key={index}>
                          {"more" in entry ? (
                            t("notifications.digestMore", { label: entry.label, count: entry.more })
                          ) : (
                            <Link href={entry.path}>{t("compose.labelled", { label: entry.label, value: entry.title })}</Link>
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
                {row.readAt ? null : <MarkReadButton id={row.id} label={text} />}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
