import { CreateWebhookForm, DisableWebhookButton, RedeliverButton, RotateWebhookSecretButton } from "@/components/admin/webhook-controls";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listWebhooks } from "@/lib/data/api-tokens";
import { formatDateTime } from "@/lib/format";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canManageWebhooks } from "@/lib/permissions";
import { webhookEventLabels, webhookEventTypes, type WebhookEventType } from "@/lib/webhooks/events";

export const generateMetadata = pageTitle("webhooks.title");

const tones = { PENDING: "warning", DELIVERED: "success", FAILED: "danger" } as const;
const isKnownEvent = (value: string): value is WebhookEventType => (webhookEventTypes as readonly string[]).includes(value);

export default async function WebhooksPage() {
  await requireUserForPage(canManageWebhooks);
  const [{ t, locale }, { endpoints, deliveries }] = await Promise.all([getTranslations(), listWebhooks()]);
  const eventName = (event: string) => (isKnownEvent(event) ? t(webhookEventLabels[event]) : event);
  return (
    <>
      <PageHeader title={t("webhooks.title")} description={t("webhooks.intro")} />
      <div className="space-y-10">
        <CreateWebhookForm />
        <Section title={t("webhooks.endpoints")}>
          <DataTable
            framed
            caption={t("webhooks.endpoints")}
            rows={endpoints}
            rowKey={(row) => row.id}
            empty={t("webhooks.noEndpoints")}
            columns={[
              { key: "url", header: t("webhooks.url"), cell: (row) => <span className="break-all font-mono text-xs">{row.url}</span> },
              { key: "events", header: t("webhooks.events"), cell: (row) => row.events.map(eventName).join(", ") },
              { key: "state", header: t("webhooks.state"), cell: (row) => (row.isActive ? <Badge tone="success">{t("webhooks.active")}</Badge> : <Badge tone="neutral">{t("webhooks.disabled")}</Badge>) },
              { key: "actions", header: t("apiTokens.actions"), cell: (row) => (row.isActive ? (
                  <div className="flex flex-wrap gap-3">
                    <RotateWebhookSecretButton id={row.id} version={row.version} url={row.url} />
                    <DisableWebhookButton id={row.id} version={row.version} url={row.url} />
                  </div>
                ) : (
                  "—"
                )),
              },
            ]}
          />
        </Section>
        <Section title={t("webhooks.deliveries")}>
          <DataTable
            framed
            caption={t("webhooks.deliveries")}
            rows={deliveries}
            rowKey={(row) => row.id}
            empty={t("webhooks.noDeliveries")}
            columns={[
              { key: "event", header: t("webhooks.event"), cell: (row) => <span>{eventName(row.eventType)} <code className="text-xs text-gray-600">{row.messageId}</code></span> },
              { key: "url", header: t("webhooks.url"), cell: (row) => <span className="break-all font-mono text-xs">{row.endpoint.url}</span> },
              { key: "status", header: t("webhooks.status"), cell: (row) => <Badge tone={tones[row.status]}>{t(`webhooks.status${row.status}`)}</Badge> },
              { key: "attempts", header: t("webhooks.attempts"), cell: (row) => String(row.attempts) },
              { key: "response", header: t("webhooks.response"), cell: (row) => (row.responseStatus ? String(row.responseStatus) : (row.lastError ?? "—")) },
              { key: "lastAttempt", header: t("webhooks.lastAttempt"), cell: (row) => (row.lastAttemptAt ? formatDateTime(row.lastAttemptAt, locale) : "—") },
              { key: "redeliver", header: t("apiTokens.actions"), cell: (row) => (row.status === "PENDING" ? "—" : <RedeliverButton id={row.id} />) },
            ]}
          />
        </Section>
      </div>
    </>
  );
}
