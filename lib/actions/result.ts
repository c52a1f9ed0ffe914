// What every server action answers. Error texts are message keys (see messages/*.json
// `errors.*`), translated by the form, so one action serves all three languages.

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = undefined> =
  | { status: "idle" }
  | { status: "success"; data: T; message?: string }
  | { status: "error"; formError?: string; fieldErrors?: FieldErrors; values?: Record<string, string> }
  | { status: "conflict"; formError: string; values?: Record<string, string> };

export const idle: ActionResult<never> = { status: "idle" };
