"use client";
// Forms of the entry-into-force page: the agreement's rule, a side's domestic step (with an
// optional document), correcting or removing a wrongly entered step, and confirming the lifecycle's proposal
// to move the agreement to "in force".
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FileField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { confirmEntryIntoForce, correctDomesticStep, recordDomesticStep, removeDomesticStep, setEntryIntoForceRule } from "@/lib/actions/entry-into-force";
import { domesticStepKinds, entryIntoForceRules } from "@/lib/agreements/entry-into-force";

const accept = ".pdf,.docx,.png,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg";

export interface RuleValues {
  rule: string | null;
  fixedOn: string | null;
  after: number | null;
  unit: string | null;
}

export function RuleForm({ agreementId, version, saved }: { agreementId: string; version: number; saved: RuleValues }) {
  const { t } = useI18n();
  const form = useKeptForm(setEntryIntoForceRule);
  const { state, isPending, isBusy, error } = form;
  return (
    <form key={form.key} action={form.formAction} className="space-y-3" noValidate>
      <FormStatus state={state} successText={t("entryIntoForce.ruleSaved")} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        label={t("entryIntoForce.ruleForm.rule")}
        name="rule"
        defaultValue={form.value("rule", saved.rule)}
        options={[{ value: "", label: t("entryIntoForce.ruleForm.none") }, ...entryIntoForceRules.map((rule) => ({ value: rule, label: t(`entryIntoForce.rules.${rule}`) }))]}
        error={error("rule")}
      />
      <TextField label={t("entryIntoForce.ruleForm.fixedOn")} name="fixedOn" type="date" defaultValue={form.value("fixedOn", saved.fixedOn)} error={error("fixedOn")} />
      <div className="grid grid-cols-2 gap-3">
        <TextField label={t("entryIntoForce.ruleForm.after")} name="after" type="number" min={1} max={3650} defaultValue={form.value("after", saved.after)} error={error("after")} />
        <SelectField
          label={t("entryIntoForce.ruleForm.unit")}
          name="unit"
          defaultValue={form.value("unit", saved.unit ?? "DAYS")}
          options={(["DAYS", "MONTHS"] as const).map((unit) => ({ value: unit, label: t(`entryIntoForce.ruleForm.units.${unit}`) }))}
          error={error("unit")}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={isBusy}>
        {isPending ? t("common.saving") : t("entryIntoForce.ruleForm.save")}
      </Button>
    </form>
  );
}

export function StepForm({ agreementId, side }: { agreementId: string; side: "MALAYSIA" | "CHINA" }) {
  const { t } = useI18n();
  const form = useKeptForm(recordDomesticStep);
  const { state, isPending, isBusy, error } = form;
  return (
    <form key={form.key} action={form.formAction} className="space-y-3" noValidate>
      <FormStatus state={state} successText={t("entryIntoForce.stepRecorded")} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <input type="hidden" name="side" value={side} />
      <SelectField
        label={t("entryIntoForce.stepForm.kind")}
        name="kind"
        required
        defaultValue={form.value("kind", "CABINET_APPROVAL")}
        options={domesticStepKinds.map((kind) => ({ value: kind, label: t(`entryIntoForce.kinds.${kind}`) }))}
        error={error("kind")}
      />
      <TextField label={t("entryIntoForce.stepForm.occurredOn")} name="occurredOn" type="date" required defaultValue={form.value("occurredOn")} error={error("occurredOn")} />
      <TextAreaField label={t("entryIntoForce.stepForm.note")} name="note" rows={2} defaultValue={form.value("note")} error={error("note")} />
      <FileField isRefused={form.isRefused} label={t("entryIntoForce.stepForm.file")} name="file" accept={accept} hint={t("entryIntoForce.stepForm.fileHint")} error={error("file")} />
      <Button type="submit" disabled={isBusy}>
        {isPending ? t("common.saving") : t("entryIntoForce.stepForm.submit")}
      </Button>
    </form>
  );
}

/** The step as recorded: what the correction dialog starts from. */
export interface RecordedStep {
  id: string;
  version: number;
  kind: string;
  occurredOn: string;
  note: string | null;
}

export function CorrectStepButton({ step, kindLabel, date }: { step: RecordedStep; kindLabel: string; date: string }) {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={correctDomesticStep}
      fields={{ id: step.id, version: step.version }}
      variant="primary"
      triggerLabel={t("entryIntoForce.stepForm.correct", { kind: kindLabel, date })}
      title={t("entryIntoForce.stepForm.correctTitle")}
      body={t("entryIntoForce.stepForm.correctBody")}
      confirmLabel={t("entryIntoForce.stepForm.correctConfirm")}
    >
      {(form) => (
        <>
          <SelectField
            label={t("entryIntoForce.stepForm.kind")}
            name="kind"
            required
            defaultValue={form.value("kind", step.kind)}
            options={domesticStepKinds.map((kind) => ({ value: kind, label: t(`entryIntoForce.kinds.${kind}`) }))}
            error={form.error("kind")}
          />
          <TextField label={t("entryIntoForce.stepForm.occurredOn")} name="occurredOn" type="date" required defaultValue={form.value("occurredOn", step.occurredOn)} error={form.error("occurredOn")} />
          <TextAreaField label={t("entryIntoForce.stepForm.note")} name="note" rows={2} defaultValue={form.value("note", step.note ?? "")} error={form.error("note")} />
        </>
      )}
    </ConfirmAction>
  );
}

export function RemoveStepButton({ step, kind, date }: { step: { id: string; version: number }; kind: string; date: string }) {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={removeDomesticStep}
      fields={{ id: step.id, version: step.version }}
      triggerLabel={t("entryIntoForce.stepForm.remove", { kind, date })}
      title={t("entryIntoForce.stepForm.removeTitle")}
      body={t("entryIntoForce.stepForm.removeBody", { kind, date })}
      confirmLabel={t("entryIntoForce.stepForm.removeConfirm")}
    />
  );
}

export function ConfirmEntryForm({ agreementId, version, date }: { agreementId: string; version: number; date: string }) {
  const { t } = useI18n();
  const form = useKeptForm(confirmEntryIntoForce);
  const { state, isPending, isBusy } = form;
  return (
    <form key={form.key} action={form.formAction} className="space-y-2">
      <FormStatus state={state} successText={t("entryIntoForce.confirmed")} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" disabled={isBusy}>
        {isPending ? t("common.saving") : t("entryIntoForce.proposal.confirm", { date })}
      </Button>
    </form>
  );
}
