"use client";
// Who approves the minutes for each side: a current member of that side, or (the default) the
// side's co-chair. Set by those who set the group up.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { updateMinutesApprovers } from "@/lib/actions/minutes";

type Option = { id: string; label: string };

export function MinutesApproversForm({ group, options }: { group: { id: string; version: number; malaysiaApproverId: string; chinaApproverId: string }; options: { MALAYSIA: Option[]; CHINA: Option[] } }) {
  const { t } = useI18n();
  const form = useKeptForm(updateMinutesApprovers);
  const choices = (side: "MALAYSIA" | "CHINA") => [{ value: "", label: t("agreedMinutes.settings.default") }, ...options[side].map((option) => ({ value: option.id, label: option.label }))];
  return (
    <form key={form.key} action={form.formAction} className="grid max-w-3xl gap-3 md:grid-cols-2" noValidate aria-label={t("agreedMinutes.settings.title")}>
      <div className="md:col-span-2">
        <FormStatus state={form.state} />
        <p className="text-sm text-gray-700">{t("agreedMinutes.settings.hint")}</p>
      </div>
      <input type="hidden" name="id" value={group.id} />
      <input type="hidden" name="version" value={group.version} />
      <SelectField label={t("agreedMinutes.settings.MALAYSIA")} name="malaysiaApproverId" defaultValue={form.value("malaysiaApproverId", group.malaysiaApproverId)} options={choices("MALAYSIA")} error={form.error("malaysiaApproverId")} />
      <SelectField label={t("agreedMinutes.settings.CHINA")} name="chinaApproverId" defaultValue={form.value("chinaApproverId", group.chinaApproverId)} options={choices("CHINA")} error={form.error("chinaApproverId")} />
      <div className="md:col-span-2">
        <Button type="submit" disabled={form.isBusy}>
          {form.isPending ? t("common.saving") : t("agreedMinutes.settings.save")}
        </Button>
      </div>
    </form>
  );
}
