import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteOrganisationButton, OrganisationForm } from "@/components/admin/organisation-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { getOrganisationForEdit } from "@/lib/data/reference-data";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canManageReferenceData } from "@/lib/permissions";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("organisations.edit");

export default async function EditOrganisationPage({ params }: Props) {
  await requireUserForPage(canManageReferenceData);
  const { id } = await params;
  const [{ t, locale }, organisation] = await Promise.all([getTranslations(), getOrganisationForEdit(id)]);
  if (!organisation) notFound();
  const { _count: usage, ...values } = organisation;
  const isInUse = Object.values(usage).some((count) => count > 0);
  const name = localized(organisation, "name", locale);
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/admin/organisations">{t("organisations.title")}</Link>
      </nav>
      <PageHeader title={t("organisations.edit")} description={name} />
      <div className="space-y-6">
        <OrganisationForm organisation={values} />
        <Section title={t("organisations.deleteSection")} id="delete">
          {isInUse ? (
            <p className="text-sm text-gray-700">
              {t("organisations.inUseExplanation", {
                parties: usage.agreementParties,
                signatories: usage.signatories,
                milestones: usage.milestones,
                members: usage.workingGroupMembers,
                users: usage.users,
                people: usage.people,
              })}
            </p>
          ) : (
            <DeleteOrganisationButton organisation={{ id: organisation.id, version: organisation.version, name }} />
          )}
        </Section>
      </div>
    </>
  );
}
