// Before → after of an audit event: only the fields that changed, bookkeeping fields left out,
// empty shown as null. The values stay as recorded; history-values.ts makes them readable.
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type HistoryValue = Json;

export interface FieldChange {
  field: string;
  before: HistoryValue;
  after: HistoryValue;
}

// A text's or step's document and a clause's text are named by their own events ("Document added", the language).
const hiddenFields = new Set(["id", "version", "agreementId", "updatedAt", "createdAt", "updatedById", "signingEventId", "documentId", "textId"]);

function asRecord(value: unknown): Record<string, Json> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Json>) : {};
}

/** A value as text: dates as `YYYY-MM-DD`, lists as `a; b`. */
export function displayValue(value: Json | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((item) => displayValue(item) ?? "").join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value)) return value.slice(0, 10);
  return String(value);
}

export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const from = asRecord(before);
  const to = asRecord(after);
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((field) => !hiddenFields.has(field));
  return fields.flatMap((field) => {
    const was = displayValue(from[field]);
    const now = displayValue(to[field]);
    return was === now ? [] : [{ field, before: was === null ? null : (from[field] ?? null), after: now === null ? null : (to[field] ?? null) }];
  });
}
