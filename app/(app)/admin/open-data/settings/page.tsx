// Administrators: the IATI organisation prefix, the security.txt contact, SSO self-registration,
// and the self-registered accounts waiting for a role (capped at 200, oldest first).
import Link from "next/link";
import { ApproveRegistrationForm } from "@/components/open-data/approve-registration-form";
import { OpenSettingsForm } from "@/components/open-data/open-settings-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { listOrganisationOptions } from "@/lib/data/users";
import { formatDateTime } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { getOpenSettingsOverview } from "@/lib/data/open-data";
import { canManageOpenSettings } from "@/lib/permissions";

export const generateMetadata = pageTitle("openData.settings.title");

export default async function OpenDataSettingsPage() {
  await requireUserForPage(canManageOpenSettings);
  const [{ t, locale }, { settings, waiting }, organisations] = await Promise.all([getTranslations(), getOpenSettingsOverview(), listOrganisationOptions()]);
  const organisationOptions = organisations.map((organisation) => ({ id: organisation.id, label: t("compose.qualified", { name: localized(organisation, "name", locale), detail: t(`sides.${organisation.side}`) }) }));
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/admin/open-data">{t("openData.title")}</Link>
      </nav>
      <PageHeader title={t("openData.settings.title")} description={t("openData.settings.intro")} />
      <div className="space-y-6">
        <OpenSettingsForm settings={settings} />
        <Section title={t("singleSignOn.registrations.title")} id="registrations">
          <p className="mb-3 text-sm text-gray-700">{t("singleSignOn.registrations.intro")}</p>
          {waiting.length === 0 ? (
            <p className="text-sm text-gray-600">{t("singleSignOn.registrations.none")}</p>
          ) : (
            <ul className="space-y-4">
              {waiting.map((registration) => (
                <li key={registration.id} className="rounded-md border border-gray-200 p-3">
                  <p className="text-sm">
                    <span className="font-medium">{registration.name}</span> · {registration.email} ·{" "}
                    <span className="text-gray-600">{t("compose.labelled", { label: t("singleSignOn.registrations.registeredAt"), value: formatDateTime(registration.createdAt, locale) })}</span>
                  </p>
                  <ApproveRegistrationForm registration={registration} organisations={organisationOptions} />
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}
