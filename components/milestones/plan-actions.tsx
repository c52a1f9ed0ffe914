"use client";
// The milestone's plan actions: move within its area, cancel with a reason, delete while it has
// no history. Cancel and delete each take two explicit steps.
import { useActionState, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
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

function CancelForm({ id, version, title }: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [state, formAction, isPending] = useActionState(cancelMilestone, { status: "idle" });
  const [isConfirming, setConfirming] = useState(false);
  const values = state.status === "error" || state.status === "conflict" ? state.values : undefined;
  if (!isConfirming && state.status === "idle") {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t("milestones.cancel")}
      </Button>
    );
  }
  return (
    <form action={formAction} className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4">
      <FormStatus state={state} />
      <p className="text-sm font-medium text-red-900">{t("milestones.cancelConfirm", { title })}</p>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="confirm" value="yes" />
      <TextAreaField label={t("milestones.fields.cancelReason")} name="reason" required rows={2} defaultValue={values?.reason ?? ""} error={errorText(fieldError(state, "reason"))} autoFocus />
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={isPending}>
          {t("milestones.cancelYes")}
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(false)}>
          {t("milestones.keep")}
        </Button>
      </div>
    </form>
  );
}

function DeleteForm({ id, version, title }: Props) {
  const { t } = useI18n();
  const [state, formAction, isPending] = useActionState(deleteMilestone, { status: "idle" });
  const [isConfirming, setConfirming] = useState(false);
  if (!isConfirming && state.status === "idle") {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t("milestones.delete")}
      </Button>
    );
  }
  return (
    <form action={formAction} className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4">
      <FormStatus state={state} />
      <p className="text-sm font-medium text-red-900">{t("milestones.deleteConfirm", { title })}</p>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="confirm" value="yes" />
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={isPending}>
          {t("milestones.deleteYes")}
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(false)}>
          {t("milestones.keep")}
        </Button>
      </div>
    </form>
  );
}

export function PlanActions(props: Props) {
  return (
    <div className="space-y-4">
      <MoveButtons id={props.id} version={props.version} />
      <div className="flex flex-wrap items-start gap-3">
        <CancelForm {...props} />
        {props.canDelete ? <DeleteForm {...props} /> : null}
      </div>
    </div>
  );
}
