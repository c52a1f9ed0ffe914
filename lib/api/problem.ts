// Errors of /api/v1 as RFC 9457 problem details (`application/problem+json`): a type naming the
// kind of problem (documented on the reference page), a title, the status, and for refused input
// one entry per field with a JSON pointer into the request body.
import { catalogs } from "@/lib/i18n/messages";
import { createTranslator, type MessageKey } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import type { FieldErrors } from "@/lib/actions/result";

export const problemKinds = {
  unauthenticated: { status: 401, title: "A valid API token is required" },
  insufficientScope: { status: 403, title: "The token may only read" },
  notFound: { status: 404, title: "Not found" },
  conflict: { status: 409, title: "The record changed meanwhile" },
  preconditionFailed: { status: 412, title: "The record's version is not the one in If-Match" },
  unsupportedMediaType: { status: 415, title: "Send application/json" },
  invalidInput: { status: 422, title: "The request was refused" },
  preconditionRequired: { status: 428, title: "If-Match with the record's version is required" },
  tooManyRequests: { status: 429, title: "Too many requests for this token" },
  unexpected: { status: 500, title: "Something went wrong" },
} as const;

export type ProblemKind = keyof typeof problemKinds;

export interface FieldProblem {
  /** JSON pointer into the request body (RFC 6901), e.g. `#/percentComplete`. */
  pointer: string;
  /** The message key, stable for programs. */
  code: string;
  /** The message in the token owner's language. */
  detail: string;
}

export const problemTypeBase = "/api-docs#problem-";

export function describeMessage(key: string, locale: Locale): string {
  try {
    return createTranslator(catalogs[locale], locale)(key as MessageKey);
  } catch {
    return key;
  }
}

export function fieldProblems(fieldErrors: FieldErrors, locale: Locale): FieldProblem[] {
  return Object.entries(fieldErrors).flatMap(([field, codes]) =>
    codes.map((code) => ({ pointer: field === "_form" ? "#" : `#/${field.replace(/\[(\d+)\]/g, "/$1").replace(/\./g, "/")}`, code, detail: describeMessage(code, locale) })),
  );
}

export function problem(kind: ProblemKind, options: { detail?: string; errors?: FieldProblem[]; headers?: Record<string, string> } = {}): Response {
  const { status, title } = problemKinds[kind];
  const body = { type: `${problemTypeBase}${kind}`, title, status, ...(options.detail ? { detail: options.detail } : {}), ...(options.errors ? { errors: options.errors } : {}) };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...options.headers },
  });
}
