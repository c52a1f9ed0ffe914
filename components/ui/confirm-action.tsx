"use client";
// A destructive or irreversible action behind a confirmation step: the trigger opens a native
// <dialog> (focus moves into it, Escape closes it) that says what will happen; only its
// confirm button submits.
import { useActionState, useEffect, useId, useRef, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/actions/result";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

export function ConfirmAction({
  action,
  fields,
  triggerLabel,
  title,
  body,
  confirmLabel,
  variant = "danger",
  children,
}: {
  action: Action;
  fields: Record<string, string | number>;
  triggerLabel: string;
  title: string;
  body: string;
  confirmLabel: string;
  variant?: "danger" | "primary" | "secondary";
  /** Extra inputs shown in the dialog (e.g. a reason). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [state, formAction, isPending] = useActionState(action, { status: "idle" });

  useEffect(() => {
    if (state.status !== "idle") dialogRef.current?.close();
  }, [state]);

  return (
    <div className="space-y-2">
      <Button variant={variant === "danger" ? "secondary" : variant} onClick={() => dialogRef.current?.showModal()}>
        {triggerLabel}
      </Button>
      <FormStatus state={state} />
      <dialog ref={dialogRef} aria-labelledby={titleId} className="m-auto w-full max-w-md rounded-lg border border-gray-200 p-6 shadow-xl backdrop:bg-gray-900/40">
        <h2 id={titleId} className="text-lg font-semibold text-gray-900">
          {title}
        </h2>
        <p className="mt-2 text-sm text-gray-700">{body}</p>
        <form action={formAction} className="mt-4 space-y-4">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {children}
          <div className="flex justify-end gap-3">
            <Button variant="secondary" onClick={() => dialogRef.current?.close()}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" variant={variant} disabled={isPending}>
              {isPending ? t("common.saving") : confirmLabel}
            </Button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
