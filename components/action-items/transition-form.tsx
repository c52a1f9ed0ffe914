"use client";
// One move of an action item's status. Moves that need a reason (return, block, cancel) open a
// comment box first; the reason is kept in the item's thread.
import { useId } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { FormStatus } from "@/components/ui/form-status";
import { transitionActionItem } from "@/lib/actions/action-items";
import type { ActionItemStatus } from "@/lib/action-items/status-machine";

const needsReason: readonly ActionItemStatus[] = ["RETURNED", "BLOCKED", "CANCELLED"];

export function TransitionForm({ id, version, to, itemTitle }: { id: string; version: number; to: ActionItemStatus; itemTitle: string }) {
  const { t } = useI18n();
  const form = useKeptForm(transitionActionItem);
  const { state, formAction, isBusy } = form;
  const summaryId = useId();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const returnTo = search ? `${pathname}?${search}` : pathname;
  const label = t(`actionItems.transitions.${to}`);
  const fields = (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={to} />
      <input type="hidden" name="returnTo" value={returnTo} />
    </>
  );
  if (!needsReason.includes(to)) {
    return (
      <form key={form.key} action={formAction} className="space-y-2">
        {fields}
        <FormStatus state={state} />
        <Button type="submit" variant={to === "ACCEPTED" || to === "SUBMITTED" ? "primary" : "secondary"} disabled={isBusy} aria-label={t("compose.labelled", { label, value: itemTitle })}>
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
      <form key={form.key} action={formAction} className="mt-2 space-y-2" aria-labelledby={summaryId}>
        {fields}
        <FormStatus state={state} />
        <TextAreaField label={t(`actionItems.reasonFor.${to === "RETURNED" ? "RETURNED" : to === "BLOCKED" ? "BLOCKED" : "CANCELLED"}`)} name="comment" rows={3} required defaultValue={form.value("comment")} error={form.error("comment")} />
        <Button type="submit" variant={to === "CANCELLED" ? "danger" : "primary"} disabled={isBusy}>
          {t("actionItems.confirmTransition", { action: label })}
        </Button>
      </form>
    </details>
  );
}
