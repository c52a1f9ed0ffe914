import type { Locale } from "@/lib/i18n/config";
import type { Metadata } from "next";
import { isoDay } from "@/lib/dates";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementStatusBadge } from "@/components/agreements/status-badge";
import { ArchiveControl } from "@/components/agreements/archive-control";
import { DocumentForm, RemoveDocumentButton } from "@/components/agreements/document-form";
import { ExpiryBadge } from "@/components/agreements/expiry-badge";
import { HistoryTable } from "@/components/agreements/history-table";
import { StatusChangeForm } from "@/components/agreements/status-change-form";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { nextStatuses } from "@/lib/agreements/lifecycle";
import { getAgreementHistory, getHistoryNames } from "@/lib/data/agreement-history";
import { pageFromQuery } from "@/lib/data/paging";
import { ListPager } from "@/components/ui/list-pager";
import { ExampleBadge } from "@/components/ui/example-badge";
import { PageHeader, Section } from "@/components/ui/page-header";
import { getAgreementDetail } from "@/lib/data/agreements";
import { formatDate } from "@/lib/format";
import { allTranslations, localized } from "@/lib/i18n/content";
import { localeNames } from "@/lib/i18n/config";
import { getTranslations } from "@/lib/i18n/server";
import { FactStanding } from "@/components/facts/fact-standing";
import { factStanding } from "@/lib/facts/provenance";
import { displayName } from "@/lib/people/display-name";
import { TextsAndEntrySummary } from "@/components/entry-into-force/agreement-summary";
import { PublicationSection } from "@/components/public/publication-section";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ history?: string | string[] }> };

/** Stands in a message for the linked title, so the message can be split around it. */

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslations()]);
  const agreement = await getAgreementDetail(id);
  return { title: agreement ? localized(agreement, "title", locale) : t("common.notFoundTitle") };
}

type Signatory = NonNullable<Awaited<ReturnType<typeof getAgreementDetail>>>["signatories"][number];

/** Who signed or exchanged the instrument: their name, the title they acted under, their organisation. */
function SignatoryLine({ signatory, locale }: { signatory: Signatory; locale: Locale }) {
  return (
    <>
      <span className="font-medium">{displayName(signatory.person, locale)}</span>
      <br />
      <span className="text-gray-600">
        {signatory.titleEn ? localized(signatory, "title", locale) : ""} · {localized(signatory.organisation, "name", locale)}
      </span>
    </>
  );
}

export default async function AgreementPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [{ t, locale }, agreement, history] = await Promise.all([getTranslations(), getAgreementDetail(id), getAgreementHistory(id, pageFromQuery(query.history))]);
  if (!agreement) notFound();
  const historyNames = await getHistoryNames(history.rows, locale);
  const moves = nextStatuses(agreement.status);
  const event = agreement.signingEvent;
  const notStated = t("common.notStated");
  const standingOf = (entityType: string, entityId: string, field: string, currentValue: string | null) =>
    factStanding(agreement.factSources, { entityType, entityId, field, currentValue }, locale);
  const signedBy = agreement.signatories.filter((signatory) => signatory.act === "SIGNED");
  const exchangedBy = agreement.signatories.filter((signatory) => signatory.act === "EXCHANGED");

  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/agreements">{t("agreements.title")}</Link>
      </nav>
      <PageHeader
        title={localized(agreement, "title", locale)}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {t(`agreementTypes.${agreement.type}`)}
            <AgreementStatusBadge status={agreement.status} t={t} />
            <ExpiryBadge agreement={agreement} t={t} />
            {agreement.archivedAt ? <Badge>{t("agreements.archive.archived")}</Badge> : null}
            {agreement.isExample ? <ExampleBadge label={t("common.example")} /> : null}
          </span>
        }
        actions={
          agreement.canEdit ? (
            <>
              <Link href={`/agreements/${agreement.id}/edit`} className={buttonClasses("secondary")}>
                {t("agreements.form.editTitle")}
              </Link>
              <Link href={`/agreements/${agreement.id}/areas`} className={buttonClasses("secondary")}>
                {t("agreements.areasPage.title")}
              </Link>
            </>
          ) : undefined
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {allTranslations(agreement, "title").length > 1 ? (
            <Section title={t("agreements.titles")} id="titles">
              <div className="grid gap-4 md:grid-cols-3">
                {allTranslations(agreement, "title").map((entry) => (
                  <div key={entry.locale} lang={entry.locale === "zh" ? "zh-CN" : entry.locale}>
                    <h3 className="text-xs font-semibold uppercase text-gray-600">{localeNames[entry.locale]}</h3>
                    <p className="mt-1 text-sm">{entry.text}</p>
                  </div>
                ))}
              </div>
              <FactStanding standing={standingOf("Agreement", agreement.id, "title", agreement.titleEn)} t={t} />
            </Section>
          ) : null}

          <Section title={t("agreements.summary")} id="summary">
            {allTranslations(agreement, "summary").length === 0 ? (
              <p className="text-sm text-gray-600">{notStated}</p>
            ) : (
              <div className="grid gap-4 md:grid-cols-3">
                {allTranslations(agreement, "summary").map((entry) => (
                  <div key={entry.locale} lang={entry.locale === "zh" ? "zh-CN" : entry.locale}>
                    <h3 className="text-xs font-semibold uppercase text-gray-600">{localeNames[entry.locale]}</h3>
                    <p className="mt-1 text-sm">{entry.text}</p>
                  </div>
                ))}
              </div>
            )}
          </Section>

          <Section title={t("agreements.areas")} id="areas">
            {agreement.areas.length === 0 ? (
              <p className="text-sm text-gray-600">{t("agreements.noAreas")}</p>
            ) : (
              <ol className="space-y-4">
                {agreement.areas.map((area) => (
                  <li key={area.id} className="rounded-md border border-gray-200 p-4">
                    <h3 className="font-medium">
                      {area.number}. {localized(area, "title", locale)}
                    </h3>
                    <FactStanding standing={standingOf("CooperationArea", area.id, "title", area.titleEn)} t={t} />
                    <p className="mt-1 text-xs text-gray-600">
                      {t("compose.labelled", { label: t("agreements.clauseRef"), value: area.clauseRef ?? notStated })}
                    </p>
                    {area.clauseTextEn ? (
                      <blockquote className="mt-2 border-l-4 border-gray-200 pl-3 text-sm text-gray-800">{localized(area, "clauseText", locale)}</blockquote>
                    ) : null}
                  </li>
                ))}
              </ol>
            )}
          </Section>

          <Section title={t("agreements.documents.title")} id="documents">
            {agreement.documents.length === 0 ? (
              <p className="text-sm text-gray-600">{t("agreements.documents.empty")}</p>
            ) : (
              <ul className="space-y-3 text-sm">
                {agreement.documents.map((document) => (
                  <li key={document.id} className="flex flex-wrap items-start justify-between gap-3">
                    <div>
                      {document.file ? (
                        <a href={`/agreements/${agreement.id}/documents/${document.id}`} download>
                          {document.title}
                        </a>
                      ) : document.url ? (
                        <a href={document.url} rel="noopener noreferrer" target="_blank">
                          {document.title}
                          <span className="sr-only"> {t("compose.parenthetical", { text: t("agreements.documents.external") })}</span>
                        </a>
                      ) : (
                        document.title
                      )}
                      <p className="text-xs text-gray-600">
                        {document.file
                          ? t("agreements.documents.fileInfo", { name: document.file.fileName, size: Math.max(1, Math.round(document.file.sizeBytes / 1024)) })
                          : t("agreements.documents.external")}
                      </p>
                    </div>
                    {agreement.canEdit ? <RemoveDocumentButton documentId={document.id} title={document.title} /> : null}
                  </li>
                ))}
              </ul>
            )}
            {agreement.canEdit ? (
              <div className="mt-4 border-t border-gray-200 pt-4">
                <h3 className="mb-2 font-medium">{t("agreements.documents.addTitle")}</h3>
                <DocumentForm agreementId={agreement.id} />
              </div>
            ) : null}
          </Section>

          <Section title={t("agreements.workingGroups")} id="working-groups">
            {agreement.workingGroups.length === 0 ? (
              <p className="text-sm text-gray-600">{t("agreements.noWorkingGroups")}</p>
            ) : (
              <ul className="space-y-2">
                {agreement.workingGroups.map((group) => (
                  <li key={group.id}>
                    {group.canOpen ? <Link href={`/working-groups/${group.id}`}>{localized(group, "name", locale)}</Link> : localized(group, "name", locale)}{" "}
                    <span className="text-sm text-gray-600">{t("workingGroups.memberCount", { count: group._count.members })}</span>
                  </li>
                ))}
              </ul>
            )}
            {agreement.canSetUpWorkingGroup ? (
              <p className="mt-4">
                <Link href={`/working-groups/new?agreement=${agreement.id}`}>{t("agreements.setUpWorkingGroup")}</Link>
              </p>
            ) : null}
          </Section>
        </div>

        <div className="space-y-6">
          {agreement.canEdit ? (
            <Section title={t("agreements.lifecycle.title")} id="lifecycle">
              {moves.length > 0 ? (
                <StatusChangeForm agreementId={agreement.id} version={agreement.version} nextStatuses={moves} />
              ) : (
                <p className="text-sm text-gray-600">{t("agreements.lifecycle.final")}</p>
              )}
              <div className="mt-4 border-t border-gray-200 pt-4">
                <ArchiveControl agreementId={agreement.id} version={agreement.version} isArchived={Boolean(agreement.archivedAt)} />
              </div>
            </Section>
          ) : null}

          <PublicationSection agreement={agreement} />

          <Section title={t("agreements.parties")} id="parties">
            <ul className="space-y-2 text-sm">
              {agreement.parties.map((party) => (
                <li key={party.organisation.id}>
                  <span className="font-medium">{localized(party.organisation, "name", locale)}</span>
                  {party.organisation.acronym ? ` (${party.organisation.acronym})` : ""}
                  <br />
                  <span className="text-gray-600">{t(`sides.${party.side}`)}</span>
                  <FactStanding standing={standingOf("AgreementParty", party.id, "organisation", party.organisation.nameEn)} t={t} />
                </li>
              ))}
            </ul>
          </Section>

          <Section title={t("agreements.signatories")} id="signatories">
            {signedBy.length === 0 ? (
              <p className="text-sm text-gray-600">{exchangedBy.length > 0 ? notStated : t("agreements.noSignatories")}</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {signedBy.map((signatory) => (
                  <li key={signatory.person.id}>
                    <SignatoryLine signatory={signatory} locale={locale} />
                  </li>
                ))}
              </ul>
            )}
          </Section>

          {exchangedBy.length > 0 ? (
            <Section title={t("facts.exchangedBy")} id="exchanged-by">
              <p className="mb-2 text-xs text-gray-600">{t("facts.exchangedNote")}</p>
              <ul className="space-y-2 text-sm">
                {exchangedBy.map((signatory) => (
                  <li key={signatory.person.id}>
                    <SignatoryLine signatory={signatory} locale={locale} />
                    <FactStanding standing={standingOf("Signatory", signatory.id, "person", signatory.person.name)} t={t} />
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}

          <Section title={t("agreements.signing")} id="signing">
            {event ? (
              <>
              <dl className="space-y-2 text-sm">
                <div>
                  <dt className="font-medium">{t("agreements.signedOn")}</dt>
                  <dd>
                    {formatDate(event.date, locale)}
                    <FactStanding standing={standingOf("SigningEvent", event.id, "date", isoDay(event.date))} t={t} />
                  </dd>
                </div>
                <div>
                  <dt className="font-medium">{t("agreements.place")}</dt>
                  <dd>{event.placeEn ? localized(event, "place", locale) : notStated}</dd>
                </div>
                <div>
                  <dt className="font-medium">{t("agreements.witnesses")}</dt>
                  <dd>
                    <ul>
                      {event.witnesses.map(({ id: witnessId, person }) => (
                        <li key={person.id}>
                          {/* Chinese writes the title before the name, without a separator (马来西亚总理安瓦尔). */}
                          {locale === "zh" && person.titleEn ? <span className="text-gray-600">{localized(person, "title", locale)}</span> : null}
                          {displayName(person, locale)}
                          {locale !== "zh" && person.titleEn ? <span className="text-gray-600"> — {localized(person, "title", locale)}</span> : null}
                          <FactStanding standing={standingOf("SigningWitness", witnessId, "person", person.name)} t={t} />
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
                {event.agreements.length > 0 ? (
                  <div>
                    <dt className="font-medium">{t("agreements.signedAlongside")}</dt>
                    <dd>
                      <ul>
                        {event.agreements.map((other) => (
                          <li key={other.id}>
                            {/* Stacked links stay 24 px tall, so each is easy to hit (WCAG 2.5.8), in Chinese too. */}
                            <Link href={`/agreements/${other.id}`} className="inline-block py-0.5">
                              {localized(other, "title", locale)}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                ) : null}
              </dl>
              {event.descriptionEn ? <p className="mt-3 text-xs text-gray-600">{localized(event, "description", locale)}</p> : null}
              </>
            ) : (
              <p className="text-sm text-gray-600">{notStated}</p>
            )}
          </Section>

          <Section title={t("agreements.terms")} id="terms">
            <dl className="grid grid-cols-2 gap-2 text-sm">
              <dt className="font-medium">{t("agreements.effectiveOn")}</dt>
              <dd>{agreement.effectiveOn ? formatDate(agreement.effectiveOn, locale) : notStated}</dd>
              <dt className="font-medium">{t("agreements.expiresOn")}</dt>
              <dd>{agreement.expiresOn ? formatDate(agreement.expiresOn, locale) : notStated}</dd>
              <dt className="font-medium">{t("agreements.renewal")}</dt>
              <dd>{agreement.autoRenewMonths ? t("agreements.renewsEvery", { months: agreement.autoRenewMonths }) : notStated}</dd>
              <dt className="font-medium">{t("agreements.notice")}</dt>
              <dd>{agreement.noticeDays ? t("agreements.noticeDays", { days: agreement.noticeDays }) : notStated}</dd>
              <dt className="font-medium">{t("agreements.duration")}</dt>
              <dd>{agreement.durationMonths ? t("agreements.durationMonths", { months: agreement.durationMonths }) : notStated}</dd>
            </dl>
          </Section>

          <TextsAndEntrySummary agreementId={agreement.id} t={t} locale={locale} />

          <Section title={t("agreements.related.title")} id="related">
            {agreement.relationsFrom.length + agreement.relationsTo.length === 0 ? (
              <p className="text-sm text-gray-600">{t("agreements.related.none")}</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {agreement.relationsFrom.map((relation) => (
                  <li key={relation.id}>
                    {t.rich(`relations.${relation.type}`, {
                      title: localized(relation.toAgreement, "title", locale),
                      link: (chunks) => <Link href={`/agreements/${relation.toAgreement.id}`}>{chunks}</Link>,
                    })}
                  </li>
                ))}
                {agreement.relationsTo.map((relation) => (
                  <li key={relation.id}>
                    {t.rich(`agreements.related.inverse.${relation.type}`, {
                      title: localized(relation.fromAgreement, "title", locale),
                      link: (chunks) => <Link href={`/agreements/${relation.fromAgreement.id}`}>{chunks}</Link>,
                    })}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
      </div>
      <div className="mt-6">
        <Section title={t("history.title")} id="history">
          <HistoryTable events={history.rows} names={historyNames} t={t} locale={locale} />
          <ListPager list={history} hrefFor={(page) => `/agreements/${agreement.id}?history=${page}#history-heading`} t={t} locale={locale} />
        </Section>
      </div>
    </>
  );
}
