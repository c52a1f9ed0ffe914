"use client";
// Gives client components the reader's language and the sections of the catalog they use
// (chosen on the server). Providers nest: a layout adds its area's sections to its parent's, so
// each page sends only what its client components can show (see lib/i18n/client-namespaces.ts).
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { createTranslator, type PartialMessages, type Translate } from "@/lib/i18n/translate";

type I18nValue = { locale: Locale; messages: PartialMessages; t: Translate };

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: PartialMessages; children: ReactNode }) {
  const parent = useContext(I18nContext);
  const value = useMemo(() => {
    const merged = parent ? { ...parent.messages, ...messages } : messages;
    return { locale, messages: merged, t: createTranslator(merged, locale) };
  }, [locale, messages, parent]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): { locale: Locale; t: Translate } {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
