"use client";
// The other side's answer to a progress update on a joint milestone: confirm it, or dispute it
// with a comment (a native <details>, so it opens by keyboard and without scripts). Both carry
// the confirmation's version: a stale page is a conflict, never a silent overwrite.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { confirmProgressUpdate, disputeProgressUpdate } from "@/lib/actions/joint-progress";

type Props = {
  /** The update's confirmation. */
  confirmationId: string;
  version: number;
  /** The update's reported day as the reader reads it, to tell one update's buttons from another's. */
  dateText: string;
  from: "milestone" | "queue";
  /** An update already disputed by the reader's side can be confirmed after all, not disputed again. */
  canDispute: boolean;
};

function ConfirmForm({ confirmationId, version, dateText, from }: Props) {
  const { t } = useI18n();
  const form = useKeptForm(confirmProgressUpdate);
  return (
    <form key={form.key} action={form.formAction} className="space-y-2">
      <FormStatus state={form.state} />
      <input type="hidden" name="id" value={confirmationId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="from" value={from} />
      <Button type="submit" disabled={form.isBusy}>
        {t("jointProgress.confirm")}
        <span className="sr-only"> ({dateText})</span>
      </Button>
    </form>
  );
}

function DisputeForm({ confirmationId, version, dateText, from }: Props) {
  const { t } = useI18n();
  const form = useKeptForm(disputeProgressUpdate);
  return (
    <details className="rounded-md border border-gray-200 p-2" open={form.isRefused}>
      <summary className="cursor-pointer text-sm font-medium">
        {t("jointProgress.dispute")}
        <span className="sr-only"> ({dateText})</span>
      </summary>
      <form key={form.key} action={form.formAction} className="mt-2 space-y-2">
        <FormStatus state={form.state} />
        <input type="hidden" name="id" value={confirmationId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="from" value={from} />
        <TextAreaField
          label={t("jointProgress.disputeComment")}
          hint={t("jointProgress.disputeHint")}
          name="comment"
          required
          rows={3}
          maxLength={2000}
          defaultValue={form.value("comment")}
          error={form.error("comment")}
        />
        <Button type="submit" variant="secondary" disabled={form.isBusy}>
          {t("jointProgress.disputeSubmit")}
          <span className="sr-only"> ({dateText})</span>
        </Button>
      </form>
    </details>
  );
}

export function AnswerForms(props: Props) {
  return (
    <div className="flex flex-wrap items-start gap-3">
      <ConfirmForm {...props} />
      {props.canDispute ? <DisputeForm {...props} /> : null}
    </div>
  );
}
