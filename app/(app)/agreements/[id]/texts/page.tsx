import Link from "next/link";
import { notFound } from "next/navigation";
import { AddTextForm, EditTextForm, PrevailingForm, RemoveTextButton, SignOffButton } from "@/components/agreement-texts/text-forms";
import { AreaClauseForm, ClauseForm, RemoveClauseButton } from "@/components/agreement-texts/clause-forms";
import { ClauseReader } from "@/components/agreement-texts/clause-reader";
import { Badge } from "@/components/ui/badge";
import { ExampleBadge } from "@/components/ui/example-badge";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { getAgreementTexts } from "@/lib/data/agreement-texts";
import { textLanguages } from "@/lib/agreements/texts";
import { entrySides } from "@/lib/agreements/entry-into-force";
import { formatDate } from "@/lib/format";
import { localeTags } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("agreementTexts.title");

export default async function AgreementTextsPage({ params }: Props) {
  await requireUserForPage();
  const { id } = await params;
  const [{ t, locale }, agreement] = await Promise.all([getTranslations(), getAgreementTexts(id)]);
  if (!agreement) notFound();
  const title = localized(agreement, "title", locale);
  const languageName = (language: (typeof textLanguages)[number]) => t(`agreementTexts.languages.${language}`);
  const missingLanguages = textLanguages.filter((language) => !agreement.texts.some((text) => text.language === language));
  const authenticLanguages = agreement.texts.filter((text) => text.standing === "AUTHENTIC").map((text) => text.language);
  const clauseNumbers = agreement.rows.map((row) => row.number);

  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/agreements">{t("agreements.title")}</Link> / <Link href={`/agreements/${agreement.id}`}>{title}</Link>
      </nav>
      <PageHeader title={t("agreementTexts.title")} description={title} />
      <div className="space-y-6">
        <p className="text-sm text-gray-700">{t("agreementTexts.intro")}</p>
        <Section title={t("agreementTexts.prevailing.title")} id="prevailing">
          <p className="text-sm">
            {agreement.prevailingLanguage ? t("agreementTexts.prevailing.current", { language: languageName(agreement.prevailingLanguage) }) : t("agreementTexts.prevailing.currentNone")}
          </p>
          {agreement.canEdit && authenticLanguages.length > 0 ? (
            <div className="mt-3">
              <PrevailingForm agreementId={agreement.id} version={agreement.version} current={agreement.prevailingLanguage} languages={authenticLanguages} />
            </div>
          ) : null}
        </Section>

        <Section title={t("agreementTexts.reader.title")} id="reader">
          {agreement.texts.length === 0 ? (
            <p className="text-sm text-gray-600">{t("agreementTexts.noTexts")}</p>
          ) : (
            <ClauseReader texts={agreement.texts} rows={agreement.rows} areas={agreement.areas} agreementId={agreement.id} t={t} locale={locale} />
          )}
        </Section>

        {agreement.texts.map((text) => {
          const language = languageName(text.language);
          // Only what the client forms need crosses to the browser.
          const textRef = { id: text.id, version: text.version };
          return (
            <Section key={`${text.id}-${text.version}`} title={t("agreementTexts.textHeading", { language })} id={`text-${text.language}`}>
              <div className="space-y-4">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <Badge>{t(`agreementTexts.standing.${text.standing}`)}</Badge>
                  {text.isExample ? <ExampleBadge label={t("common.example")} /> : null}
                  <span>{t("agreementTexts.clauseCount", { count: text.clauses.length })}</span>
                  <span aria-hidden="true">·</span>
                  {text.document?.file ? (
                    <a href={`/agreements/${agreement.id}/documents/${text.document.id}`} download>
                      {t("agreementTexts.document", { name: text.document.file.fileName })}
                    </a>
                  ) : (
                    <span className="text-gray-600">{t("agreementTexts.noDocument")}</span>
                  )}
                </p>
                {text.standing === "TRANSLATION" ? (
                  <div>
                    <h3 className="font-medium">{t("agreementTexts.signOff.title")}</h3>
                    <ul className="mt-1 space-y-1 text-sm">
                      {entrySides.map((side) => {
                        const at = side === "MALAYSIA" ? text.malaysiaSignedOffAt : text.chinaSignedOffAt;
                        const by = side === "MALAYSIA" ? text.malaysiaSignedOffBy : text.chinaSignedOffBy;
                        const country = t(`sides.${side}`);
                        return <li key={side}>{at ? t("agreementTexts.signOff.agreed", { country, name: by ?? "—", date: formatDate(at, locale) }) : t("agreementTexts.signOff.pending", { country })}</li>;
                      })}
                    </ul>
                    <p className="mt-1 text-xs text-gray-600">{t("agreementTexts.signOff.lostNote")}</p>
                    <div className="mt-2 flex flex-wrap gap-3">
                      {text.signOffSides
                        .filter((side) => (side === "MALAYSIA" ? text.malaysiaSignedOffAt : text.chinaSignedOffAt) === null)
                        .map((side) => (
                          <SignOffButton key={side} text={textRef} side={side} />
                        ))}
                    </div>
                  </div>
                ) : (
                  <p className="text-xs text-gray-600">{t("agreementTexts.signOff.authenticNote")}</p>
                )}
                {agreement.canEdit ? (
                  <div className="space-y-4 border-t border-gray-200 pt-4">
                    <div className="flex flex-wrap items-start justify-between gap-4">
                      <EditTextForm text={{ ...textRef, standing: text.standing }} />
                      <RemoveTextButton text={textRef} language={language} />
                    </div>
                    <ol className="space-y-4">
                      {text.clauses.map((clause) => (
                        <li key={`${clause.id}-${clause.version}`} className="rounded-md border border-gray-200 p-3">
                          <h3 className="mb-2 font-medium">{t("agreementTexts.clauseForm.editTitle", { number: clause.number })}</h3>
                          <ClauseForm textId={text.id} lang={localeTags[text.language]} clause={clause} />
                          <div className="mt-2">
                            <RemoveClauseButton clause={clause} language={language} />
                          </div>
                        </li>
                      ))}
                    </ol>
                    <div>
                      <h3 className="mb-2 font-medium">{t("agreementTexts.clauseForm.addTitle", { language })}</h3>
                      <ClauseForm textId={text.id} lang={localeTags[text.language]} key={`new-${text.clauses.length}`} />
                    </div>
                  </div>
                ) : null}
              </div>
            </Section>
          );
        })}

        {agreement.canEdit && missingLanguages.length > 0 ? (
          <Section title={t("agreementTexts.form.addTitle")} id="add-text">
            <AddTextForm agreementId={agreement.id} languages={missingLanguages} key={`add-${agreement.texts.length}`} />
          </Section>
        ) : null}

        {agreement.canEdit && agreement.areas.length > 0 && clauseNumbers.length > 0 ? (
          <Section title={t("agreementTexts.linkAreas.title")} id="area-links">
            <ul className="space-y-4">
              {agreement.areas.map((area) => (
                <li key={`${area.id}-${area.version}`}>
                  <AreaClauseForm area={area} title={`${area.number}. ${localized(area, "title", locale)}`} clauseNumbers={clauseNumbers} />
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
      </div>
    </>
  );
}
