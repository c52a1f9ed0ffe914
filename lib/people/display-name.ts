// The one way a person's name is shown: Chinese pages show the name in Chinese characters where
// the person has one (郑栅洁, 安瓦尔), every other page the name in Latin script (Zheng Shanjie).
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/content";
import type { Translate } from "@/lib/i18n/translate";

export type NamedPerson = { name: string; nameZh?: string | null };

/** Select this on every person whose name is shown. */
export const personNameSelect = { name: true, nameZh: true } as const;

export function displayName(person: NamedPerson, locale: Locale): string {
  if (locale === "zh" && person.nameZh?.trim()) return person.nameZh;
  return person.name;
}

/** The same, for an optional person (an owner not set yet). */
export function displayNameOrNull(person: NamedPerson | null | undefined, locale: Locale): string | null {
  return person ? displayName(person, locale) : null;
}

type OrganisationNames = { nameEn: string; nameMs: string | null; nameZh: string | null };

/** A person as a choice in a list: the name, qualified by their organisation when they have one. */
export function personOptionLabel(person: NamedPerson & { organisation: OrganisationNames | null }, t: Translate, locale: Locale): string {
  const name = displayName(person, locale);
  return person.organisation ? t("compose.qualified", { name, detail: localized(person.organisation, "name", locale) }) : name;
}
