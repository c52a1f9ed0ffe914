// The approval of a meeting's minutes on its page: the state in words, each side's approver and
// answer, "Agreed by <name>, <title>, <side>, <date>" once agreed, and what the reader may do.
import { Badge } from "@/components/ui/badge";
import { minutesStateTone } from "./minutes-state";
import { Section } from "@/components/ui/page-header";
import type { MinutesView } from "@/lib/data/minutes";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { MinutesState } from "@/lib/meetings/minutes-approval";
import { agreedByLine, dayOf } from "@/lib/meetings/minutes-text";
import { displayName } from "@/lib/people/display-name";
import { ApproveMinutesForm, CirculateMinutesForm, RequestMinutesChangesForm, StartMinutesRevisionForm } from "./minutes-approval-forms";
import { MinutesRevisions } from "./minutes-revisions";

/** The minutes state in words (the dot's colour only repeats it). */
export function MinutesStateBadge({ state, t }: { state: MinutesState; t: Translate }) {
  return <Badge tone={minutesStateTone[state]}>{t("agreedMinutes.stateLine", { state: t(`agreedMinutes.state.${state}`) })}</Badge>;
}

export function MinutesApprovalPanel({ meeting, minutes, t, locale }: { meeting: { id: string; version: number }; minutes: MinutesView; t: Translate; locale: Locale }) {
  const isAgreed = minutes.state === "AGREED";
  const isOpen = minutes.state === "CIRCULATED" || minutes.state === "CHANGES_REQUESTED";
  return (
    <Section title={t("agreedMinutes.sectionTitle")} id="minutes-approval">
      <div className="space-y-4 text-sm">
        <p className="flex flex-wrap items-center gap-2">
          <MinutesStateBadge state={minutes.state} t={t} />
          {minutes.state !== "NONE" ? (
            <span>{minutes.state === "DRAFT" ? t("agreedMinutes.draftRevision", { number: minutes.revisionNumber }) : t("agreedMinutes.revision", { number: minutes.revisionNumber })}</span>
          ) : null}
        </p>
        {isAgreed ? (
          <div className="space-y-1">
            {minutes.agreedAt ? <p>{t("agreedMinutes.agreedOn", { date: dayOf(minutes.agreedAt, locale) })}</p> : null}
            <ul className="space-y-1 font-medium">
              {minutes.answers.map(({ side, response }) => (response ? <li key={side}>{agreedByLine(response, t, locale)}</li> : null))}
            </ul>
          </div>
        ) : (
          <div>
            <h3 className="font-medium">{t("agreedMinutes.approvers")}</h3>
            <ul className="mt-1 space-y-2">
              {minutes.approvers.map((approver) => {
                const response = minutes.answers.find((answer) => answer.side === approver.side)?.response ?? null;
                const name = approver.person ? displayName(approver.person, locale) : null;
                return (
                  <li key={approver.side}>
                    {name
                      ? t("agreedMinutes.approverOf", { side: t(`sides.${approver.side}`), name: approver.isDefault ? t("agreedMinutes.byDefault", { name }) : name })
                      : t("agreedMinutes.approverOf", { side: t(`sides.${approver.side}`), name: t("agreedMinutes.noApprover") })}
                    {isOpen && response?.kind === "APPROVED" ? (
                      <span className="block text-gray-700">{t("agreedMinutes.approvedBy", { name: displayName({ name: response.approverName, nameZh: response.approverNameZh }, locale), side: t(`sides.${response.side}`), date: dayOf(response.createdAt, locale) })}</span>
                    ) : null}
                    {isOpen && response?.kind === "CHANGES_REQUESTED" ? (
                      <span className="mt-1 block rounded-md border border-amber-300 bg-amber-50 p-2">
                        <span className="block font-medium">{t("agreedMinutes.changesRequestedBy", { name: displayName({ name: response.approverName, nameZh: response.approverNameZh }, locale), side: t(`sides.${response.side}`), date: dayOf(response.createdAt, locale) })}</span>
                        <span className="block whitespace-pre-line">{response.comment}</span>
                      </span>
                    ) : null}
                    {isOpen && !response ? <span className="block text-gray-700">{t("agreedMinutes.waitingFor", { side: t(`sides.${approver.side}`) })}</span> : null}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        {minutes.state === "DRAFT" || minutes.state === "CIRCULATED" || minutes.state === "CHANGES_REQUESTED" ? <p className="text-gray-700">{t("agreedMinutes.provisionalHint")}</p> : null}
        <div className="no-print flex flex-col gap-4">
          {minutes.mayCirculate ? <CirculateMinutesForm meeting={meeting} /> : null}
          {minutes.answersFor.map((side) => (
            <ApproveMinutesForm key={`approve-${side}`} meeting={meeting} side={side} />
          ))}
          {minutes.mayRequestChangesFor.map((side) => (
            <RequestMinutesChangesForm key={`changes-${side}`} meeting={meeting} side={side} />
          ))}
          {minutes.mayStartRevision ? (
            <div className="space-y-2">
              <p className="text-gray-700">{t("agreedMinutes.lockedNote")}</p>
              <StartMinutesRevisionForm meeting={meeting} revisionNumber={minutes.revisionNumber} />
            </div>
          ) : null}
        </div>
        <MinutesRevisions revisions={minutes.revisions} t={t} locale={locale} />
      </div>
    </Section>
  );
}
