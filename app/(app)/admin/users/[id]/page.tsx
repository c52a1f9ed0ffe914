import Link from "next/link";
import { notFound } from "next/navigation";
import { UserForm } from "@/components/admin/user-form";
import { ReauthForm } from "@/components/auth/reauth-form";
import { myReauthState } from "@/lib/data/account";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { getUserForEdit, listOrganisationOptions, listPersonOptions } from "@/lib/data/users";
import { localized } from "@/lib/i18n/content";
import { personOptionLabel } from "@/lib/people/display-name";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canManageUsers } from "@/lib/permissions";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("users.edit");

export default async function EditUserPage({ params }: Props) {
  const viewer = await requireUserForPage();
  if (!canManageUsers(viewer)) notFound();
  const { id } = await params;
  const [{ t, locale }, user, organisations, people, reauth] = await Promise.all([getTranslations(), getUserForEdit(id), listOrganisationOptions(), listPersonOptions(id), myReauthState()]);
  if (!user) notFound();
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/admin/users">{t("users.title")}</Link>
      </nav>
      <PageHeader title={t("users.edit")} description={user.email} />
      <UserForm
        user={user}
        people={people.map((person) => ({ id: person.id, label: personOptionLabel(person, t, locale) }))}
        organisations={organisations.map((organisation) => ({ id: organisation.id, label: t("compose.qualified", { name: localized(organisation, "name", locale), detail: t(`sides.${organisation.side}`) }) }))}
      />
      {/* Changing the role or deactivating needs a recent proof of identity (lib/auth/reauth.ts). */}
      <div className="mt-10">
        <ReauthForm validUntil={reauth.until ? formatDateTime(reauth.until, locale) : null} hasSecondFactor={reauth.hasSecondFactor} />
      </div>
    </>
  );
}
