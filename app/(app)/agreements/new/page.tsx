import Link from "next/link";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { getAgreementFormOptions } from "@/lib/data/agreement-form";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canCreateAgreement } from "@/lib/permissions";
import { agreementFormChoices } from "@/components/agreements/agreement-form-choices";

export const generateMetadata = pageTitle("agreements.form.newTitle");

export default async function NewAgreementPage() {
  await requireUserForPage(canCreateAgreement);
  const [{ t, locale }, options] = await Promise.all([getTranslations(), getAgreementFormOptions()]);
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/agreements">{t("agreements.title")}</Link>
      </nav>
      <PageHeader title={t("agreements.form.newTitle")} description={t("agreements.form.newDescription")} />
      <AgreementForm choices={agreementFormChoices(options, t, locale)} defaultPartyIds={options.ownOrganisationId ? [options.ownOrganisationId] : []} />
    </>
  );
}
