// The reader's language on the server: the signed-in user's saved preference, else the
// language cookie, else the browser's Accept-Language, else English.
import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { isLocale, localeCookieName, localeFromAcceptLanguage, type Locale } from "./config";
import { catalogs } from "./messages";
import { createTranslator, type MessageKey, type Translate } from "./translate";

export const getLocale = cache(async (): Promise<Locale> => {
  const user = await getCurrentUser();
  if (user) return user.locale;
  const fromCookie = (await cookies()).get(localeCookieName)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});

export async function getTranslations(): Promise<{ t: Translate; locale: Locale }> {
  const locale = await getLocale();
  return { t: createTranslator(catalogs[locale], locale), locale };
}

/** A page's `generateMetadata` when its title is one message: the title in the reader's language. */
export function pageTitle(key: MessageKey): () => Promise<Metadata> {
  return async () => {
    const { t } = await getTranslations();
    return { title: t(key) };
  };
}
