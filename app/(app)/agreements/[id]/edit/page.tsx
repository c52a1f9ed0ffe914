import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { toAgreementFormValues } from "@/components/agreements/agreement-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { getAgreementForEdit, getAgreementFormOptions } from "@/lib/data/agreement-form";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canCreateAgreement } from "@/lib/permissions";
import { agreementFormChoices } from "@/components/agreements/agreement-form-choices";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("agreements.form.editTitle");

export default async function EditAgreementPage({ params }: Props) {
  await requireUserForPage(canCreateAgreement);
  const { id } = await params;
  const [{ t, locale }, agreement, options] = await Promise.all([getTranslations(), getAgreementForEdit(id), getAgreementFormOptions(id)]);
  if (!agreement) notFound();
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/agreements">{t("agreements.title")}</Link> / <Link href={`/agreements/${agreement.id}`}>{localized(agreement, "title", locale)}</Link>
      </nav>
      <PageHeader title={t("agreements.form.editTitle")} description={localized(agreement, "title", locale)} />
      <AgreementForm choices={agreementFormChoices(options, t, locale)} agreement={toAgreementFormValues(agreement)} />
    </>
  );
}
