"use client";
// The milestone's plan actions: move within its area, cancel with a reason, delete while it has
// no history. Cancel and delete each ask for confirmation first.
import { useActionState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { TextAreaField } from "@/components/ui/field";
import { FormStatus, fieldError, useErrorText } from "@/components/ui/form-status";
import { cancelMilestone, deleteMilestone, moveMilestone } from "@/lib/actions/milestones";

type Props = { id: string; version: number; title: string; canDelete: boolean };

function MoveButtons({ id, version }: { id: string; version: number }) {
  const { t } = useI18n();
  const [state, formAction, isPending] = useActionState(moveMilestone, { status: "idle" });
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} successText={t("milestones.moved")} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" name="direction" value="up" disabled={isPending}>
          {t("milestones.moveUp")}
        </Button>
        <Button type="submit" variant="secondary" name="direction" value="down" disabled={isPending}>
          {t("milestones.moveDown")}
        </Button>
      </div>
    </form>
  );
}

function CancelAction({ id, version, title }: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
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
      {(state) => (
        <TextAreaField
          label={t("milestones.fields.cancelReason")}
          name="reason"
          required
          rows={2}
          defaultValue={state.status === "error" ? (state.values?.reason ?? "") : ""}
          error={errorText(fieldError(state, "reason"))}
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
