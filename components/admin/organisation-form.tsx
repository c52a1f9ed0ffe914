"use client";
// Create or edit an organisation (reference data). Deleting is offered only while nothing
// refers to it; otherwise it can be retired.
import Link from "next/link";
import { RetiredField } from "@/components/admin/retired-status";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { createOrganisation, deleteOrganisation, updateOrganisation } from "@/lib/actions/organisations";
import type { ActionResult } from "@/lib/actions/result";

const kinds = ["MINISTRY", "AGENCY", "CORPORATION", "UNIVERSITY", "OTHER"] as const;

export interface OrganisationValues {
  id: string;
  version: number;
  nameEn: string;
  nameMs: string | null;
  nameZh: string | null;
  acronym: string | null;
  country: string;
  side: string;
  kind: string;
  isRetired: boolean;
}

type Save = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

export function OrganisationForm({ organisation }: { organisation?: OrganisationValues }) {
  const { t } = useI18n();
  const save: Save = organisation ? updateOrganisation : createOrganisation;
  const form = useKeptForm(save);
  const { state, isPending, isBusy, error } = form;
  const value = (name: keyof OrganisationValues, fallback = "") => form.value(name, organisation ? String(organisation[name] ?? "") : fallback);
  return (
    <form key={form.key} action={form.formAction} className="max-w-2xl space-y-4" noValidate>
      <FormStatus state={state} />
      {organisation ? (
        <>
          <input type="hidden" name="id" value={organisation.id} />
          <input type="hidden" name="version" value={organisation.version} />
        </>
      ) : null}
      <TextField label={t("organisations.fields.nameEn")} name="nameEn" lang="en" required defaultValue={value("nameEn")} error={error("nameEn")} />
      <TextField label={t("organisations.fields.nameMs")} name="nameMs" lang="ms" defaultValue={value("nameMs")} error={error("nameMs")} />
      <TextField label={t("organisations.fields.nameZh")} name="nameZh" lang="zh-CN" defaultValue={value("nameZh")} error={error("nameZh")} />
      <TextField label={t("organisations.fields.acronym")} name="acronym" defaultValue={value("acronym")} error={error("acronym")} />
      <TextField
        label={t("organisations.fields.country")}
        name="country"
        required
        maxLength={2}
        hint={t("organisations.fields.countryHint")}
        defaultValue={value("country")}
        error={error("country")}
      />
      <SelectField
        label={t("organisations.fields.side")}
        name="side"
        required
        defaultValue={value("side", "MALAYSIA")}
        options={[
          { value: "MALAYSIA", label: t("sides.MALAYSIA") },
          { value: "CHINA", label: t("sides.CHINA") },
        ]}
        error={error("side")}
      />
      <SelectField
        label={t("organisations.fields.kind")}
        name="kind"
        defaultValue={value("kind", "OTHER")}
        options={kinds.map((kind) => ({ value: kind, label: t(`organisations.kinds.${kind}`) }))}
        error={error("kind")}
      />
      {organisation ? (
        <RetiredField
          label={t("organisations.fields.status")}
          labels={{ inUse: t("organisations.inUse"), retired: t("organisations.retired") }}
          defaultValue={value("isRetired")}
          error={error("isRetired")}
        />
      ) : null}
      <div className="flex gap-3">
        <Button type="submit" disabled={isBusy}>
          {isPending ? t("common.saving") : organisation ? t("common.save") : t("organisations.create")}
        </Button>
        <Link href="/admin/organisations" className="self-center text-sm">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}

export function DeleteOrganisationButton({ organisation }: { organisation: { id: string; version: number; name: string } }) {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={deleteOrganisation}
      fields={{ id: organisation.id, version: organisation.version }}
      triggerLabel={t("organisations.delete")}
      title={t("organisations.deleteTitle")}
      body={t("organisations.deleteBody", { name: organisation.name })}
      confirmLabel={t("organisations.deleteConfirm")}
    />
  );
}
