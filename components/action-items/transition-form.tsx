"use client";
// One move of an action item's status. Moves that need a reason (return, block, cancel) open a
// comment box first; the reason is kept in the item's thread.
import { useActionState, useId } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormStatus, fieldError, useErrorText } from "@/components/ui/form-status";
import { transitionActionItem } from "@/lib/actions/action-items";
import type { ActionItemStatus } from "@/lib/action-items/status-machine";

const needsReason: readonly ActionItemStatus[] = ["RETURNED", "BLOCKED", "CANCELLED"];

export function TransitionForm({ id, version, to, itemTitle }: { id: string; version: number; to: ActionItemStatus; itemTitle: string }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [state, formAction, isPending] = useActionState(transitionActionItem, { status: "idle" });
  const summaryId = useId();
  const label = t(`actionItems.transitions.${to}`);
  const fields = (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={to} />
    </>
  );
  if (!needsReason.includes(to)) {
    return (
      <form action={formAction} className="space-y-2">
        {fields}
        <FormStatus state={state} />
        <Button type="submit" variant={to === "ACCEPTED" || to === "SUBMITTED" ? "primary" : "secondary"} disabled={isPending} aria-label={t("compose.labelled", { label, value: itemTitle })}>
          {label}
        </Button>
      </form>
    );
  }
  return (
    <details className="rounded-md border border-gray-200 p-2">
      <summary id={summaryId} className="cursor-pointer text-sm font-medium" aria-label={t("compose.labelled", { label, value: itemTitle })}>
        {label}
      </summary>
      <form action={formAction} className="mt-2 space-y-2" aria-labelledby={summaryId}>
        {fields}
        <FormStatus state={state} />
        <TextAreaField label={t(`actionItems.reasonFor.${to === "RETURNED" ? "RETURNED" : to === "BLOCKED" ? "BLOCKED" : "CANCELLED"}`)} name="comment" rows={3} required error={errorText(fieldError(state, "comment"))} />
        <Button type="submit" variant={to === "CANCELLED" ? "danger" : "primary"} disabled={isPending}>
          {t("actionItems.confirmTransition", { action: label })}
        </Button>
      </form>
    </details>
  );
}
