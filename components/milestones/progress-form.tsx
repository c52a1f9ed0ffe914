"use client";
// Logging a progress update (or a correction of one). Everything typed is kept when the server
// refuses it; a percentage that goes down without an explaining status asks for an explicit
// confirmation before it is saved.
import { useEffect, useId, useRef } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FileField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { logProgress } from "@/lib/actions/progress";
import { evidenceAccept } from "@/lib/milestones/evidence";

export type ProgressFormMilestone = { id: string; hasIndicator: boolean; indicatorUnit: string | null; percentComplete: number };
export type Correction = { id: string; reportedOn: string; percentComplete: number; indicatorActual: number | null; status: string; narrative: string; blockers: string | null };

const statuses = ["ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETED"] as const;

export function ProgressForm({
  milestone,
  correction,
  onSaved,
  autoFocus = false,
  today,
}: {
  milestone: ProgressFormMilestone;
  /** today() as YYYY-MM-DD, from the server: the browser's own clock and zone may differ. */
  today: string;
  correction?: Correction;
  onSaved?: () => void;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  const form = useKeptForm(logProgress);
  const { state, formAction, isPending, isBusy } = form;
  const error = form.error;
  const firstField = useRef<HTMLDivElement>(null);
  const confirmId = useId();
  const askBackwards = fieldError(state, "confirmBackwards") !== undefined;

  useEffect(() => {
    if (autoFocus) firstField.current?.querySelector("input")?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (state.status === "success") onSaved?.();
  }, [state, onSaved]);

  const initial = {
    reportedOn: form.value("reportedOn", correction ? correction.reportedOn : today),
    percentComplete: form.value("percentComplete", correction?.percentComplete),
    indicatorActual: form.value("indicatorActual", correction?.indicatorActual),
    status: form.value("status", correction?.status ?? "ON_TRACK"),
    narrative: form.value("narrative", correction?.narrative),
    blockers: form.value("blockers", correction?.blockers),
    evidenceLinks: form.value("evidenceLinks"),
  };

  return (
    <form key={form.key} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} successText={t("progress.saved")} />
      <input type="hidden" name="milestoneId" value={milestone.id} />
      {correction ? <input type="hidden" name="correctsUpdateId" value={correction.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2" ref={firstField}>
        <TextField label={t("progress.fields.reportedOn")} name="reportedOn" type="date" max={today} required defaultValue={initial.reportedOn} error={error("reportedOn")} />
        <SelectField
          label={t("progress.fields.status")}
          name="status"
          required
          defaultValue={initial.status}
          options={statuses.map((status) => ({ value: status, label: t(`progress.status.${status}`) }))}
          error={error("status")}
        />
        <TextField
          label={t("progress.fields.percentComplete")}
          name="percentComplete"
          type="number"
          min={0}
          max={100}
          step={1}
          inputMode="numeric"
          hint={t("progress.fields.percentHint", { current: milestone.percentComplete })}
          defaultValue={initial.percentComplete}
          error={error("percentComplete")}
        />
        {milestone.hasIndicator ? (
          <TextField
            label={t("progress.fields.indicatorActual", { unit: milestone.indicatorUnit ?? "" })}
            name="indicatorActual"
            type="number"
            step="any"
            hint={t("progress.fields.indicatorHint")}
            defaultValue={initial.indicatorActual}
            error={error("indicatorActual")}
          />
        ) : null}
      </div>
      <TextAreaField label={t("progress.fields.narrative")} name="narrative" required rows={3} defaultValue={initial.narrative} error={error("narrative")} />
      <TextAreaField label={t("progress.fields.blockers")} name="blockers" rows={2} defaultValue={initial.blockers} error={error("blockers")} />
      <TextAreaField
        label={t("progress.fields.evidenceLinks")}
        name="evidenceLinks"
        rows={2}
        hint={t("progress.fields.evidenceLinksHint")}
        defaultValue={initial.evidenceLinks}
        error={error("evidenceLinks")}
      />
      <FileField
        isRefused={form.isRefused}
        label={t("progress.fields.evidenceFiles")}
        name="evidenceFiles"
        multiple
        accept={evidenceAccept}
        hint={t("progress.fields.evidenceFilesHint")}
        error={error("evidenceFiles")}
      />
      {askBackwards ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p id={`${confirmId}-warning`}>{form.error("confirmBackwards")}</p>
          <div className="mt-2 flex items-center gap-2">
            <input id={confirmId} type="checkbox" name="confirmBackwards" value="on" defaultChecked={form.isChecked("confirmBackwards", "on", false)} aria-describedby={`${confirmId}-warning`} className="h-4 w-4" />
            <label htmlFor={confirmId} className="font-medium">
              {t("progress.fields.confirmBackwards")}
            </label>
          </div>
        </div>
      ) : null}
      <Button type="submit" disabled={isBusy}>
        {isPending ? t("common.saving") : correction ? t("progress.saveCorrection") : t("progress.save")}
      </Button>
    </form>
  );
}
