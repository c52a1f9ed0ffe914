"use client";
// The one way a form keeps what the user entered when the server refuses it. The action wrapper
// sends back every value by the name the form used (lib/actions/define-action.ts); this hook
// hands each control its default from that answer, or from the saved record, and gives the form
// a new key with each answer. Remounting matters: React resets a submitted form, and a select's
// default (unlike an input's) is read only when it mounts, so without it choices fell back to
// their first value. The action is passed to useActionState as is, so the form also posts
// without JavaScript and the server renders it again with the same values.
import { useActionState, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { fieldError, useErrorText } from "@/components/ui/form-status";
import { useSharedPending } from "@/components/ui/pending-actions";
import { useAnnounceSaved } from "@/components/ui/saved-notice";
import type { ActionResult, FormValues } from "@/lib/actions/result";

type ServerAction<T> = (previous: unknown, formData: FormData) => Promise<ActionResult<T>>;

const ownChangeConflict = "forms.conflictOwnChange";

export type RowValues = Record<string, string>;

const rowFieldName = /^([A-Za-z][A-Za-z0-9]*)\[(\d{1,3})\]\.([A-Za-z][A-Za-z0-9]*)$/;

/** The rows a refused form sent under `list` (`list[0].field`), in index order. */
export function keptRows(values: FormValues, list: string): RowValues[] {
  const byIndex = new Map<number, RowValues>();
  for (const [key, value] of Object.entries(values)) {
    const match = rowFieldName.exec(key);
    const [, name, index, field] = match ?? [];
    if (name !== list || index === undefined || field === undefined) continue;
    const row = byIndex.get(Number(index)) ?? {};
    row[field] = Array.isArray(value) ? (value[0] ?? "") : value;
    byIndex.set(Number(index), row);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

export function useKeptForm<T>(action: ServerAction<T>) {
  const [state, formAction, isPending] = useActionState(action, { status: "idle" } as ActionResult<T>);
  // A new key for each answer (set while rendering, as React advises for state derived from a change).
  const [answered, setAnswered] = useState(state);
  const [key, setKey] = useState(0);
  if (answered !== state) {
    setAnswered(state);
    setKey((count) => count + 1);
  }
  const isBusy = useSharedPending(isPending);
  const announceSaved = useAnnounceSaved();
  const router = useRouter();
  useEffect(() => {
    if (state.status === "success" && state.saved) announceSaved(state.saved);
    // The user's own earlier change made this one stale: show the record as it now is.
    if (state.status === "conflict" && state.formError === ownChangeConflict) router.refresh();
  }, [state, announceSaved, router]);
  const errorText = useErrorText();
  const kept: FormValues | undefined = state.status === "error" || state.status === "conflict" ? (state.values ?? {}) : undefined;

  return {
    state,
    formAction,
    /** This form's own submission is on its way (say "Saving…"). */
    isPending,
    /** This or any other action on the page is on its way: disable the submit controls. */
    isBusy,
    /** Put on the <form>: the form remounts with each answer so every control shows what was sent. */
    key,
    /** The last submission was refused and the form shows what was sent. */
    isRefused: kept !== undefined,
    /** A text, date, number, select or radio value: as sent when refused, else the saved one. */
    value(name: string, saved: string | number | null | undefined = ""): string {
      if (kept) {
        const sent = kept[name];
        return Array.isArray(sent) ? (sent[0] ?? "") : (sent ?? "");
      }
      return saved === null || saved === undefined ? "" : String(saved);
    },
    /** The values of a checkbox group or multiple select. */
    list(name: string, saved: readonly string[] = []): string[] {
      if (!kept) return [...saved];
      const sent = kept[name];
      return sent === undefined ? [] : Array.isArray(sent) ? sent : [sent];
    },
    /** One checkbox: ticked as sent when refused (an unticked box sends nothing), else as saved. */
    isChecked(name: string, value: string, saved: boolean): boolean {
      if (!kept) return saved;
      const sent = kept[name];
      return Array.isArray(sent) ? sent.includes(value) : sent === value;
    },
    /** Repeated rows (`list[0].field`): as sent when refused, else the saved rows. */
    rows(list: string, saved: readonly RowValues[]): RowValues[] {
      return kept ? keptRows(kept, list) : [...saved];
    },
    /** The translated error for a field, by the name the form gave it. */
    error(name: string): string | undefined {
      return errorText(fieldError(state, name));
    },
  };
}

export type KeptForm = ReturnType<typeof useKeptForm>;
