import type { SavedNotice } from "@/lib/saved-notices";

// What every server action answers. Error texts are message keys (see messages/*.json
// `errors.*`), translated by the form, so one action serves all three languages.

export type FieldErrors = Record<string, string[]>;

/** What a refused form sent, by field name (`title`, `partyIds`, `rows[0].field`); repeated names are lists. */
export type FormValues = Record<string, string | string[]>;

export type ActionResult<T = undefined> =
  | { status: "idle" }
  | { status: "success"; data: T; message?: string; saved?: SavedNotice }
  | { status: "error"; formError?: string; fieldErrors?: FieldErrors; values?: FormValues }
  | { status: "conflict"; formError: string; values?: FormValues };

export const idle: ActionResult<never> = { status: "idle" };
