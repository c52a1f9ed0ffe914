"use client";
// The secretariat's record of a meeting: attendance, minutes per agenda item, a summary and new
// decisions. Saving marks the meeting held.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { recordMeetingMinutes } from "@/lib/actions/meetings";

const NEW_DECISION_ROWS = 3;

type Props = {
  meeting: { id: string; version: number; minutesSummary: string | null };
  members: { personId: string; name: string; side: string; attended: boolean }[];
  agenda: { id: string; order: number; title: string; minutes: string | null }[];
};

export function RecordMinutesForm({ meeting, members, agenda }: Props) {
  const { t } = useI18n();
  const form = useKeptForm(recordMeetingMinutes);
  const { state, formAction, isPending, isBusy, error } = form;
  const minutes = form.rows("agendaMinutes", agenda.map((item) => ({ agendaItemId: item.id, minutes: item.minutes ?? "" })));
  const decisions = form.rows("decisions", Array.from({ length: NEW_DECISION_ROWS }, () => ({ textEn: "", textMs: "", textZh: "", agendaItemId: "" })));
  return (
    <form key={form.key} action={formAction} className="max-w-3xl space-y-6" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="id" value={meeting.id} />
      <input type="hidden" name="version" value={meeting.version} />
      <fieldset className="space-y-2">
        <legend className="text-base font-semibold">{t("meetings.attendance")}</legend>
        <p className="text-xs text-gray-600">{t("meetings.attendanceHint")}</p>
        {members.map((member) => (
          <div key={member.personId} className="flex items-center gap-2 text-sm">
            <input type="checkbox" id={`attended-${member.personId}`} name="attendedPersonId" value={member.personId} defaultChecked={form.isChecked("attendedPersonId", member.personId, member.attended)} className="h-4 w-4" />
            <label htmlFor={`attended-${member.personId}`}>
              {member.name} ({member.side})
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">{t("meetings.agendaMinutes")}</legend>
        {agenda.map((item, index) => (
          <div key={item.id}>
            <input type="hidden" name={`agendaMinutes[${index}].agendaItemId`} value={item.id} />
            <TextAreaField
              label={t("meetings.fields.minutesFor", { number: item.order, title: item.title })}
              name={`agendaMinutes[${index}].minutes`}
              defaultValue={minutes.find((row) => row.agendaItemId === item.id)?.minutes ?? item.minutes ?? ""}
              rows={3}
              error={error(`agendaMinutes[${index}].minutes`)}
            />
          </div>
        ))}
      </fieldset>
      <TextAreaField label={t("meetings.fields.minutesSummary")} name="minutesSummary" defaultValue={form.value("minutesSummary", meeting.minutesSummary ?? "")} error={error("minutesSummary")} />
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t("meetings.newDecisions")}</legend>
        <p className="text-xs text-gray-600">{t("meetings.newDecisionsHint")}</p>
        {decisions.map((row, index) => (
          <div key={index} className="space-y-2 rounded-md border border-gray-200 p-3">
            <TextField label={t("meetings.fields.decisionEn", { number: index + 1 })} name={`decisions[${index}].textEn`} defaultValue={row.textEn} error={error(`decisions[${index}].textEn`)} />
            <div className="grid gap-2 md:grid-cols-2">
              <TextField label={t("meetings.fields.decisionMs", { number: index + 1 })} name={`decisions[${index}].textMs`} lang="ms" defaultValue={row.textMs} />
              <TextField label={t("meetings.fields.decisionZh", { number: index + 1 })} name={`decisions[${index}].textZh`} lang="zh" defaultValue={row.textZh} />
            </div>
            <SelectField
              label={t("meetings.fields.decisionAgendaItem", { number: index + 1 })}
              name={`decisions[${index}].agendaItemId`}
              defaultValue={row.agendaItemId}
              options={[{ value: "", label: t("meetings.fields.noAgendaItem") }, ...agenda.map((item) => ({ value: item.id, label: `${item.order}. ${item.title}` }))]}
            />
          </div>
        ))}
      </fieldset>
      <div className="flex gap-3">
        <Button type="submit" disabled={isBusy}>
          {isPending ? t("common.saving") : t("meetings.saveRecord")}
        </Button>
        <Link href={`/meetings/${meeting.id}`} className="self-center text-sm">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
