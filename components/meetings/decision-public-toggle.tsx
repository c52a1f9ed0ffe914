"use client";
// Marks one decision of the minutes public or internal (shown on the agreement's public page once
// both sides have agreed the minutes). Carries the meeting's version: a stale page is a conflict.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { setDecisionPublic } from "@/lib/actions/minutes";

export function DecisionPublicToggle({ meetingId, version, decisionId, number, isPublic }: { meetingId: string; version: number; decisionId: string; number: number; isPublic: boolean }) {
  const { t } = useI18n();
  const { state, formAction, isBusy, key } = useKeptForm(setDecisionPublic);
  const label = isPublic ? t("agreedMinutes.publicDecision.makeInternal") : t("agreedMinutes.publicDecision.makePublic");
  return (
    <form key={key} action={formAction} className="inline-flex flex-col gap-1">
      <input type="hidden" name="id" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="decisionId" value={decisionId} />
      <input type="hidden" name="isPublic" value={isPublic ? "no" : "yes"} />
      <Button type="submit" variant="ghost" disabled={isBusy} className="px-2 py-1 text-xs" aria-label={t("compose.labelled", { label, value: t("agreedMinutes.publicDecision.forDecision", { number }) })}>
        {label}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
