// Message lookup shared by server and client: typed keys, ICU MessageFormat messages
// (plurals, selects, numbers and percentages formatted by the message, rich-text tags).
import { IntlMessageFormat, type Formatters } from "intl-messageformat";
import { createElement, Fragment, type ReactNode } from "react";
import type en from "@/messages/en.json";
import { cachedDateTimeFormat, cachedNumberFormat, cachedPluralRules } from "@/lib/format";
import { localeTags, type Locale } from "./config";

export type Messages = typeof en;
/** A section of the catalog (`agreements`, `common`…): the unit client components receive. */
export type Namespace = keyof Messages;
/** Some sections of one language's catalog: what a page's client components are sent. */
export type PartialMessages = Partial<Messages>;

type Join<K extends string, P extends string> = `${K}.${P}`;
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : T[K] extends object ? Join<K, Paths<T[K]>> : never;
}[keyof T & string];

export type MessageKey = Paths<Messages>;
export type MessageValues = Record<string, string | number | Date>;
/** Values of a rich message: elements, and tags (`<link>…</link>`) as functions from their content to an element. */
export type RichValues = Record<string, string | number | Date | ReactNode | ((chunks: ReactNode[]) => ReactNode)>;

export interface Translate {
  (key: MessageKey, values?: MessageValues): string;
  /** A message with tags rendered to React elements: links and emphasis inside one sentence. */
  rich(key: MessageKey, values: RichValues): ReactNode;
}

// The message's own formatters come from lib/format.ts, the one place Intl formatters are built.
const formatters: Formatters = {
  getNumberFormat: cachedNumberFormat,
  getDateTimeFormat: cachedDateTimeFormat,
  getPluralRules: cachedPluralRules,
};

// Parsing a message costs far more than formatting it, and a page formats hundreds; messages are
// immutable, so each (language, message) is compiled once per process.
const compiled = new Map<string, IntlMessageFormat>();

export function compileMessage(source: string, locale: Locale): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${source}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(source, localeTags[locale], undefined, { formatters });
    compiled.set(cacheKey, format);
  }
  return format;
}

export function lookupMessage(messages: PartialMessages, key: string): string | undefined {
  let node: unknown = messages;
  for (const segment of key.split(".")) {
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return typeof node === "string" ? node : undefined;
}

export function createTranslator(messages: PartialMessages, locale: Locale): Translate {
  // A missing message shows its key: visible in the page and in tests, never a crash.
  function format(key: MessageKey, values: RichValues | undefined): unknown {
    const source = lookupMessage(messages, key);
    if (source === undefined) return key;
    try {
      return compileMessage(source, locale).format<ReactNode>(values as Record<string, ReactNode>);
    } catch (error) {
      console.error(`Message ${key} (${locale}) could not be formatted`, error);
      return source;
    }
  }
  const translate = ((key: MessageKey, values?: MessageValues) => {
    const result = format(key, values);
    return Array.isArray(result) ? result.join("") : String(result);
  }) as Translate;
  translate.rich = (key, values) => {
    const result = format(key, values);
    // Spread as children so React needs no keys for the parts.
    return Array.isArray(result) ? createElement(Fragment, null, ...(result as ReactNode[])) : (result as ReactNode);
  };
  return translate;
}
