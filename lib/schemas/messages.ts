// Zod reports problems as message keys from messages/*.json (`errors.*`), with their numbers
// after a `|` (e.g. `errors.tooLong|max=200`), so forms show them in the reader's language.
// Every schema module imports `z` from here, so the mapping is always in place.
import { z } from "zod";

function withParams(key: string, params: Record<string, string | number | bigint>): string {
  const encoded = Object.entries(params).map(([name, value]) => `${name}=${String(value)}`);
  return [key, ...encoded].join("|");
}

z.config({
  // In the browser, zod would probe `Function("")` to see whether it may compile parsers; the
  // content security policy forbids eval, so the probe is a reported violation. Browsers parse few
  // values (forms): no compilation there. The server keeps it.
  jitless: typeof window !== "undefined",
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null ? "errors.required" : "errors.invalidType";
      case "too_small":
        if (issue.origin === "string" && issue.minimum === 1) return "errors.required";
        if (issue.origin === "array" && issue.minimum === 1) return "errors.required";
        return withParams(issue.origin === "string" ? "errors.tooShort" : "errors.tooSmall", { min: issue.minimum });
      case "too_big":
        return withParams(issue.origin === "string" ? "errors.tooLong" : "errors.tooBig", { max: issue.maximum });
      case "invalid_format":
        return issue.format === "email" ? "errors.invalidEmail" : issue.format === "url" ? "errors.invalidUrl" : "errors.invalidFormat";
      case "invalid_value":
        return "errors.invalidChoice";
      case "unrecognized_keys":
        return "errors.unknownFields";
      default:
        return "errors.invalidInput";
    }
  },
});

export { z };

/** Optional text from a form: trimmed, and empty means absent. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value))
    .nullish()
    .transform((value) => value ?? null);

export const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const idSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

/** The `version` a form carries for optimistic concurrency. */
export const versionSchema = z.coerce.number().int().min(1);
