"use client";
// Moves an agreement to one of the statuses its lifecycle allows next, with an optional reason.
import { useActionState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormStatus, fieldError, useErrorText } from "@/components/ui/form-status";
import { changeAgreementStatus } from "@/lib/actions/agreements";
import type { AgreementStatus } from "@/lib/agreements/lifecycle";

export function StatusChangeForm({ agreementId, version, nextStatuses }: { agreementId: string; version: number; nextStatuses: readonly AgreementStatus[] }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [state, formAction, isPending] = useActionState(changeAgreementStatus, { status: "idle" });
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} successText={t("agreements.lifecycle.changed")} />
      <input type="hidden" name="id" value={agreementId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        label={t("agreements.lifecycle.newStatus")}
        name="toStatus"
        required
        options={nextStatuses.map((status) => ({ value: status, label: t(`agreementStatus.${status}`) }))}
        error={errorText(fieldError(state, "toStatus"))}
      />
      <TextAreaField label={t("agreements.lifecycle.reason")} name="reason" rows={2} error={errorText(fieldError(state, "reason"))} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("common.saving") : t("agreements.lifecycle.submit")}
      </Button>
    </form>
  );
}
