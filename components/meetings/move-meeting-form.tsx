"use client";
// Moving a scheduled meeting to another time. Behind a disclosure so the page stays short; it
// opens by itself after a refusal, so the reason and what was typed are seen.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { moveMeeting } from "@/lib/actions/meetings";
import { meetingTimeZones } from "@/lib/meetings/time-zone";

type Props = { id: string; version: number; startsAtLocal: string; endsAtLocal: string; timeZone: string };

export function MoveMeetingForm({ id, version, startsAtLocal, endsAtLocal, timeZone }: Props) {
  const { t } = useI18n();
  const form = useKeptForm(moveMeeting);
  const { state, formAction, isPending, isBusy, error } = form;
  const wasRefused = state.status === "error" || state.status === "conflict";
  return (
    <details open={wasRefused} className="no-print rounded border border-gray-200 p-3">
      <summary className="cursor-pointer text-sm font-medium">{t("meetings.move")}</summary>
      <form key={form.key} action={formAction} className="mt-3 max-w-3xl space-y-4" noValidate>
        <FormStatus state={state} />
        <p className="text-sm text-gray-600">{t("meetings.moveHint")}</p>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <div className="grid gap-4 md:grid-cols-3">
          <TextField label={t("meetings.fields.newStartsAt")} name="startsAtLocal" type="datetime-local" required defaultValue={form.value("startsAtLocal", startsAtLocal)} error={error("startsAtLocal")} />
          <TextField label={t("meetings.fields.newEndsAt")} name="endsAtLocal" type="datetime-local" defaultValue={form.value("endsAtLocal", endsAtLocal)} error={error("endsAtLocal")} />
          <SelectField
            label={t("meetings.fields.timeZone")}
            name="timeZone"
            defaultValue={form.value("timeZone", timeZone)}
            options={meetingTimeZones.map((zone) => ({ value: zone, label: t(`meetings.timeZones.${zone === "Asia/Kuala_Lumpur" ? "kualaLumpur" : "shanghai"}`) }))}
            error={error("timeZone")}
          />
        </div>
        <Button type="submit" disabled={isBusy}>
          {isPending ? t("common.saving") : t("meetings.moveButton")}
        </Button>
      </form>
    </details>
  );
}
