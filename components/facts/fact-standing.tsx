// A fact's standing beside it: "Stated in the report" with the sentence, or "Inferred from the
// report" with the reasoning and the sentence it rests on. A disclosure keeps the page short.
import type { FactStandingView } from "@/lib/facts/provenance";
import type { Translate } from "@/lib/i18n/translate";

export function FactStanding({ standing, t }: { standing: FactStandingView | null; t: Translate }) {
  if (!standing) return null;
  const label = standing.standing === "STATED" ? t("facts.stated") : t("facts.inferred");
  return (
    <details className="mt-1 text-xs text-gray-600">
      <summary className="cursor-pointer">
        <span className={standing.standing === "INFERRED" ? "italic" : undefined}>{label}</span>
      </summary>
      <div className="mt-1 space-y-1 border-l-2 border-gray-200 pl-2">
        {standing.reasoning ? (
          <p>
            <span className="font-medium">{t("facts.reasoning")}: </span>
            {standing.reasoning}
          </p>
        ) : null}
        <p>
          <span className="font-medium">{t("facts.reportSays")}: </span>
          <q lang="en">{standing.sentence}</q>
        </p>
      </div>
    </details>
  );
}
