"use client";
// A destructive or irreversible action behind a confirmation step: the trigger opens a native
// <dialog> (focus moves into it, Escape closes it) that says what will happen; only its
// confirm button submits. The dialog closes with the answer, except when a field in it (a
// reason, say) needs correcting: then it stays open with the error next to that field.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm, type KeptForm } from "@/components/ui/use-kept-form";
import type { ActionResult } from "@/lib/actions/result";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

export function ConfirmAction({
  action,
  fields,
  triggerLabel,
  title,
  body,
  confirmLabel,
  dismissLabel,
  variant = "danger",
  children,
  afterSuccess,
}: {
  action: Action;
  fields: Record<string, string | number>;
  triggerLabel: string;
  title: string;
  body: string;
  confirmLabel: string;
  /** The button that closes the dialog without acting; "Cancel" unless that would be ambiguous. */
  dismissLabel?: string;
  variant?: "danger" | "primary" | "secondary";
  /** Extra inputs shown in the dialog (e.g. a reason); a function receives the form, to show field errors and keep what was typed. */
  children?: ReactNode | ((form: KeptForm) => ReactNode);
  /** What to show beside the trigger once the action has succeeded, from the data it answered (a new secret, say). */
  afterSuccess?: (data: unknown) => ReactNode;
}) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const form = useKeptForm(action);
  const { state, formAction, isPending, isBusy } = form;

  const needsCorrection = state.status === "error" && Object.keys(state.fieldErrors ?? {}).length > 0;

  useEffect(() => {
    if (state.status === "idle") return;
    if (!needsCorrection) dialogRef.current?.close();
    // Back to the field that needs correcting.
    else dialogRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, needsCorrection]);

  return (
    <div className="space-y-2">
      <Button variant={variant === "danger" ? "secondary" : variant} disabled={isBusy} onClick={() => dialogRef.current?.showModal()}>
        {triggerLabel}
      </Button>
      {needsCorrection ? null : <FormStatus state={state} />}
      {state.status === "success" && afterSuccess ? afterSuccess(state.data) : null}
      <dialog ref={dialogRef} aria-labelledby={titleId} className="m-auto w-full max-w-md rounded-lg border border-gray-200 p-6 shadow-xl backdrop:bg-gray-900/40">
        <h2 id={titleId} className="text-lg font-semibold text-gray-900">
          {title}
        </h2>
        <p className="mt-2 text-sm text-gray-700">{body}</p>
        <form key={form.key} action={formAction} className="mt-4 space-y-4" noValidate>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {needsCorrection ? <FormStatus state={state} /> : null}
          {typeof children === "function" ? children(form) : children}
          <div className="flex justify-end gap-3">
            <Button variant="secondary" onClick={() => dialogRef.current?.close()}>
              {dismissLabel ?? t("common.cancel")}
            </Button>
            <Button type="submit" variant={variant} disabled={isBusy}>
              {isPending ? t("common.saving") : confirmLabel}
            </Button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
