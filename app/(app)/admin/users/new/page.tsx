import Link from "next/link";
import { UserForm } from "@/components/admin/user-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listOrganisationOptions, listPersonOptions } from "@/lib/data/users";
import { localized } from "@/lib/i18n/content";
import { personOptionLabel } from "@/lib/people/display-name";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canManageUsers } from "@/lib/permissions";

export const generateMetadata = pageTitle("users.create");

export default async function NewUserPage() {
  await requireUserForPage(canManageUsers);
  const [{ t, locale }, organisations, people] = await Promise.all([getTranslations(), listOrganisationOptions(), listPersonOptions()]);
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/admin/users">{t("users.title")}</Link>
      </nav>
      <PageHeader title={t("users.create")} />
      <UserForm
        people={people.map((person) => ({ id: person.id, label: personOptionLabel(person, t, locale) }))}
        organisations={organisations.map((organisation) => ({ id: organisation.id, label: t("compose.qualified", { name: localized(organisation, "name", locale), detail: t(`sides.${organisation.side}`) }) }))} />
    </>
  );
}
