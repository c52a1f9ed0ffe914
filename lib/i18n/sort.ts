// Lists sorted by title or name follow the reader's language: Malay alphabetically, Chinese by
// pinyin (Chinese titles first), each falling back to the English text where a row has no
// translation. PGlite has ICU's root collation only (no Chinese pinyin order), so rather than
// `COLLATE "zh-x-icu"` (which would order differently on the two databases) every sorted table
// holds a sort key per language, kept by a database trigger in the writing transaction (migration
// *_reader_language_sort_keys) and compared byte by byte. Order by `inReaderLanguage(locale)`.
import type { Locale } from "./config";

export const sortKeyColumns = { en: "sortKeyEn", ms: "sortKeyMs", zh: "sortKeyZh" } as const satisfies Record<Locale, string>;

export type SortKeyColumn = (typeof sortKeyColumns)[Locale];

/** A Prisma `orderBy` entry on the reader's language's sort key. */
export function inReaderLanguage(locale: Locale, direction: "asc" | "desc" = "asc"): Partial<Record<SortKeyColumn, "asc" | "desc">> {
  return { [sortKeyColumns[locale]]: direction };
}
