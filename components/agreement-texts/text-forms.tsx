"use client";
// Forms of an agreement's language texts: add a text (language, authentic or translation, an
// optional document), change its standing or document, remove it, and sign a translation off as
// agreed for one country. Every form keeps what was typed after a refusal (useKeptForm).
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FileField, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { addAgreementText, removeAgreementText, setPrevailingText, signOffAgreementText, updateAgreementText } from "@/lib/actions/agreement-texts";
import type { TextLanguage } from "@/lib/agreements/texts";

const accept = ".pdf,.docx,.png,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg";
const standings = ["AUTHENTIC", "TRANSLATION"] as const;

export function AddTextForm({ agreementId, languages }: { agreementId: string; languages: readonly TextLanguage[] }) {
  const { t } = useI18n();
  const form = useKeptForm(addAgreementText);
  const { state, isPending, isBusy, error } = form;
  return (
    <form key={form.key} action={form.formAction} className="space-y-3" noValidate>
      <FormStatus state={state} successText={t("agreementTexts.added")} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField
          label={t("agreementTexts.form.language")}
          name="language"
          required
          defaultValue={form.value("language", languages[0])}
          options={languages.map((language) => ({ value: language, label: t(`agreementTexts.languages.${language}`) }))}
          error={error("language")}
        />
        <SelectField
          label={t("agreementTexts.form.standing")}
          name="standing"
          required
          defaultValue={form.value("standing", "AUTHENTIC")}
          options={standings.map((standing) => ({ value: standing, label: t(`agreementTexts.standing.${standing}`) }))}
          error={error("standing")}
        />
      </div>
      <FileField isRefused={form.isRefused} label={t("agreementTexts.form.file")} name="file" accept={accept} hint={t("agreementTexts.form.fileHint")} error={error("file")} />
      <Button type="submit" disabled={isBusy}>
        {isPending ? t("common.saving") : t("agreementTexts.form.add")}
      </Button>
    </form>
  );
}

export function EditTextForm({ text }: { text: { id: string; version: number; standing: "AUTHENTIC" | "TRANSLATION" } }) {
  const { t } = useI18n();
  const form = useKeptForm(updateAgreementText);
  const { state, isPending, isBusy, error } = form;
  return (
    <form key={form.key} action={form.formAction} className="space-y-3" noValidate>
      <FormStatus state={state} successText={t("agreementTexts.saved")} />
      <input type="hidden" name="id" value={text.id} />
      <input type="hidden" name="version" value={text.version} />
      <SelectField
        label={t("agreementTexts.form.standing")}
        name="standing"
        required
        defaultValue={form.value("standing", text.standing)}
        options={standings.map((standing) => ({ value: standing, label: t(`agreementTexts.standing.${standing}`) }))}
        error={error("standing")}
      />
      <FileField isRefused={form.isRefused} label={t("agreementTexts.form.replaceFile")} name="file" accept={accept} hint={t("agreementTexts.form.fileHint")} error={error("file")} />
      <Button type="submit" variant="secondary" disabled={isBusy}>
        {isPending ? t("common.saving") : t("agreementTexts.form.save")}
      </Button>
    </form>
  );
}

export function RemoveTextButton({ text, language }: { text: { id: string; version: number }; language: string }) {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={removeAgreementText}
      fields={{ id: text.id, version: text.version }}
      triggerLabel={t("agreementTexts.form.remove", { language })}
      title={t("agreementTexts.form.removeTitle")}
      body={t("agreementTexts.form.removeBody", { language })}
      confirmLabel={t("agreementTexts.form.removeConfirm")}
    />
  );
}

export function SignOffButton({ text, side }: { text: { id: string; version: number }; side: "MALAYSIA" | "CHINA" }) {
  const { t } = useI18n();
  const form = useKeptForm(signOffAgreementText);
  const { state, isPending, isBusy } = form;
  return (
    <form key={form.key} action={form.formAction} className="space-y-2">
      <FormStatus state={state} successText={t("agreementTexts.signedOff")} />
      <input type="hidden" name="id" value={text.id} />
      <input type="hidden" name="version" value={text.version} />
      <input type="hidden" name="side" value={side} />
      <Button type="submit" disabled={isBusy}>
        {isPending ? t("common.saving") : t("agreementTexts.signOff.button", { country: t(`sides.${side}`) })}
      </Button>
    </form>
  );
}

export function PrevailingForm({ agreementId, version, current, languages }: { agreementId: string; version: number; current: TextLanguage | null; languages: readonly TextLanguage[] }) {
  const { t } = useI18n();
  const form = useKeptForm(setPrevailingText);
  const { state, isPending, isBusy, error } = form;
  return (
    <form key={form.key} action={form.formAction} className="space-y-3" noValidate>
      <FormStatus state={state} successText={t("agreementTexts.prevailingSaved")} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        label={t("agreementTexts.prevailing.field")}
        name="language"
        defaultValue={form.value("language", current ?? "")}
        options={[{ value: "", label: t("agreementTexts.prevailing.none") }, ...languages.map((language) => ({ value: language, label: t(`agreementTexts.languages.${language}`) }))]}
        error={error("language")}
      />
      <Button type="submit" variant="secondary" disabled={isBusy}>
        {isPending ? t("common.saving") : t("agreementTexts.prevailing.save")}
      </Button>
    </form>
  );
}
