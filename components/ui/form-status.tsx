"use client";
// Shows an action's answer: the form-level error (or conflict, with a reload) in the reader's
// language, announced to screen readers.
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ActionResult } from "@/lib/actions/result";
import { parseErrorMessage } from "@/lib/i18n/error-message";
import type { MessageKey } from "@/lib/i18n/translate";

export function useErrorText() {
  const { t } = useI18n();
  return (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    const { key, values } = parseErrorMessage(message);
    return t(key as MessageKey, values);
  };
}

export function fieldError<T>(state: ActionResult<T>, field: string): string | undefined {
  return state.status === "error" ? state.fieldErrors?.[field]?.[0] : undefined;
}

export function FormStatus<T>({ state, successText }: { state: ActionResult<T>; successText?: string }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  if (state.status === "error" && state.formError) {
    return (
      <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
        {errorText(state.formError)}
      </div>
    );
  }
  if (state.status === "conflict") {
    return (
      <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
        <p>{errorText(state.formError)}</p>
        <button type="button" className="mt-2 font-medium underline" onClick={() => window.location.reload()}>
          {t("common.reload")}
        </button>
      </div>
    );
  }
  if (state.status === "success" && successText) {
    return (
      <div role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-800">
        {successText}
      </div>
    );
  }
  return null;
}
