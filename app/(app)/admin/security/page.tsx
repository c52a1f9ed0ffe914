import Link from "next/link";
import { MfaPolicyForm } from "@/components/admin/mfa-policy-form";
import { PageHeader } from "@/components/ui/page-header";
import { allRoles, mfaPolicies } from "@/lib/auth/mfa/policy";
import { requireUserForPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canManageSignInSecurity } from "@/lib/permissions";

export const generateMetadata = pageTitle("users.security.title");

export default async function SecuritySettingsPage() {
  await requireUserForPage(canManageSignInSecurity);
  const [{ t }, policies] = await Promise.all([getTranslations(), mfaPolicies(db)]);
  return (
    <>
      <PageHeader title={t("users.security.title")} description={t("users.security.intro")} actions={<Link href="/admin/security-events">{t("users.securityEvents.link")}</Link>} />
      <MfaPolicyForm policies={allRoles.map((role) => ({ role, requiresMfa: policies[role].requiresMfa }))} />
    </>
  );
}
