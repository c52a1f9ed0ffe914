// Message lookup shared by server and client: typed keys, `{name}` placeholders.
import type en from "@/messages/en.json";

export type Messages = typeof en;

type Join<K extends string, P extends string> = `${K}.${P}`;
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : T[K] extends object ? Join<K, Paths<T[K]>> : never;
}[keyof T & string];

export type MessageKey = Paths<Messages>;
export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function createTranslator(messages: Messages): Translate {
  return (key, values) => {
    let node: unknown = messages;
    for (const segment of key.split(".")) {
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[segment] : undefined;
    }
    const template = typeof node === "string" ? node : key;
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
  };
}
