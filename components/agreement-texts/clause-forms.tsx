"use client";
// Clauses of one language text (number, heading, body), and the link from a cooperation area to
// the clause that sets it out. A change to a clause clears the text's sign-offs (server side).
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { addAgreementClause, linkAreaToClause, removeAgreementClause, updateAgreementClause } from "@/lib/actions/agreement-texts";
import type { ActionResult } from "@/lib/actions/result";

type Save = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

export interface ClauseValues {
  id: string;
  version: number;
  number: string;
  heading: string | null;
  body: string;
}

/** `lang` is the text's own language, so the typed clause is spelled and read in it. */
export function ClauseForm({ textId, lang, clause }: { textId: string; lang: string; clause?: ClauseValues }) {
  const { t } = useI18n();
  const save: Save = clause ? updateAgreementClause : addAgreementClause;
  const form = useKeptForm(save);
  const { state, isPending, isBusy, error } = form;
  const value = (name: keyof ClauseValues) => form.value(name, clause ? String(clause[name] ?? "") : "");
  return (
    <form key={form.key} action={form.formAction} className="space-y-3" noValidate>
      <FormStatus state={state} successText={clause ? t("agreementTexts.clauseSaved") : t("agreementTexts.clauseAdded")} />
      {clause ? (
        <>
          <input type="hidden" name="id" value={clause.id} />
          <input type="hidden" name="version" value={clause.version} />
        </>
      ) : (
        <input type="hidden" name="textId" value={textId} />
      )}
      <div className="grid gap-3 md:grid-cols-3">
        <TextField label={t("agreementTexts.clauseForm.number")} hint={t("agreementTexts.clauseForm.numberHint")} name="number" required defaultValue={value("number")} error={error("number")} />
        <div className="md:col-span-2">
          <TextField label={t("agreementTexts.clauseForm.heading")} name="heading" lang={lang} defaultValue={value("heading")} error={error("heading")} />
        </div>
      </div>
      <TextAreaField label={t("agreementTexts.clauseForm.body")} name="body" lang={lang} rows={4} required defaultValue={value("body")} error={error("body")} />
      <Button type="submit" variant={clause ? "secondary" : "primary"} disabled={isBusy}>
        {isPending ? t("common.saving") : clause ? t("agreementTexts.clauseForm.save") : t("agreementTexts.clauseForm.add")}
      </Button>
    </form>
  );
}

export function RemoveClauseButton({ clause, language }: { clause: { id: string; version: number; number: string }; language: string }) {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={removeAgreementClause}
      fields={{ id: clause.id, version: clause.version }}
      triggerLabel={t("agreementTexts.clauseForm.remove", { number: clause.number })}
      title={t("agreementTexts.clauseForm.removeTitle")}
      body={t("agreementTexts.clauseForm.removeBody", { number: clause.number, language })}
      confirmLabel={t("agreementTexts.clauseForm.removeConfirm")}
    />
  );
}

export function AreaClauseForm({ area, title, clauseNumbers }: { area: { id: string; version: number; textClauseNumber: string | null }; title: string; clauseNumbers: readonly string[] }) {
  const { t } = useI18n();
  const form = useKeptForm(linkAreaToClause);
  const { state, isPending, isBusy, error } = form;
  return (
    <form key={form.key} action={form.formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="id" value={area.id} />
      <input type="hidden" name="version" value={area.version} />
      <SelectField
        label={t("agreementTexts.linkAreas.field", { title })}
        name="clauseNumber"
        defaultValue={form.value("clauseNumber", area.textClauseNumber ?? "")}
        options={[{ value: "", label: t("agreementTexts.linkAreas.none") }, ...clauseNumbers.map((number) => ({ value: number, label: t("agreementTexts.clauseForm.editTitle", { number }) }))]}
        error={error("clauseNumber")}
      />
      <Button type="submit" variant="secondary" disabled={isBusy}>
        {isPending ? t("common.saving") : t("agreementTexts.linkAreas.save")}
        <span className="sr-only">: {title}</span>
      </Button>
      <FormStatus state={state} successText={t("agreementTexts.areaLinked")} />
    </form>
  );
}
