"use client";
// Create or edit a person (reference data): name, title in three languages, organisation.
import Link from "next/link";
import { RetiredField } from "@/components/admin/retired-status";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { createPerson, updatePerson } from "@/lib/actions/people";
import type { ActionResult } from "@/lib/actions/result";

export interface PersonValues {
  id: string;
  version: number;
  name: string;
  nameZh: string | null;
  titleEn: string | null;
  titleMs: string | null;
  titleZh: string | null;
  organisationId: string | null;
  side: string | null;
  email: string | null;
  isRetired: boolean;
}

type Save = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

export function PersonForm({ person, organisations }: { person?: PersonValues; organisations: { id: string; label: string }[] }) {
  const { t } = useI18n();
  const save: Save = person ? updatePerson : createPerson;
  const form = useKeptForm(save);
  const { state, isPending, isBusy, error } = form;
  const value = (name: keyof PersonValues) => form.value(name, person ? String(person[name] ?? "") : "");
  return (
    <form key={form.key} action={form.formAction} className="max-w-2xl space-y-4" noValidate>
      <FormStatus state={state} />
      {person ? (
        <>
          <input type="hidden" name="id" value={person.id} />
          <input type="hidden" name="version" value={person.version} />
        </>
      ) : null}
      <TextField label={t("people.fields.name")} name="name" required defaultValue={value("name")} error={error("name")} />
      <TextField label={t("names.inChinese")} name="nameZh" lang="zh-CN" hint={t("names.inChineseHint")} defaultValue={value("nameZh")} error={error("nameZh")} />
      <TextField label={t("people.fields.titleEn")} name="titleEn" lang="en" defaultValue={value("titleEn")} error={error("titleEn")} />
      <TextField label={t("people.fields.titleMs")} name="titleMs" lang="ms" defaultValue={value("titleMs")} error={error("titleMs")} />
      <TextField label={t("people.fields.titleZh")} name="titleZh" lang="zh-CN" defaultValue={value("titleZh")} error={error("titleZh")} />
      <SelectField
        label={t("people.fields.organisation")}
        name="organisationId"
        defaultValue={value("organisationId")}
        options={[{ value: "", label: t("people.fields.noOrganisation") }, ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.label }))]}
        error={error("organisationId")}
      />
      <SelectField
        label={t("people.fields.side")}
        name="side"
        hint={t("people.fields.sideHint")}
        defaultValue={value("side")}
        options={[
          { value: "", label: t("people.fields.noSide") },
          { value: "MALAYSIA", label: t("sides.MALAYSIA") },
          { value: "CHINA", label: t("sides.CHINA") },
        ]}
        error={error("side")}
      />
      <TextField label={t("people.fields.email")} name="email" type="email" defaultValue={value("email")} error={error("email")} />
      {person ? (
        <RetiredField
          label={t("people.fields.status")}
          labels={{ inUse: t("people.active"), retired: t("people.retired") }}
          defaultValue={value("isRetired")}
          error={error("isRetired")}
        />
      ) : null}
      <div className="flex gap-3">
        <Button type="submit" disabled={isBusy}>
          {isPending ? t("common.saving") : person ? t("common.save") : t("people.create")}
        </Button>
        <Link href="/admin/people" className="self-center text-sm">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
