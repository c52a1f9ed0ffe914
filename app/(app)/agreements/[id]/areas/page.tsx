import Link from "next/link";
import { notFound } from "next/navigation";
import { AreaForm, MoveAreaButtons, RetireAreaButton } from "@/components/agreements/area-forms";
import { Badge } from "@/components/ui/badge";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { getAgreementAreasForEdit } from "@/lib/data/agreement-form";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("agreements.areasPage.title");

export default async function AgreementAreasPage({ params }: Props) {
  await requireUserForPage();
  const { id } = await params;
  const [{ t, locale }, agreement] = await Promise.all([getTranslations(), getAgreementAreasForEdit(id)]);
  if (!agreement) notFound();
  const active = agreement.areas.filter((area) => !area.isRetired);
  const retired = agreement.areas.filter((area) => area.isRetired);
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/agreements">{t("agreements.title")}</Link> / <Link href={`/agreements/${agreement.id}`}>{localized(agreement, "title", locale)}</Link>
      </nav>
      <PageHeader title={t("agreements.areasPage.title")} description={localized(agreement, "title", locale)} />
      <div className="space-y-6">
        {active.length === 0 ? <p className="text-sm text-gray-600">{t("agreements.noAreas")}</p> : null}
        <ol className="space-y-6">
          {active.map((area, index) => {
            const title = localized(area, "title", locale);
            return (
              <li key={`${area.id}-${area.version}`}>
                <Section title={`${index + 1}. ${title}`} id={`area-${area.id}`}>
                  <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
                    <MoveAreaButtons area={area} title={title} isFirst={index === 0} isLast={index === active.length - 1} />
                    <RetireAreaButton area={area} title={title} />
                  </div>
                  <AreaForm agreementId={agreement.id} area={area} />
                </Section>
              </li>
            );
          })}
        </ol>
        <Section title={t("agreements.areasPage.addTitle")} id="add-area">
          <AreaForm agreementId={agreement.id} key={`new-${active.length}`} />
        </Section>
        {retired.length > 0 ? (
          <Section title={t("agreements.areasPage.retiredTitle")} id="retired-areas">
            <ul className="space-y-1 text-sm">
              {retired.map((area) => (
                <li key={area.id}>
                  {localized(area, "title", locale)} <Badge>{t("agreements.areasPage.retired")}</Badge>
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
      </div>
    </>
  );
}
