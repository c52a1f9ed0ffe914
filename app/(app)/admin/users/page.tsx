import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";
import { formatDateTime } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";
import { canManageUsers } from "@/lib/permissions";
import { notFound } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t("users.title") };
}

export default async function UsersPage() {
  const user = await requireUserForPage();
  if (!canManageUsers(user)) notFound();
  const [{ t, locale }, users] = await Promise.all([getTranslations(), listUsers()]);
  return (
    <>
      <PageHeader
        title={t("users.title")}
        description={t("users.description")}
        actions={
          <Link href="/admin/users/new" className={`${buttonClasses("primary")} no-underline hover:no-underline`}>
            {t("users.create")}
          </Link>
        }
      />
      {users.length === 0 ? (
        <EmptyState title={t("users.empty")} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-gray-200 text-sm">
            <caption className="sr-only">{t("users.title")}</caption>
            <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-600">
              <tr>
                <th scope="col" className="px-4 py-3">{t("users.fields.name")}</th>
                <th scope="col" className="px-4 py-3">{t("users.fields.email")}</th>
                <th scope="col" className="px-4 py-3">{t("users.fields.role")}</th>
                <th scope="col" className="px-4 py-3">{t("users.fields.organisation")}</th>
                <th scope="col" className="px-4 py-3">{t("users.fields.status")}</th>
                <th scope="col" className="px-4 py-3">{t("users.lastSignIn")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {users.map((row) => (
                <tr key={row.id}>
                  <td className="px-4 py-3">
                    <Link href={`/admin/users/${row.id}`}>{row.name}</Link>
                  </td>
                  <td className="px-4 py-3">{row.email}</td>
                  <td className="px-4 py-3">{t(`roles.${row.role}`)}</td>
                  <td className="px-4 py-3">{row.organisation ? (row.organisation.acronym ?? localized(row.organisation, "name", locale)) : "—"}</td>
                  <td className="px-4 py-3">
                    <Badge tone={row.isActive ? "success" : "neutral"}>{row.isActive ? t("users.active") : t("users.disabled")}</Badge>
                  </td>
                  <td className="px-4 py-3">{formatDateTime(row.lastSignInAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
