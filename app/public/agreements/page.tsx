// The public index: every published agreement, newest signing first.
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { listPublishedAgreements } from "@/lib/public/agreements";

// Rendered per request, never at build time: the build must not open the database, and a page
// taken down must vanish at once (the proxy sets the CDN cache headers).
export const dynamic = "force-dynamic";

export const generateMetadata = pageTitle("publicPages.indexTitle");

export default async function PublicAgreementsPage() {
  const [{ t, locale }, agreements] = await Promise.all([getTranslations(), listPublishedAgreements()]);
  return (
    <>
      <PageHeader title={t("publicPages.indexTitle")} description={t("publicPages.indexIntro")} />
      {agreements.length === 0 ? (
        <p className="text-sm text-gray-600">{t("publicPages.indexEmpty")}</p>
      ) : (
        <ul className="space-y-4">
          {agreements.map((agreement) => (
            <li key={agreement.id} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
              <h2 className="text-lg font-semibold">
                <Link href={`/public/agreements/${agreement.id}`}>{localized(agreement, "title", locale)}</Link>
              </h2>
              <p className="mt-1 text-sm text-gray-600">
                {t(`agreementTypes.${agreement.type}`)} · {t(`agreementStatus.${agreement.status}`)} ·{" "}
                {agreement.signedOn ? t("publicPages.signedOn", { date: formatDate(agreement.signedOn, locale) }) : t("publicPages.notSigned")}
              </p>
              {agreement.summaryEn ? <p className="mt-2 text-sm">{localized(agreement, "summary", locale)}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
