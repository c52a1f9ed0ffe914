// One published agreement's public summary, at a stable address (/public/agreements/<id>).
// An unpublished, draft or archived agreement answers 404, like an id that never existed.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementStatusBadge } from "@/components/agreements/status-badge";
import { PageHeader, Section } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { localeNames, type Locale } from "@/lib/i18n/config";
import { allTranslations, localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";
import { displayName } from "@/lib/people/display-name";
import { getPublishedAgreement, type PublishedAgreement } from "@/lib/public/agreements";
import type { Translate } from "@/lib/i18n/translate";

type Props = { params: Promise<{ id: string }> };

// Rendered per request, never at build time: the build must not open the database, and a page
// taken down must vanish at once (the proxy sets the CDN cache headers).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslations()]);
  const agreement = await getPublishedAgreement(id);
  return agreement
    ? { title: localized(agreement, "title", locale), description: agreement.summaryEn ? localized(agreement, "summary", locale) : undefined }
    : { title: t("common.notFoundTitle") };
}

const langOf = (locale: Locale) => (locale === "zh" ? "zh-CN" : locale);

function Signatories({ signatories, locale, t }: { signatories: PublishedAgreement["signatories"]; locale: Locale; t: Translate }) {
  return (
    <ul className="space-y-2 text-sm">
      {signatories.map((signatory, index) => {
        const organisation = localized(signatory.organisation, "name", locale);
        return (
          <li key={index}>
            <span className="font-medium">{signatory.person ? displayName(signatory.person, locale) : t("publicPages.representative", { organisation })}</span>
            <br />
            <span className="text-gray-600">
              {signatory.titleEn ? `${localized(signatory, "title", locale)} · ` : ""}
              {organisation}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export default async function PublicAgreementPage({ params }: Props) {
  const [{ id }, { t, locale }] = await Promise.all([params, getTranslations()]);
  const agreement = await getPublishedAgreement(id);
  if (!agreement) notFound();
  const event = agreement.signingEvent;
  const titles = allTranslations(agreement, "title");
  const summaries = allTranslations(agreement, "summary");
  const signedBy = agreement.signatories.filter((signatory) => signatory.act === "SIGNED");
  const exchangedBy = agreement.signatories.filter((signatory) => signatory.act === "EXCHANGED");

  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/public/agreements">{t("publicPages.backToIndex")}</Link>
      </nav>
      <PageHeader
        title={localized(agreement, "title", locale)}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {t(`agreementTypes.${agreement.type}`)}
            <AgreementStatusBadge status={agreement.status} t={t} />
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section title={t("publicPages.inEachLanguage")} id="languages">
            <div className="grid gap-4 md:grid-cols-3">
              {titles.map((title) => (
                <div key={title.locale} lang={langOf(title.locale)}>
                  <h3 className="text-xs font-semibold uppercase text-gray-600">{localeNames[title.locale]}</h3>
                  <p className="mt-1 text-sm font-medium">{title.text}</p>
                  <p className="mt-1 text-sm">{summaries.find((summary) => summary.locale === title.locale)?.text ?? ""}</p>
                </div>
              ))}
            </div>
          </Section>

          <Section title={t("publicPages.areas")} id="areas">
            <ol className="space-y-3">
              {agreement.areas.map((area) => (
                <li key={area.number} className="rounded-md border border-gray-200 p-3">
                  <h3 className="font-medium">
                    {area.number}. {localized(area, "title", locale)}
                  </h3>
                  {area.percent === null ? (
                    <p className="mt-1 text-sm text-gray-600">{t("publicPages.areaNoMilestones")}</p>
                  ) : (
                    <>
                      <p className="mt-1 text-sm">{t("publicPages.areaProgress", { percent: area.percent, count: area.milestones })}</p>
                      <div className="mt-2 h-2 w-full rounded bg-gray-100" aria-hidden="true">
                        <div className="h-2 rounded bg-primary-600" style={{ width: `${area.percent}%` }} />
                      </div>
                    </>
                  )}
                </li>
              ))}
            </ol>
          </Section>

          {agreement.decisions.length > 0 ? (
            <Section title={t("publicPages.decisions")} id="decisions">
              <ul className="space-y-2 text-sm">
                {agreement.decisions.map((decision, index) => (
                  <li key={index}>
                    <span className="text-gray-600">{formatDate(decision.meetingOn, locale)}</span> — {localized(decision, "text", locale)}
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </div>

        <div className="space-y-6">
          <Section title={t("publicPages.parties")} id="parties">
            <ul className="space-y-2 text-sm">
              {agreement.parties.map((party, index) => (
                <li key={index}>
                  <span className="font-medium">{localized(party.organisation, "name", locale)}</span>
                  <br />
                  <span className="text-gray-600">{t(`sides.${party.side}`)}</span>
                </li>
              ))}
            </ul>
          </Section>

          <Section title={t("publicPages.signing")} id="signing">
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="font-medium">{t("publicPages.date")}</dt>
                <dd>{agreement.signedOn ? formatDate(agreement.signedOn, locale) : t("publicPages.notSigned")}</dd>
              </div>
              {event ? (
                <div>
                  <dt className="font-medium">{t("publicPages.place")}</dt>
                  <dd>{event.placeEn ? localized(event, "place", locale) : t("publicPages.placeNotStated")}</dd>
                </div>
              ) : null}
              {signedBy.length > 0 ? (
                <div>
                  <dt className="font-medium">{t("publicPages.signatories")}</dt>
                  <dd>
                    <Signatories signatories={signedBy} locale={locale} t={t} />
                  </dd>
                </div>
              ) : null}
              {/* The source says who exchanged an instrument, not always who signed it: kept apart, as inside. */}
              {exchangedBy.length > 0 ? (
                <div>
                  <dt className="font-medium">{t("facts.exchangedBy")}</dt>
                  <dd>
                    <Signatories signatories={exchangedBy} locale={locale} t={t} />
                  </dd>
                </div>
              ) : null}
              {event && event.witnesses.length > 0 ? (
                <div>
                  <dt className="font-medium">{t("publicPages.witnesses")}</dt>
                  <dd>
                    <ul>
                      {event.witnesses.map((witness, index) => (
                        <li key={index}>
                          {locale === "zh" && witness.titleEn ? <span className="text-gray-600">{localized(witness, "title", locale)}</span> : null}
                          {displayName(witness, locale)}
                          {locale !== "zh" && witness.titleEn ? <span className="text-gray-600"> — {localized(witness, "title", locale)}</span> : null}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ) : null}
            </dl>
          </Section>
        </div>
      </div>
    </>
  );
}
