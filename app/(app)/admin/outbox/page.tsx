import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listOutbox } from "@/lib/data/notifications";
import { CappedNote } from "@/components/ui/capped-note";
import { formatDateTime, formatNumber } from "@/lib/format";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canReadOutbox } from "@/lib/permissions";

export const generateMetadata = pageTitle("notifications.outbox.title");

const tones = { PENDING: "warning", SENT: "success", FAILED: "danger", NOT_CONFIGURED: "neutral" } as const;

export default async function OutboxPage() {
  const user = await requireUserForPage(canReadOutbox);
  const [{ t, locale }, mails] = await Promise.all([getTranslations(), listOutbox(user)]);
  return (
    <>
      <PageHeader title={t("notifications.outbox.title")} description={t("notifications.outbox.intro")} />
      {mails.rows.length === 0 ? (
        <EmptyState title={t("notifications.outbox.empty")} />
      ) : (
        <DataTable
          framed
          caption={t("notifications.outbox.caption")}
          rows={mails.rows}
          rowKey={(row) => row.id}
          columns={[
            { key: "queuedAt", header: t("notifications.outbox.queuedAt"), cell: (row) => formatDateTime(row.createdAt, locale) },
            { key: "recipient", header: t("notifications.outbox.recipient"), cell: (row) => row.toAddress },
            { key: "subject", header: t("notifications.outbox.subject"), cell: (row) => <span lang={row.language === "zh" ? "zh-CN" : row.language}>{row.subject}</span> },
            { key: "status", header: t("notifications.outbox.status"), cell: (row) => <Badge tone={tones[row.status]}>{t(`notifications.outbox.statuses.${row.status}`)}</Badge> },
            { key: "attempts", header: t("notifications.outbox.attempts"), cell: (row) => formatNumber(row.attempts, locale) },
            { key: "lastError", header: t("notifications.outbox.lastError"), cell: (row) => row.lastError ?? "—" },
          ]}
        />
      )}
      <CappedNote shown={mails.rows.length} total={mails.total} t={t} />
    </>
  );
}
