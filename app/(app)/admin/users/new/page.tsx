import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UserForm } from "@/components/admin/user-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listOrganisationOptions } from "@/lib/data/users";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";
import { canManageUsers } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t("users.create") };
}

export default async function NewUserPage() {
  const user = await requireUserForPage();
  if (!canManageUsers(user)) notFound();
  const [{ t, locale }, organisations] = await Promise.all([getTranslations(), listOrganisationOptions()]);
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/admin/users">{t("users.title")}</Link>
      </nav>
      <PageHeader title={t("users.create")} />
      <UserForm organisations={organisations.map((organisation) => ({ id: organisation.id, label: t("compose.qualified", { name: localized(organisation, "name", locale), detail: t(`sides.${organisation.side}`) }) }))} />
    </>
  );
}
