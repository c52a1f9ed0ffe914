// How a submitted form becomes the action's input, and how a refused one is sent back: by the
// names the form used, so every control can show what the user left in it. Pure: shared by the
// action wrapper and its tests.
import type { FormValues } from "./result";

export type RawInput = FormData | Record<string, unknown>;

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
    if (Object.hasOwn(result, list)) continue; // a plain field of the same name: leave the conflict to the schema
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
export function echoValues(rawInput: RawInput): FormValues {
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
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, segment) => (typeof segment === "number" ? `${name}[${segment}]` : name ? `${name}.${String(segment)}` : String(segment)), "");
}

