// An agreement's change history: who, when, what, and a small before → after table per event.
import { diffSnapshots } from "@/lib/agreements/history-diff";
import { readableValue } from "@/lib/agreements/history-values";
import { formatDateTime } from "@/lib/format";
import type { HistoryRow } from "@/lib/data/agreement-history";
import type { Locale } from "@/lib/i18n/config";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

const knownActions = new Set([
  "agreement.create",
  "agreement.update",
  "agreement.status",
  "agreement.archive",
  "agreement.unarchive",
  "cooperationArea.create",
  "cooperationArea.update",
  "cooperationArea.move",
  "cooperationArea.retire",
  "agreementDocument.add",
  "agreementDocument.remove",
  // Authentic texts and entry into force (helper "texts").
  "agreement.prevailingText",
  "agreement.entryIntoForceRule",
  "cooperationArea.linkClause",
  "agreementText.add",
  "agreementText.update",
  "agreementText.remove",
  "agreementText.signOff",
  "agreementText.signOffLost",
  "agreementClause.add",
  "agreementClause.update",
  "agreementClause.remove",
  "domesticStep.record",
  "domesticStep.correct",
  "domesticStep.remove",
]);

const knownFields = new Set([
  "type", "status", "titleEn", "titleMs", "titleZh", "summaryEn", "summaryMs", "summaryZh", "signedOn", "effectiveOn", "expiresOn",
  "durationMonths", "autoRenewMonths", "noticeDays", "archivedAt", "parties", "signatories", "relations", "number", "clauseRef",
  "clauseTextEn", "clauseTextMs", "clauseTextZh", "isRetired", "title", "fileName", "sizeBytes", "url",
  "prevailingLanguage", "entryIntoForceRule", "entryIntoForceOn", "entryIntoForceAfter", "entryIntoForceUnit", "textClauseNumber",
  "language", "standing", "malaysiaSignedOffAt", "malaysiaSignedOffById", "chinaSignedOffAt", "chinaSignedOffById", "heading", "body",
  "side", "kind", "occurredOn", "note",
]);

export function HistoryTable({ events, names, t, locale }: { events: HistoryRow[]; names: ReadonlyMap<string, string>; t: Translate; locale: Locale }) {
  const readable = { t, locale, names };
  if (events.length === 0) return <p className="text-sm text-gray-600">{t("history.empty")}</p>;
  const actionLabel = (action: string) => (knownActions.has(action) ? t(`history.actions.${action}` as MessageKey) : action);
  const fieldLabel = (field: string) => (knownFields.has(field) ? t(`history.fields.${field}` as MessageKey) : field);
  return (
    <ol className="space-y-4">
      {events.map((event) => {
        const changes = diffSnapshots(event.before, event.after);
        return (
          <li key={event.id} className="rounded-md border border-gray-200 p-3 text-sm">
            <p>
              <span className="font-medium">{actionLabel(event.action)}</span>
              {" · "}
              {event.actor?.name ?? t("history.system")}
              {" · "}
              <time dateTime={event.at.toISOString()}>{formatDateTime(event.at, locale)}</time>
            </p>
            {event.reason ? <p className="mt-1 text-gray-700">{t("history.reason", { reason: event.reason })}</p> : null}
            {changes.length > 0 ? (
              <table className="mt-2 w-full table-fixed text-left text-xs">
                <caption className="sr-only">{t("history.changesCaption", { action: actionLabel(event.action) })}</caption>
                <thead className="text-gray-600">
                  <tr>
                    <th scope="col" className="w-1/4 py-1 pr-2">{t("history.field")}</th>
                    <th scope="col" className="py-1 pr-2">{t("history.before")}</th>
                    <th scope="col" className="py-1">{t("history.after")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-gray-100 align-top">
                  {changes.map((change) => (
                    <tr key={change.field}>
                      <th scope="row" className="py-1 pr-2 font-medium">{fieldLabel(change.field)}</th>
                      <td className="break-words py-1 pr-2 text-gray-700">{readableValue(change.field, change.before, readable) ?? "—"}</td>
                      <td className="break-words py-1">{readableValue(change.field, change.after, readable) ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
