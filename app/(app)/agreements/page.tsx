import type { Metadata } from "next";
import Link from "next/link";
import { AgreementStatusBadge } from "@/components/agreements/status-badge";
import { ExampleBadge } from "@/components/ui/example-badge";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { listAgreements } from "@/lib/data/agreements";
import { formatDate } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t("agreements.title") };
}

export default async function AgreementsPage() {
  const [{ t, locale }, agreements] = await Promise.all([getTranslations(), listAgreements()]);
  return (
    <>
      <PageHeader title={t("agreements.title")} description={t("agreements.description")} />
      {agreements.length === 0 ? (
        <EmptyState title={t("agreements.empty")} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-gray-200 text-sm">
            <caption className="sr-only">{t("agreements.title")}</caption>
            <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-600">
              <tr>
                <th scope="col" className="px-4 py-3">{t("agreements.columns.title")}</th>
                <th scope="col" className="px-4 py-3">{t("agreements.columns.type")}</th>
                <th scope="col" className="px-4 py-3">{t("agreements.columns.parties")}</th>
                <th scope="col" className="px-4 py-3">{t("agreements.columns.signedOn")}</th>
                <th scope="col" className="px-4 py-3">{t("agreements.columns.status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {agreements.map((agreement) => (
                <tr key={agreement.id}>
                  <td className="px-4 py-3">
                    <Link href={`/agreements/${agreement.id}`} className="font-medium">
                      {localized(agreement, "title", locale)}
                    </Link>
                    {agreement.isExample ? <span className="ml-2"><ExampleBadge label={t("common.example")} /></span> : null}
                  </td>
                  <td className="px-4 py-3">{t(`agreementTypes.${agreement.type}`)}</td>
                  <td className="px-4 py-3">
                    <ul>
                      {agreement.parties.map((party) => (
                        <li key={party.organisation.id}>
                          {localized(party.organisation, "name", locale)} <span className="text-gray-600">({t(`sides.${party.side}`)})</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="whitespace-nowrap px-4 py-3">{formatDate(agreement.signedOn, locale)}</td>
                  <td className="px-4 py-3">
                    <AgreementStatusBadge status={agreement.status} t={t} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
