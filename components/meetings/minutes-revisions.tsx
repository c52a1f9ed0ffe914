// Every circulated revision of the minutes, newest first, each readable as it was circulated, with
// the answers it received and what changed from the revision before it. Added and removed words
// are <ins>/<del> (underlined / struck through, and named for screen readers), not colour alone.
import type { MinutesView } from "@/lib/data/minutes";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { DiffPart, MinutesChange } from "@/lib/meetings/minutes-diff";
import { displayName } from "@/lib/people/display-name";
import { dayOf } from "@/lib/meetings/minutes-text";

function DiffText({ parts, t }: { parts: DiffPart[]; t: Translate }) {
  return (
    <p className="whitespace-pre-line">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index} className="bg-green-50 text-green-900 underline">
            <span className="sr-only">{t("agreedMinutes.diff.added")} </span>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} className="bg-red-50 text-red-900 line-through">
            <span className="sr-only">{t("agreedMinutes.diff.removed")} </span>
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}

function attendanceWord(attended: boolean | null, t: Translate): string {
  if (attended === null) return t("agreedMinutes.diff.notRecorded");
  return attended ? t("agreedMinutes.diff.present") : t("agreedMinutes.diff.absent");
}

function ChangeItem({ change, t, locale }: { change: MinutesChange; t: Translate; locale: Locale }) {
  switch (change.field) {
    case "summary":
      return (
        <>
          <p className="font-medium">{t("agreedMinutes.diff.summary")}</p>
          <DiffText parts={change.parts} t={t} />
        </>
      );
    case "agendaItem":
      return (
        <>
          <p className="font-medium">{t("agreedMinutes.diff.agendaItem", { order: change.order, title: change.title })}</p>
          <DiffText parts={change.parts} t={t} />
        </>
      );
    case "decision":
      return (
        <>
          <p className="font-medium">{t("agreedMinutes.diff.decision", { order: change.order, language: t(`agreedMinutes.diff.languages.${change.language}`) })}</p>
          <DiffText parts={change.parts} t={t} />
        </>
      );
    case "attendance":
      return (
        <p>
          <span className="font-medium">{t("agreedMinutes.diff.attendance", { name: displayName(change, locale) })}</span>{" "}
          {t("agreedMinutes.diff.attendanceChange", { before: attendanceWord(change.wasAttended, t), after: attendanceWord(change.attended, t) })}
        </p>
      );
  }
}

export function MinutesRevisions({ revisions, t, locale }: { revisions: MinutesView["revisions"]; t: Translate; locale: Locale }) {
  if (revisions.length === 0) return null;
  return (
    <div className="space-y-2">
      <h3 className="font-medium">{t("agreedMinutes.history")}</h3>
      {revisions.map((revision) => (
        <details key={revision.id} className="rounded-md border border-gray-200 p-3">
          <summary className="cursor-pointer font-medium">
            {t("agreedMinutes.revision", { number: revision.number })} · {t("agreedMinutes.circulatedOn", { date: dayOf(revision.circulatedAt, locale) })}
            {revision.agreedAt ? ` · ${t("agreedMinutes.agreedOn", { date: dayOf(revision.agreedAt, locale) })}` : ""}
          </summary>
          <div className="mt-2 space-y-3">
            {revision.supersededAt ? <p className="text-gray-700">{t("agreedMinutes.supersededOn", { date: dayOf(revision.supersededAt, locale) })}</p> : null}
            <ul className="space-y-1">
              {revision.responses.map((response) => {
                const values = { name: displayName({ name: response.approverName, nameZh: response.approverNameZh }, locale), side: t(`sides.${response.side}`), date: dayOf(response.createdAt, locale) };
                return (
                  <li key={response.id}>
                    {response.kind === "APPROVED" ? t("agreedMinutes.approvedBy", values) : t("agreedMinutes.changesRequestedBy", values)}
                    {response.comment ? <span className="block whitespace-pre-line text-gray-700">{response.comment}</span> : null}
                  </li>
                );
              })}
            </ul>
            {revision.changes && revision.previousNumber !== null ? (
              <div>
                <h4 className="font-medium">{t("agreedMinutes.changesFrom", { from: revision.previousNumber, to: revision.number })}</h4>
                {revision.changes.length === 0 ? <p className="text-gray-700">{t("agreedMinutes.noChanges")}</p> : null}
                <ul className="mt-1 space-y-2">
                  {revision.changes.map((change, index) => (
                    <li key={index}>
                      <ChangeItem change={change} t={t} locale={locale} />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <div>
              <h4 className="font-medium">{t("agreedMinutes.showRevision", { number: revision.number })}</h4>
              {revision.content.summary ? <p className="whitespace-pre-line">{revision.content.summary}</p> : null}
              <ol className="mt-1 space-y-1">
                {revision.content.agenda.map((item) => (
                  <li key={item.id}>
                    <span className="font-medium">
                      {item.order}. {item.title}
                    </span>
                    {item.minutes ? <span className="block whitespace-pre-line">{item.minutes}</span> : null}
                  </li>
                ))}
              </ol>
              <ol className="mt-1 space-y-1">
                {revision.content.decisions.map((decision) => {
                  const text = { en: decision.textEn, ms: decision.textMs, zh: decision.textZh }[locale]?.trim() || decision.textEn;
                  return (
                    <li key={decision.id}>
                      {t("compose.labelled", { label: t("agreedMinutes.diff.decision", { order: decision.order, language: t(`agreedMinutes.diff.languages.${locale}`) }), value: text })}
                    </li>
                  );
                })}
              </ol>
            </div>
          </div>
        </details>
      ))}
    </div>
  );
}
