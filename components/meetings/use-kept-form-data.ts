"use client";
// Keeps what was submitted so repeated rows (agenda items, decisions, attendance) survive a
// refused submission: the shared action wrapper echoes single text fields only.
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";

type ServerAction<T> = (previous: unknown, formData: FormData) => Promise<ActionResult<T>>;

export function useActionStateKeepingRows<T>(action: ServerAction<T>) {
  const [submitted, setSubmitted] = useState<FormData | null>(null);
  const [state, formAction, isPending] = useActionState(async (previous: ActionResult<T>, formData: FormData) => {
    setSubmitted(formData);
    return action(previous, formData);
  }, { status: "idle" } as ActionResult<T>);
  const kept = state.status === "error" || state.status === "conflict" ? submitted : null;
  /** The value typed in row `index` of the repeated field `name`, when the last submission was refused. */
  const rowValue = (name: string, index: number, fallback = ""): string => {
    if (!kept) return fallback;
    const value = kept.getAll(name)[index];
    return typeof value === "string" ? value : fallback;
  };
  const wasChecked = (name: string, value: string, fallback: boolean): boolean => (kept ? kept.getAll(name).includes(value) : fallback);
  return { state, formAction, isPending, rowValue, wasChecked };
}
