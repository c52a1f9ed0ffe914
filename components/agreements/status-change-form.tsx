"use client";
// Moves an agreement to one of the statuses its lifecycle allows next, with an optional reason.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { FormStatus } from "@/components/ui/form-status";
import { changeAgreementStatus } from "@/lib/actions/agreements";
import type { AgreementStatus } from "@/lib/agreements/lifecycle";

export function StatusChangeForm({ agreementId, version, nextStatuses }: { agreementId: string; version: number; nextStatuses: readonly AgreementStatus[] }) {
  const { t } = useI18n();
  const form = useKeptForm(changeAgreementStatus);
  const { state, formAction, isPending, isBusy } = form;
  return (
    <form key={form.key} action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="id" value={agreementId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        label={t("agreements.lifecycle.newStatus")}
        name="toStatus"
        required
        defaultValue={form.value("toStatus", nextStatuses[0])}
        options={nextStatuses.map((status) => ({ value: status, label: t(`agreementStatus.${status}`) }))}
        error={form.error("toStatus")}
      />
      <TextAreaField label={t("agreements.lifecycle.reason")} name="reason" rows={2} defaultValue={form.value("reason")} error={form.error("reason")} />
      <Button type="submit" disabled={isBusy}>
        {isPending ? t("common.saving") : t("agreements.lifecycle.submit")}
      </Button>
    </form>
  );
}
