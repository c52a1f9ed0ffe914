// The HTTP side of /api/v1: query strings and JSON bodies through strict zod schemas (refusals
// as problem+json with field errors), ETags on reads, If-Match versions on writes, and an
// action's answer (lib/actions/result.ts) as a status code.
import { createHash } from "node:crypto";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { fieldName } from "@/lib/actions/form-data";
import type { Locale } from "@/lib/i18n/config";
import { describeMessage, fieldProblems, problem } from "./problem";

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

function refusal(error: z.ZodError, locale: Locale): Response {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.code === "unrecognized_keys" ? "_form" : fieldName(issue.path) || "_form";
    (fieldErrors[key] ??= []).push(issue.code === "unrecognized_keys" ? "errors.unknownFields" : issue.message);
  }
  return problem("invalidInput", { errors: fieldProblems(fieldErrors, locale) });
}

export function parseQuery<Schema extends z.ZodType>(request: Request, schema: Schema, locale: Locale): Parsed<z.infer<Schema>> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, response: refusal(parsed.error, locale) };
}

/** A JSON object body, checked against the schema before anything else sees it. */
export async function parseJsonBody<Schema extends z.ZodType>(request: Request, schema: Schema, locale: Locale): Promise<Parsed<z.infer<Schema>>> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) return { ok: false, response: problem("unsupportedMediaType") };
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { ok: false, response: problem("invalidInput", { detail: "The body is not valid JSON." }) };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { ok: false, response: problem("invalidInput", { detail: "The body must be a JSON object." }) };
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: body as z.infer<Schema> } : { ok: false, response: refusal(parsed.error, locale) };
}

/** The version in `If-Match`: a record's ETag (`"3.<digest>"`) or the bare version (`"3"`); null when absent or not a version. */
export function ifMatchVersion(request: Request): number | null {
  const match = /^\s*(?:W\/)?"?(\d{1,9})(?:\.[A-Za-z0-9_-]+)?"?\s*$/.exec(request.headers.get("if-match") ?? "");
  return match?.[1] ? Number(match[1]) : null;
}

const digest = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 16);

/**
 * A record's ETag: its version (what If-Match sends back) and a digest of the answer, since some
 * derived fields (a milestone's current state after a progress report) change without an edit.
 */
export const recordTag = (record: { version: number }) => `"${record.version}.${digest(JSON.stringify(record))}"`;

/** A JSON answer with an ETag: a record's version, or a hash of a list page. 304 when the caller has it. */
export function jsonWithTag(request: Request, body: unknown, etag?: string): Response {
  const text = JSON.stringify(body);
  const tag = etag ?? `W/"${digest(text)}"`;
  const headers = { "Content-Type": "application/json", ETag: tag, "Cache-Control": "private, no-cache", Vary: "Authorization" };
  const known = (request.headers.get("if-none-match") ?? "").split(",").map((value) => value.trim());
  if (known.includes(tag) || known.includes("*")) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers });
}

export function created(body: unknown, location: string, etag?: string): Response {
  return new Response(JSON.stringify(body), { status: 201, headers: { "Content-Type": "application/json", Location: location, "Cache-Control": "no-store", ...(etag ? { ETag: etag } : {}) } });
}

/** An action's refusal as problem+json; null when it succeeded. `precondition`: the write carried If-Match. */
export function actionRefusal<T>(result: ActionResult<T>, locale: Locale, precondition: boolean): Response | null {
  if (result.status === "success" || result.status === "idle") return null;
  if (result.status === "conflict") return problem(precondition ? "preconditionFailed" : "conflict", { detail: describeMessage(result.formError, locale) });
  const key = result.formError ?? "errors.invalidInput";
  if (key === "errors.unauthenticated") return problem("unauthenticated");
  if (key === "apiTokens.errors.readOnly") return problem("insufficientScope");
  if (key === "errors.notFound") return problem("notFound");
  if (key === "errors.unexpected") return problem("unexpected");
  return problem("invalidInput", { detail: describeMessage(key, locale), ...(result.fieldErrors ? { errors: fieldProblems(result.fieldErrors, locale) } : {}) });
}
