"use client";
// Schedules a meeting in its own time zone, with an agenda. Open action items of earlier
// meetings are added to the agenda by the server when the meeting is saved.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { scheduleMeeting } from "@/lib/actions/meetings";
import { meetingTimeZones } from "@/lib/meetings/time-zone";

const AGENDA_ROWS = 6;

export function ScheduleMeetingForm({ workingGroupId, presenters }: { workingGroupId: string; presenters: { id: string; label: string }[] }) {
  const { t } = useI18n();
  const form = useKeptForm(scheduleMeeting);
  const { state, formAction, isPending, isBusy, error } = form;
  const blankRows = Array.from({ length: AGENDA_ROWS }, () => ({ title: "", presenterId: "" }));
  const agenda = form.rows("agenda", blankRows);
  return (
    <form key={form.key} action={formAction} className="max-w-3xl space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="workingGroupId" value={workingGroupId} />
      <TextField label={t("meetings.fields.titleEn")} name="titleEn" required defaultValue={form.value("titleEn", "")} error={error("titleEn")} />
      <TextField label={t("meetings.fields.titleMs")} name="titleMs" lang="ms" defaultValue={form.value("titleMs", "")} error={error("titleMs")} />
      <TextField label={t("meetings.fields.titleZh")} name="titleZh" lang="zh" defaultValue={form.value("titleZh", "")} error={error("titleZh")} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField label={t("meetings.fields.startsAt")} name="startsAtLocal" type="datetime-local" required defaultValue={form.value("startsAtLocal", "")} error={error("startsAtLocal")} />
        <TextField label={t("meetings.fields.endsAt")} name="endsAtLocal" type="datetime-local" defaultValue={form.value("endsAtLocal", "")} error={error("endsAtLocal")} />
        <SelectField
          label={t("meetings.fields.timeZone")}
          name="timeZone"
          hint={t("meetings.fields.timeZoneHint")}
          defaultValue={form.value("timeZone", "Asia/Kuala_Lumpur")}
          options={meetingTimeZones.map((zone) => ({ value: zone, label: t(`meetings.timeZones.${zone === "Asia/Kuala_Lumpur" ? "kualaLumpur" : "shanghai"}`) }))}
          error={error("timeZone")}
        />
      </div>
      <TextField label={t("meetings.fields.venue")} name="venue" hint={t("meetings.fields.venueHint")} defaultValue={form.value("venue", "")} error={error("venue")} />
      <TextField label={t("meetings.fields.onlineUrl")} name="onlineUrl" type="url" defaultValue={form.value("onlineUrl", "")} error={error("onlineUrl")} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{t("meetings.agenda")}</legend>
        <p className="text-xs text-gray-600">{t("meetings.carryOverHint")}</p>
        {agenda.map((row, index) => (
          <div key={index} className="grid gap-3 md:grid-cols-3">
            <div className="md:col-span-2">
              <TextField label={t("meetings.fields.agendaItem", { number: index + 1 })} name={`agenda[${index}].title`} defaultValue={row.title} error={error(`agenda[${index}].title`)} />
            </div>
            <SelectField
              label={t("meetings.fields.presenterOf", { number: index + 1 })}
              name={`agenda[${index}].presenterId`}
              defaultValue={row.presenterId}
              options={[{ value: "", label: t("meetings.fields.noPresenter") }, ...presenters.map((person) => ({ value: person.id, label: person.label }))]}
              error={error(`agenda[${index}].presenterId`)}
            />
          </div>
        ))}
      </fieldset>
      <div className="flex gap-3">
        <Button type="submit" disabled={isBusy}>
          {isPending ? t("common.saving") : t("meetings.schedule")}
        </Button>
        <Link href={`/working-groups/${workingGroupId}`} className="self-center text-sm">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
