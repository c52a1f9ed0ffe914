// The account page's personal access tokens: the form, and each token with its state and last use.
import Link from "next/link";
import { CreateApiTokenForm, RevokeApiTokenButton } from "@/components/account/api-token-controls";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/page-header";
import { listMyApiTokens } from "@/lib/data/api-tokens";
import { formatDate, formatDateTime } from "@/lib/format";
import { getTranslations } from "@/lib/i18n/server";

export async function ApiTokensSection() {
  const [{ t, locale }, tokens] = await Promise.all([getTranslations(), listMyApiTokens()]);
  const now = new Date();
  return (
    <Section title={t("apiTokens.title")} id="api-tokens">
      <div className="space-y-6">
        <p className="text-sm text-gray-700">
          {t("apiTokens.intro")}{" "}
          <Link href="/api-docs" className="text-primary-700 underline">
            {t("apiTokens.docsLink")}
          </Link>
        </p>
        <CreateApiTokenForm />
        <DataTable
          framed
          caption={t("apiTokens.list")}
          rows={tokens}
          rowKey={(row) => row.id}
          empty={t("apiTokens.empty")}
          columns={[
            { key: "name", header: t("apiTokens.name"), cell: (row) => <span>{row.name} <code className="text-xs text-gray-600">{row.hint}…</code></span> },
            { key: "scope", header: t("apiTokens.scope"), cell: (row) => (row.scope === "READ" ? t("apiTokens.scopeRead") : t("apiTokens.scopeReadWrite")) },
            { key: "created", header: t("apiTokens.createdOn"), cell: (row) => formatDate(row.createdAt, locale) },
            { key: "expires", header: t("apiTokens.expires"), cell: (row) => formatDate(row.expiresAt, locale) },
            { key: "lastUsed", header: t("apiTokens.lastUsed"), cell: (row) => (row.lastUsedAt ? formatDateTime(row.lastUsedAt, locale) : t("apiTokens.never")) },
            {
              key: "state",
              header: t("apiTokens.state"),
              cell: (row) =>
                row.revokedAt ? <Badge tone="neutral">{t("apiTokens.revoked")}</Badge> : row.expiresAt <= now ? <Badge tone="warning">{t("apiTokens.expired")}</Badge> : <Badge tone="success">{t("apiTokens.active")}</Badge>,
            },
            { key: "actions", header: t("apiTokens.actions"), cell: (row) => (row.revokedAt || row.expiresAt <= now ? "—" : <RevokeApiTokenButton id={row.id} name={row.name} />) },
          ]}
        />
      </div>
    </Section>
  );
}
