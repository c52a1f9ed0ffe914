"use client";
// The milestone's plan actions: move within its area, cancel with a reason, delete while it has
// no history. Cancel and delete each ask for confirmation first.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { TextAreaField } from "@/components/ui/field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { FormStatus } from "@/components/ui/form-status";
import { cancelMilestone, deleteMilestone, moveMilestone } from "@/lib/actions/milestones";

type Props = { id: string; version: number; title: string; canDelete: boolean };

function MoveButtons({ id, version }: { id: string; version: number }) {
  const { t } = useI18n();
  const form = useKeptForm(moveMilestone);
  const { state, formAction, isBusy } = form;
  return (
    <form key={form.key} action={formAction} className="space-y-2">
      <FormStatus state={state} successText={t("milestones.moved")} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" name="direction" value="up" disabled={isBusy}>
          {t("milestones.moveUp")}
        </Button>
        <Button type="submit" variant="secondary" name="direction" value="down" disabled={isBusy}>
          {t("milestones.moveDown")}
        </Button>
      </div>
    </form>
  );
}

function CancelAction({ id, version, title }: Props) {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={cancelMilestone}
      fields={{ id, version, confirm: "yes" }}
      triggerLabel={t("milestones.cancel")}
      title={t("milestones.cancel")}
      body={t("milestones.cancelConfirm", { title })}
      confirmLabel={t("milestones.cancelYes")}
      dismissLabel={t("milestones.keep")}
    >
      {(form) => (
        <TextAreaField
          label={t("milestones.fields.cancelReason")}
          name="reason"
          required
          rows={2}
          defaultValue={form.value("reason")}
          error={form.error("reason")}
        />
      )}
    </ConfirmAction>
  );
}

function DeleteAction({ id, version, title }: Props) {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={deleteMilestone}
      fields={{ id, version, confirm: "yes" }}
      triggerLabel={t("milestones.delete")}
      title={t("milestones.delete")}
      body={t("milestones.deleteConfirm", { title })}
      confirmLabel={t("milestones.deleteYes")}
      dismissLabel={t("milestones.keep")}
    />
  );
}

export function PlanActions(props: Props) {
  return (
    <div className="space-y-4">
      <MoveButtons id={props.id} version={props.version} />
      <div className="flex flex-wrap items-start gap-3">
        <CancelAction {...props} />
        {props.canDelete ? <DeleteAction {...props} /> : null}
      </div>
    </div>
  );
}
