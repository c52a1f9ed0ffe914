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
import { echoValues, fieldName, formDataToObject, type RawInput } from "./form-data";
import { currentApiPrincipal } from "@/lib/api/principal";
import type { ActionResult, FieldErrors } from "./result";

export { formDataToObject };

export interface ActionContext<Input> {
  user: SessionUser;
  input: Input;
}

/** `saved` names the success notice the page shows (after the redirect, or in place). */
export type ActionOutcome<T> = { data: T; message?: string; saved?: SavedNotice; redirectTo?: string };


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
    // An API caller (lib/api/principal.ts) runs the same action as the form; a read-only token changes nothing.
    const apiPrincipal = currentApiPrincipal();
    if (apiPrincipal && apiPrincipal.scope !== "READ_WRITE") return { status: "error", formError: "apiTokens.errors.readOnly" };

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

    // The API answers with the result itself; only a browser is sent on to the next page.
    if (outcome.redirectTo && !apiPrincipal) redirect(outcome.saved ? withSavedNotice(outcome.redirectTo, outcome.saved) : outcome.redirectTo);
    return { status: "success", data: outcome.data, message: outcome.message, saved: outcome.saved };
  };
}
