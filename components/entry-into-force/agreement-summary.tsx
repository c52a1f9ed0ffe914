// The agreement page's box for its authentic texts and entry into force: which language texts it
// holds, the computed entry into force (or why it is pending), the lifecycle's proposal when the
// rule is met, and the links to the clause reader and the domestic procedures.
import Link from "next/link";
import { EntryIntoForceLine } from "@/components/entry-into-force/status-line";
import { Section } from "@/components/ui/page-header";
import { getTextsAndEntrySummary } from "@/lib/data/agreement-texts";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

export async function TextsAndEntrySummary({ agreementId, t, locale }: { agreementId: string; t: Translate; locale: Locale }) {
  const summary = await getTextsAndEntrySummary(agreementId);
  if (!summary) return null;
  return (
    <Section title={t("entryIntoForce.title")} id="entry-into-force">
      <div className="space-y-3 text-sm">
        <EntryIntoForceLine result={summary.result} t={t} locale={locale} />
        {summary.canPropose ? <p className="font-medium text-blue-800">{t("entryIntoForce.proposal.title")}</p> : null}
        <p>
          <Link href={`/agreements/${agreementId}/entry-into-force`}>{t("entryIntoForce.openLink")}</Link>
        </p>
        <p>{t("agreementTexts.summary", { count: summary.texts.length })}</p>
        {summary.texts.length > 0 ? (
          <ul className="space-y-1">
            {summary.texts.map((text) => (
              <li key={text.language}>
                {t("agreementTexts.textItem", { language: t(`agreementTexts.languages.${text.language}`), standing: t(`agreementTexts.standing.${text.standing}`) })}
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          <Link href={`/agreements/${agreementId}/texts`}>{t("agreementTexts.openLink")}</Link>
        </p>
      </div>
    </Section>
  );
}
