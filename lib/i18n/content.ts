// User-facing content is stored as `<field>En` (required), `<field>Ms`, `<field>Zh`.
import type { Locale } from "./config";

/** Database selects of a field in every language: what `localized` reads. */
export const localizedTitle = { titleEn: true, titleMs: true, titleZh: true } as const;
export const localizedName = { nameEn: true, nameMs: true, nameZh: true } as const;
export const localizedDescription = { descriptionEn: true, descriptionMs: true, descriptionZh: true } as const;

/** A record's title and description in the three languages as an edit form holds them (English title required). */
export type TitledInEachLanguage = { titleEn: string; titleMs: string | null; titleZh: string | null; descriptionEn: string | null; descriptionMs: string | null; descriptionZh: string | null };

const suffix: Record<Locale, "En" | "Ms" | "Zh"> = { en: "En", ms: "Ms", zh: "Zh" };

export type Localized<F extends string> = { [K in `${F}En`]: string | null } & Partial<Record<`${F}Ms` | `${F}Zh`, string | null>>;

/** The field in the reader's language, falling back to English when it was not translated. */
export function localized<F extends string>(record: Localized<F>, field: F, locale: Locale): string {
  const own = (record as Record<string, string | null | undefined>)[`${field}${suffix[locale]}`];
  return own?.trim() ? own : ((record as Record<string, string | null | undefined>)[`${field}En`] ?? "");
}

/** Every language the field is held in, English first: for showing translations side by side. */
export function allTranslations<F extends string>(record: Localized<F>, field: F): { locale: Locale; text: string }[] {
  return (["en", "ms", "zh"] as const).flatMap((locale) => {
    const text = (record as Record<string, string | null | undefined>)[`${field}${suffix[locale]}`];
    return text?.trim() ? [{ locale, text }] : [];
  });
}
