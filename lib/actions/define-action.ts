// The one wrapper every server action goes through:
//   establish the user → strict zod parse → (the action authorizes against the row and writes in
//   a transaction with its audit event) → map known errors to answers the form can show.
// Each action then reads as its domain logic. Redirects happen after the wrapper returns
// (outside any try/catch), as Next requires.
import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser, ForbiddenError } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, NotFoundError, RuleError } from "./errors";
import { wasChangedOnlyBy } from "./stale-change";
import { withSavedNotice, type SavedNotice } from "@/lib/saved-notices";
import type { ActionResult, FieldErrors, FormValues } from "./result";

export interface ActionContext<Input> {
  user: SessionUser;
  input: Input;
}

/** `saved` names the success notice the page shows (after the redirect, or in place). */
export type ActionOutcome<T> = { data: T; message?: string; saved?: SavedNotice; redirectTo?: string };

type RawInput = FormData | Record<string, unknown>;

/** `rows[2].title`: a field of one repeated row, named as the form names it. */
const rowFieldName = /^([A-Za-z][A-Za-z0-9]*)\[(\d{1,3})\]\.([A-Za-z][A-Za-z0-9]*)$/;

/**
 * FormData → plain object. Repeated names become arrays; `rows[0].field` names become an array of
 * row objects (`rows: [{ field }]`, in index order, gaps closed); Next's internal `$ACTION_…`
 * fields are dropped. Anything else keeps its name, so a strict schema refuses it.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const rows = new Map<string, Map<number, Record<string, unknown>>>();
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const row = rowFieldName.exec(key);
    if (row) {
      const [, list = "", index = "", field = ""] = row;
      const byIndex = rows.get(list) ?? new Map<number, Record<string, unknown>>();
      rows.set(list, byIndex);
      const entry = byIndex.get(Number(index)) ?? {};
      byIndex.set(Number(index), entry);
      addValue(entry, field, value);
      continue;
    }
    addValue(result, key, value);
  }
  for (const [list, byIndex] of rows) {
    if (list in result) continue; // a plain field of the same name: leave the conflict to the schema
    result[list] = [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, entry]) => entry);
  }
  return result;
}

function addValue(target: Record<string, unknown>, key: string, value: unknown) {
  const existing = target[key];
  if (existing === undefined) target[key] = value;
  else target[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
}

/**
 * What the form sent, by the names it used (`title`, `partyIds`, `rows[0].field`), so a refused
 * submission shows every control as the user left it. Files cannot be sent back (the form says
 * so next to them); passwords are never echoed.
 */
function echoValues(rawInput: RawInput): FormValues {
  const values: FormValues = {};
  const entries: [string, unknown][] =
    rawInput instanceof FormData
      ? [...rawInput.entries()]
      : Object.entries(rawInput ?? {}).flatMap(([key, value]) => (Array.isArray(value) ? value.map((item): [string, unknown] => [key, item]) : [[key, value]]));
  for (const [key, value] of entries) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || /password/i.test(key)) continue;
    const existing = values[key];
    values[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return values;
}

/** A zod issue path as the form names the field: `["rows", 0, "title"]` → `rows[0].title`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, segment) => (typeof segment === "number" ? `${name}[${segment}]` : name ? `${name}.${String(segment)}` : String(segment)), "");
}

function toFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.code === "unrecognized_keys" ? "_form" : fieldName(issue.path) || "_form";
    const message = issue.code === "unrecognized_keys" ? "errors.unknownFields" : issue.message;
    (fieldErrors[key] ??= []).push(message);
  }
  return fieldErrors;
}

interface UniqueViolationMeta {
  modelName?: string;
  target?: unknown;
  driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
}

/** The fields of a unique-constraint violation, as PGlite (fields) or PostgreSQL (index name) report it. */
function uniqueViolationFields(error: Prisma.PrismaClientKnownRequestError): string[] {
  const meta = error.meta as UniqueViolationMeta | undefined;
  if (Array.isArray(meta?.target)) return meta.target.map(String);
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  if (constraint?.fields) return constraint.fields.map((field) => field.replace(/"/g, ""));
  // Prisma names unique indexes `<Model>_<field>_<field>_key`; field names have no underscores.
  const index = constraint?.index;
  if (index && meta?.modelName && index.startsWith(`${meta.modelName}_`) && index.endsWith("_key")) {
    return index.slice(meta.modelName.length + 1, -"_key".length).split("_");
  }
  return [];
}

type Action<T> = (previous: unknown, rawInput: RawInput) => Promise<ActionResult<T>>;

const maxAttempts = 3;

/**
 * PostgreSQL ends one of two deadlocked (or serialization-conflicting) transactions, which Prisma
 * reports as P2034. Its transaction was rolled back whole — each action writes in one — so the
 * action simply runs again, and the user never sees a conflict nobody made.
 */
async function retryingWriteConflicts<T>(attempt: () => Promise<T>): Promise<T> {
  for (let attemptNumber = 1; ; attemptNumber += 1) {
    try {
      return await attempt();
    } catch (error) {
      const isWriteConflict = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034";
      if (!isWriteConflict || attemptNumber >= maxAttempts) throw error;
    }
  }
}

/** An action for signed-in users: anonymous callers are refused before anything else. */
export function defineAction<Schema extends z.ZodType, T = undefined>(
  schema: Schema,
  handler: (context: ActionContext<z.infer<Schema>>) => Promise<ActionOutcome<T>>,
): Action<T> {
  return run(schema, true, (context) => {
    if (!context.user) throw new Error("unreachable: signed-in user required");
    return handler({ user: context.user, input: context.input });
  });
}

/** An action anyone may call (e.g. choosing the language on the sign-in page). */
export function definePublicAction<Schema extends z.ZodType, T = undefined>(
  schema: Schema,
  handler: (context: { user: SessionUser | null; input: z.infer<Schema> }) => Promise<ActionOutcome<T>>,
): Action<T> {
  return run(schema, false, handler);
}

function run<Schema extends z.ZodType, T>(
  schema: Schema,
  requiresUser: boolean,
  handler: (context: { user: SessionUser | null; input: z.infer<Schema> }) => Promise<ActionOutcome<T>>,
): Action<T> {
  return async (_previous, rawInput) => {
    const raw = rawInput instanceof FormData ? formDataToObject(rawInput) : (rawInput ?? {});
    const values = echoValues(rawInput);

    let user: SessionUser | null;
    try {
      user = await getCurrentUser();
    } catch (error) {
      // The database is unreachable (a restart, a network fault): say so plainly; nothing was written.
      console.error("Action could not establish the user", error);
      return { status: "error", formError: "errors.unexpected", values };
    }
    if (requiresUser && !user) return { status: "error", formError: "errors.unauthenticated" };

    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { status: "error", fieldErrors: toFieldErrors(parsed.error), formError: "errors.invalidInput", values };

    let outcome: ActionOutcome<T>;
    try {
      outcome = await retryingWriteConflicts(() => handler({ user, input: parsed.data }));
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof ForbiddenError) {
        return { status: "error", formError: "errors.notFound", values };
      }
      if (error instanceof ConflictError) {
        const isOwnChange = user && error.record ? await wasChangedOnlyBy(user.id, error.record).catch(() => false) : false;
        return { status: "conflict", formError: isOwnChange ? "forms.conflictOwnChange" : "errors.conflict", values };
      }
      if (error instanceof RuleError) {
        return error.field
          ? { status: "error", fieldErrors: { [error.field]: [error.messageKey] }, formError: "errors.invalidInput", values }
          : { status: "error", formError: error.messageKey, values };
      }
      if (error instanceof Prisma.PrismaClientKnownRequestError) {
        if (error.code === "P2002") {
          const fields = uniqueViolationFields(error);
          const fieldErrors: FieldErrors = Object.fromEntries(fields.map((field) => [field, ["errors.alreadyExists"]]));
          return { status: "error", fieldErrors, formError: "errors.alreadyExists", values };
        }
        if (error.code === "P2003" || error.code === "P2025") return { status: "error", formError: "errors.notFound", values };
      }
      console.error("Action failed", error);
      return { status: "error", formError: "errors.unexpected", values };
    }

    if (outcome.redirectTo) redirect(outcome.saved ? withSavedNotice(outcome.redirectTo, outcome.saved) : outcome.redirectTo);
    return { status: "success", data: outcome.data, message: outcome.message, saved: outcome.saved };
  };
}
