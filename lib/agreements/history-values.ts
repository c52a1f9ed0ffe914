// A recorded value as its reader knows it: enum codes as their labels, yes/no for flags, dates
// and numbers in the reader's language, and ids as the names they stand for. The audit trail
// keeps the codes (they never change meaning); only the view translates them.
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import type { HistoryValue } from "./history-diff";

export interface ReadableContext {
  t: Translate;
  locale: Locale;
  /** Names for the ids recorded in the events, looked up once for the page. */
  names: ReadonlyMap<string, string>;
}

// The message that names a code in each field that holds one.
const codeMessages: Record<string, string> = {
  type: "agreementTypes",
  status: "agreementStatus",
  fromStatus: "agreementStatus",
  toStatus: "agreementStatus",
  side: "sides",
  entryIntoForceRule: "entryIntoForce.rules",
  entryIntoForceUnit: "entryIntoForce.ruleForm.units",
  standing: "agreementTexts.standing",
  kind: "entryIntoForce.kinds",
  language: "agreementTexts.languages",
  prevailingLanguage: "agreementTexts.languages",
};

/** What a code looks like: an enum value (SIGNED, JOINT), or a language (en, ms, zh). */
const codePattern = /^(?:[A-Z_]+|[a-z]{2})$/;

/** The label of a code the field can hold, or null when it is not one (the translator echoes unknown keys). */
function codeLabel(field: string, code: string, t: Translate): string | null {
  const prefix = codeMessages[field];
  if (!prefix || !codePattern.test(code)) return null;
  const key = `${prefix}.${code}`;
  const label = t(key as MessageKey);
  return label === key ? null : label;
}

/** Codes the snapshot wrote into its readable lines: "Ministry (MALAYSIA)", "RENEWS: Title". */
function lineLabel(field: string, line: string, t: Translate): string {
  if (field === "parties") {
    return line.replace(/\((MALAYSIA|CHINA|JOINT)\)$/, (_, side: string) => `(${t(`sides.${side}` as MessageKey)})`);
  }
  if (field === "relations") {
    return line.replace(/^(RENEWS|AMENDS|SUPERSEDES): /, (_, type: string) => `${t(`agreements.related.types.${type}` as MessageKey)}: `);
  }
  return line;
}

const isoDay = /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function readableValue(field: string, value: HistoryValue, context: ReadableContext): string | null {
  const { t, locale, names } = context;
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) {
    const items = value.map((item) => (typeof item === "string" ? lineLabel(field, names.get(item) ?? item, t) : readableValue(field, item, context) ?? ""));
    return items.length === 0 ? null : items.join("; ");
  }
  if (typeof value === "boolean") return t(value ? "historyValues.yes" : "historyValues.no");
  if (typeof value === "number") return formatNumber(value, locale);
  if (typeof value === "object") return JSON.stringify(value);
  const name = names.get(value);
  if (name) return name;
  const label = codeLabel(field, value, t);
  if (label) return label;
  if (isoDay.test(value)) return formatDate(value, locale);
  if (isoInstant.test(value)) return formatDateTime(new Date(value), locale);
  return value;
}

/** Every string in the events that may be an id, for the page to look up in one go. */
export function recordedIds(snapshots: unknown[]): string[] {
  const ids = new Set<string>();
  const visit = (key: string, value: unknown) => {
    if (typeof value === "string" && /Ids?$/.test(key)) ids.add(value);
    else if (Array.isArray(value)) value.forEach((item) => visit(key, item));
  };
  for (const snapshot of snapshots) {
    if (snapshot && typeof snapshot === "object" && !Array.isArray(snapshot)) for (const [key, value] of Object.entries(snapshot)) visit(key, value);
  }
  return [...ids];
}
