import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MfaPolicyForm } from "@/components/admin/mfa-policy-form";
import { PageHeader } from "@/components/ui/page-header";
import { allRoles, mfaPolicies } from "@/lib/auth/mfa/policy";
import { requireUserForPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getTranslations } from "@/lib/i18n/server";
import { canManageSignInSecurity } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t("users.security.title") };
}

export default async function SecuritySettingsPage() {
  const user = await requireUserForPage();
  if (!canManageSignInSecurity(user)) notFound();
  const [{ t }, policies] = await Promise.all([getTranslations(), mfaPolicies(db)]);
  return (
    <>
      <PageHeader title={t("users.security.title")} description={t("users.security.intro")} actions={<Link href="/admin/security-events">{t("users.securityEvents.link")}</Link>} />
      <MfaPolicyForm policies={allRoles.map((role) => ({ role, requiresMfa: policies[role].requiresMfa }))} />
    </>
  );
}
