"use client";
// Create or edit a milestone's plan. Editing carries the version the officer saw, so a plan
// changed meanwhile by someone else shows a conflict instead of being overwritten.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { FormStatus } from "@/components/ui/form-status";
import { createMilestone, updateMilestone } from "@/lib/actions/milestones";
import type { ActionResult } from "@/lib/actions/result";
import type { TitledInEachLanguage } from "@/lib/i18n/content";

type Option = { value: string; label: string };
export type ExistingMilestone = TitledInEachLanguage & {
  id: string;
  version: number;
  cooperationAreaId: string;
  ownerOrganisationId: string;
  ownerSide: string;
  responsibleUserId: string | null;
  startOn: string;
  targetOn: string;
  weight: number;
  indicatorUnit: string | null;
  indicatorBaseline: string;
  indicatorTarget: string;
};

const sides = ["MALAYSIA", "CHINA", "JOINT"] as const;

export function MilestoneForm({
  areas,
  organisations,
  officers,
  milestone,
  defaults,
}: {
  areas: Option[];
  organisations: Option[];
  officers: Option[];
  milestone?: ExistingMilestone;
  defaults: { cooperationAreaId?: string; ownerOrganisationId?: string; ownerSide?: string };
}) {
  const { t } = useI18n();
  const save: (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>> = milestone ? updateMilestone : createMilestone;
  const form = useKeptForm(save);
  const { state, formAction, isPending, isBusy } = form;
  const error = form.error;
  const value = (field: keyof ExistingMilestone, fallback = "") => form.value(field, milestone ? String(milestone[field] ?? "") : fallback);

  return (
    <form key={form.key} action={formAction} className="max-w-3xl space-y-6" noValidate>
      <FormStatus state={state} />
      {milestone ? (
        <>
          <input type="hidden" name="id" value={milestone.id} />
          <input type="hidden" name="version" value={milestone.version} />
        </>
      ) : null}
      <SelectField
        label={t("milestones.fields.cooperationAreaId")}
        name="cooperationAreaId"
        required
        defaultValue={value("cooperationAreaId", defaults.cooperationAreaId ?? areas[0]?.value ?? "")}
        options={areas}
        error={error("cooperationAreaId")}
      />
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold">{t("milestones.fields.titleGroup")}</legend>
        <TextField label={t("milestones.fields.titleEn")} name="titleEn" required defaultValue={value("titleEn")} error={error("titleEn")} />
        <TextField label={t("milestones.fields.titleMs")} name="titleMs" lang="ms" defaultValue={value("titleMs")} error={error("titleMs")} />
        <TextField label={t("milestones.fields.titleZh")} name="titleZh" lang="zh-CN" defaultValue={value("titleZh")} error={error("titleZh")} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold">{t("milestones.fields.descriptionGroup")}</legend>
        <TextAreaField label={t("milestones.fields.descriptionEn")} name="descriptionEn" required defaultValue={value("descriptionEn")} error={error("descriptionEn")} />
        <TextAreaField label={t("milestones.fields.descriptionMs")} name="descriptionMs" lang="ms" defaultValue={value("descriptionMs")} error={error("descriptionMs")} />
        <TextAreaField label={t("milestones.fields.descriptionZh")} name="descriptionZh" lang="zh-CN" defaultValue={value("descriptionZh")} error={error("descriptionZh")} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("milestones.fields.ownerOrganisationId")}
          name="ownerOrganisationId"
          required
          defaultValue={value("ownerOrganisationId", defaults.ownerOrganisationId ?? "")}
          options={organisations}
          error={error("ownerOrganisationId")}
        />
        <SelectField
          label={t("milestones.fields.ownerSide")}
          name="ownerSide"
          required
          defaultValue={value("ownerSide", defaults.ownerSide ?? "MALAYSIA")}
          options={sides.map((side) => ({ value: side, label: t(`milestones.ownerSide.${side}`) }))}
          error={error("ownerSide")}
        />
        <SelectField
          label={t("milestones.fields.responsibleUserId")}
          name="responsibleUserId"
          defaultValue={value("responsibleUserId")}
          options={[{ value: "", label: t("milestones.fields.noResponsible") }, ...officers]}
          error={error("responsibleUserId")}
        />
        <TextField label={t("milestones.fields.weight")} name="weight" type="number" min={1} max={10} required hint={t("milestones.fields.weightHint")} defaultValue={value("weight", "1")} error={error("weight")} />
        <TextField label={t("milestones.fields.startOn")} name="startOn" type="date" required defaultValue={value("startOn")} error={error("startOn")} />
        <TextField label={t("milestones.fields.targetOn")} name="targetOn" type="date" required defaultValue={value("targetOn")} error={error("targetOn")} />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold">{t("milestones.fields.indicatorGroup")}</legend>
        <p className="text-xs text-gray-600">{t("milestones.fields.indicatorHint")}</p>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField label={t("milestones.fields.indicatorUnit")} name="indicatorUnit" defaultValue={value("indicatorUnit")} error={error("indicatorUnit")} />
          <TextField label={t("milestones.fields.indicatorBaseline")} name="indicatorBaseline" type="number" step="any" defaultValue={value("indicatorBaseline")} error={error("indicatorBaseline")} />
          <TextField label={t("milestones.fields.indicatorTarget")} name="indicatorTarget" type="number" step="any" defaultValue={value("indicatorTarget")} error={error("indicatorTarget")} />
        </div>
      </fieldset>
      <div className="flex gap-3">
        <Button type="submit" disabled={isBusy}>
          {isPending ? t("common.saving") : milestone ? t("common.save") : t("milestones.create")}
        </Button>
        <Link href={milestone ? `/milestones/${milestone.id}` : "/milestones"} className="self-center text-sm">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
