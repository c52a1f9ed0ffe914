"use client";
// Add and edit cooperation areas (clause text in three languages), reorder them with buttons,
// and retire one after confirmation.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { createCooperationArea, moveCooperationArea, retireCooperationArea, updateCooperationArea } from "@/lib/actions/cooperation-areas";
import type { ActionResult } from "@/lib/actions/result";

export interface AreaValues {
  id: string;
  version: number;
  number: number;
  clauseRef: string | null;
  titleEn: string;
  titleMs: string | null;
  titleZh: string | null;
  clauseTextEn: string | null;
  clauseTextMs: string | null;
  clauseTextZh: string | null;
}

type Save = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

export function AreaForm({ agreementId, area }: { agreementId: string; area?: AreaValues }) {
  const { t } = useI18n();
  const save: Save = area ? updateCooperationArea : createCooperationArea;
  const form = useKeptForm(save);
  const { state, isPending, isBusy, error } = form;
  const value = (name: keyof AreaValues) => form.value(name, area ? String(area[name] ?? "") : "");
  return (
    <form key={form.key} action={form.formAction} className="space-y-3" noValidate>
      <FormStatus state={state} successText={area ? t("agreements.areasPage.saved") : t("agreements.areasPage.added")} />
      {area ? (
        <>
          <input type="hidden" name="id" value={area.id} />
          <input type="hidden" name="version" value={area.version} />
        </>
      ) : (
        <input type="hidden" name="agreementId" value={agreementId} />
      )}
      <TextField label={t("agreements.areasPage.clauseRef")} name="clauseRef" defaultValue={value("clauseRef")} error={error("clauseRef")} />
      <div className="grid gap-3 md:grid-cols-3">
        <TextField label={t("agreements.areasPage.titleEn")} name="titleEn" lang="en" required defaultValue={value("titleEn")} error={error("titleEn")} />
        <TextField label={t("agreements.areasPage.titleMs")} name="titleMs" lang="ms" defaultValue={value("titleMs")} error={error("titleMs")} />
        <TextField label={t("agreements.areasPage.titleZh")} name="titleZh" lang="zh-CN" defaultValue={value("titleZh")} error={error("titleZh")} />
      </div>
      <div className="grid gap-3 md:grid-cols-3">
        <TextAreaField label={t("agreements.areasPage.clauseTextEn")} name="clauseTextEn" lang="en" rows={3} defaultValue={value("clauseTextEn")} error={error("clauseTextEn")} />
        <TextAreaField label={t("agreements.areasPage.clauseTextMs")} name="clauseTextMs" lang="ms" rows={3} defaultValue={value("clauseTextMs")} error={error("clauseTextMs")} />
        <TextAreaField label={t("agreements.areasPage.clauseTextZh")} name="clauseTextZh" lang="zh-CN" rows={3} defaultValue={value("clauseTextZh")} error={error("clauseTextZh")} />
      </div>
      <Button type="submit" disabled={isBusy}>
        {isPending ? t("common.saving") : area ? t("common.save") : t("agreements.areasPage.add")}
      </Button>
    </form>
  );
}

export function MoveAreaButtons({ area, title, isFirst, isLast }: { area: { id: string; version: number }; title: string; isFirst: boolean; isLast: boolean }) {
  const { t } = useI18n();
  const form = useKeptForm(moveCooperationArea);
  const { state, formAction, isBusy } = form;
  return (
    <form key={form.key} action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={area.id} />
      <input type="hidden" name="version" value={area.version} />
      <Button type="submit" variant="secondary" name="direction" value="up" disabled={isFirst || isBusy}>
        {t("agreements.areasPage.moveUp")}
        <span className="sr-only">: {title}</span>
      </Button>
      <Button type="submit" variant="secondary" name="direction" value="down" disabled={isLast || isBusy}>
        {t("agreements.areasPage.moveDown")}
        <span className="sr-only">: {title}</span>
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

export function RetireAreaButton({ area, title }: { area: { id: string; version: number }; title: string }) {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={retireCooperationArea}
      fields={{ id: area.id, version: area.version }}
      triggerLabel={t("agreements.areasPage.retireLabel", { title })}
      title={t("agreements.areasPage.retireTitle")}
      body={t("agreements.areasPage.retireBody", { title })}
      confirmLabel={t("agreements.areasPage.retireConfirm")}
    />
  );
}
