// Choose agreements and download them as an IATI 2.03 activity file. A plain GET form to the
// download route, so it works without scripts.
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Button } from "@/components/ui/button";
import { requireUserForPage } from "@/lib/auth/session";
import { listExportableAgreements } from "@/lib/data/open-data";
import { formatDate } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canExportOpenData, canManageOpenSettings } from "@/lib/permissions";

export const generateMetadata = pageTitle("openData.title");

export default async function OpenDataPage() {
  const user = await requireUserForPage(canExportOpenData);
  const [{ t, locale }, agreements] = await Promise.all([getTranslations(), listExportableAgreements()]);
  return (
    <>
      <PageHeader
        title={t("openData.title")}
        description={t("openData.intro")}
        actions={canManageOpenSettings(user) ? <Link href="/admin/open-data/settings">{t("openData.settingsLink")}</Link> : undefined}
      />
      {agreements.length === 0 ? (
        <p className="text-sm text-gray-600">{t("openData.none")}</p>
      ) : (
        <form method="get" action="/admin/open-data/iati" className="space-y-4">
          <fieldset className="space-y-2 rounded-lg border border-gray-200 bg-white p-4">
            <legend className="px-1 text-sm font-medium text-gray-800">{t("openData.chooseLegend")}</legend>
            {agreements.map((agreement) => (
              <label key={agreement.id} className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="agreement" value={agreement.id} className="mt-1" defaultChecked />
                <span>
                  {localized(agreement, "title", locale)}
                  <span className="text-gray-600">
                    {" "}
                    · {t(`agreementStatus.${agreement.status}`)}
                    {agreement.signedOn ? ` · ${formatDate(agreement.signedOn, locale)}` : ""}
                    {agreement.publishedAt ? ` · ${t("openData.isPublic")}` : ""}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          <Button type="submit">{t("openData.download")}</Button>
        </form>
      )}
    </>
  );
}
