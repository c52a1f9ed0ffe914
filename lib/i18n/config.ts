export const locales = ["en", "ms", "zh"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
export const localeCookieName = "locale";

/** BCP 47 tags used for dates, numbers and the <html lang> attribute. */
export const localeTags: Record<Locale, string> = { en: "en-GB", ms: "ms-MY", zh: "zh-CN" };

/** Each language's name written in that language, for the switcher. */
export const localeNames: Record<Locale, string> = { en: "English", ms: "Bahasa Melayu", zh: "简体中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  for (const part of (header ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase() ?? "";
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
  }
  return defaultLocale;
}
