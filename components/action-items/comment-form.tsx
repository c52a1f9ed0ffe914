"use client";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { FormStatus } from "@/components/ui/form-status";
import { commentOnActionItem } from "@/lib/actions/action-items";

export function CommentForm({ id, compact = false, itemTitle }: { id: string; compact?: boolean; itemTitle: string }) {
  const { t } = useI18n();
  const kept = useKeptForm(commentOnActionItem);
  const { state, formAction, isPending, isBusy } = kept;
  const form = (
    <form key={kept.key} action={formAction} className="space-y-2" noValidate>
      <input type="hidden" name="id" value={id} />
      <FormStatus state={state} successText={t("actionItems.commentAdded")} />
      <TextAreaField label={t("actionItems.commentLabel")} name="body" rows={3} required defaultValue={kept.value("body")} error={kept.error("body")} />
      <Button type="submit" variant="secondary" disabled={isBusy}>
        {isPending ? t("common.saving") : t("actionItems.addComment")}
      </Button>
    </form>
  );
  if (!compact) return form;
  return (
    <details className="rounded-md border border-gray-200 p-2">
      <summary className="cursor-pointer text-sm font-medium" aria-label={t("compose.labelled", { label: t("actionItems.comment"), value: itemTitle })}>
        {t("actionItems.comment")}
      </summary>
      <div className="mt-2">{form}</div>
    </details>
  );
}
