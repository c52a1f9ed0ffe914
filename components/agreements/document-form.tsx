"use client";
// Attach a signed copy (PDF, Word, PNG or JPEG up to 10 MB) or link a document held elsewhere.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FileField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { addAgreementDocument, removeAgreementDocument } from "@/lib/actions/agreement-documents";

export function DocumentForm({ agreementId }: { agreementId: string }) {
  const { t } = useI18n();
  const form = useKeptForm(addAgreementDocument);
  const { state, isPending, isBusy, error } = form;
  return (
    <form key={form.key} action={form.formAction} className="space-y-3" noValidate>
      <FormStatus state={state} successText={t("agreements.documents.added")} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <TextField label={t("agreements.documents.titleField")} name="title" required defaultValue={form.value("title", "")} error={error("title")} />
      <FileField
        isRefused={form.isRefused}
        label={t("agreements.documents.file")}
        name="file"
        accept=".pdf,.docx,.png,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg"
        hint={t("agreements.documents.fileHint")}
        error={error("file")}
      />
      <TextField label={t("agreements.documents.url")} name="url" type="url" hint={t("agreements.documents.urlHint")} defaultValue={form.value("url", "")} error={error("url")} />
      <Button type="submit" disabled={isBusy}>
        {isPending ? t("common.saving") : t("agreements.documents.add")}
      </Button>
    </form>
  );
}

export function RemoveDocumentButton({ documentId, title }: { documentId: string; title: string }) {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={removeAgreementDocument}
      fields={{ id: documentId }}
      triggerLabel={t("agreements.documents.remove", { title })}
      title={t("agreements.documents.removeTitle")}
      body={t("agreements.documents.removeBody", { title })}
      confirmLabel={t("agreements.documents.removeConfirm")}
    />
  );
}
