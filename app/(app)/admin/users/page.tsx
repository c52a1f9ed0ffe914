import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";
import { formatDateTime } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canManageUsers } from "@/lib/permissions";

export const generateMetadata = pageTitle("users.title");

export default async function UsersPage() {
  await requireUserForPage(canManageUsers);
  const [{ t, locale }, users] = await Promise.all([getTranslations(), listUsers()]);
  return (
    <>
      <PageHeader
        title={t("users.title")}
        description={t("users.description")}
        actions={
          <span className="flex flex-wrap items-center gap-4">
            <Link href="/admin/security">{t("users.security.link")}</Link>
            <Link href="/admin/security-events">{t("users.securityEvents.link")}</Link>
            <Link href="/admin/users/new" className={buttonClasses("primary")}>
              {t("users.create")}
            </Link>
          </span>
        }
      />
      {users.length === 0 ? (
        <EmptyState title={t("users.empty")} />
      ) : (
        <DataTable
          framed
          caption={t("users.title")}
          rows={users}
          rowKey={(row) => row.id}
          columns={[
            { key: "name", header: t("users.fields.name"), cell: (row) => <Link href={`/admin/users/${row.id}`}>{row.name}</Link> },
            { key: "email", header: t("users.fields.email"), cell: (row) => row.email },
            { key: "role", header: t("users.fields.role"), cell: (row) => t(`roles.${row.role}`) },
            {
              key: "organisation",
              header: t("users.fields.organisation"),
              cell: (row) => (row.organisation ? (row.organisation.acronym ?? localized(row.organisation, "name", locale)) : "—"),
            },
            {
              key: "status",
              header: t("users.fields.status"),
              cell: (row) => <Badge tone={row.isActive ? "success" : "neutral"}>{row.isActive ? t("users.active") : t("users.disabled")}</Badge>,
            },
            { key: "lastSignIn", header: t("users.lastSignIn"), cell: (row) => formatDateTime(row.lastSignInAt, locale) },
          ]}
        />
      )}
    </>
  );
}
