"use client";
// Create or edit a working group: its name and terms of reference in three languages.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { FormStatus } from "@/components/ui/form-status";
import { createWorkingGroup, updateWorkingGroup } from "@/lib/actions/working-groups";
import type { ActionResult } from "@/lib/actions/result";

type ExistingGroup = {
  id: string;
  version: number;
  nameEn: string;
  nameMs: string | null;
  nameZh: string | null;
  termsOfReferenceEn: string | null;
  termsOfReferenceMs: string | null;
  termsOfReferenceZh: string | null;
  establishedOn: string;
};

export function WorkingGroupForm({
  agreements,
  group,
  preselectedAgreementId,
}: {
  agreements?: { id: string; label: string }[];
  group?: ExistingGroup;
  preselectedAgreementId?: string;
}) {
  const { t } = useI18n();
  const save: (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>> = group ? updateWorkingGroup : createWorkingGroup;
  const form = useKeptForm(save);
  const { state, formAction, isPending, isBusy } = form;
  const error = form.error;
  const value = (field: keyof ExistingGroup) => form.value(field, group ? String(group[field] ?? "") : "");

  return (
    <form key={form.key} action={formAction} className="max-w-2xl space-y-4" noValidate>
      <FormStatus state={state} />
      {group ? (
        <>
          <input type="hidden" name="id" value={group.id} />
          <input type="hidden" name="version" value={group.version} />
        </>
      ) : (
        <SelectField
          label={t("workingGroups.fields.agreement")}
          name="agreementId"
          required
          defaultValue={form.value("agreementId", preselectedAgreementId ?? "")}
          options={[{ value: "", label: t("workingGroups.fields.chooseAgreement") }, ...(agreements ?? []).map((agreement) => ({ value: agreement.id, label: agreement.label }))]}
          error={error("agreementId")}
        />
      )}
      <TextField label={t("workingGroups.fields.nameEn")} name="nameEn" required defaultValue={value("nameEn")} error={error("nameEn")} />
      <TextField label={t("workingGroups.fields.nameMs")} name="nameMs" lang="ms" defaultValue={value("nameMs")} error={error("nameMs")} />
      <TextField label={t("workingGroups.fields.nameZh")} name="nameZh" lang="zh" defaultValue={value("nameZh")} error={error("nameZh")} />
      <TextAreaField label={t("workingGroups.fields.termsEn")} name="termsOfReferenceEn" defaultValue={value("termsOfReferenceEn")} error={error("termsOfReferenceEn")} />
      <TextAreaField label={t("workingGroups.fields.termsMs")} name="termsOfReferenceMs" lang="ms" defaultValue={value("termsOfReferenceMs")} error={error("termsOfReferenceMs")} />
      <TextAreaField label={t("workingGroups.fields.termsZh")} name="termsOfReferenceZh" lang="zh" defaultValue={value("termsOfReferenceZh")} error={error("termsOfReferenceZh")} />
      <TextField label={t("workingGroups.fields.establishedOn")} name="establishedOn" type="date" defaultValue={value("establishedOn")} error={error("establishedOn")} />
      <div className="flex gap-3">
        <Button type="submit" disabled={isBusy}>
          {isPending ? t("common.saving") : group ? t("common.save") : t("workingGroups.create")}
        </Button>
        <Link href={group ? `/working-groups/${group.id}` : "/working-groups"} className="self-center text-sm">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
