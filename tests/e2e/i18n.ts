// The interface's own words for the end-to-end tests, in the language under test: labels are
// looked up from messages/*.json by their typed keys (a renamed or missing key fails the type
// check), never typed out in English. A Playwright project chooses the language (`language`
// option, see playwright.config.ts); `t` translates in it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test as base, type Page } from "@playwright/test";
import { localeNames, localeTags, type Locale } from "@/lib/i18n/config";
import { createTranslator, type Messages, type Translate } from "@/lib/i18n/translate";

export type { Locale };

const catalog = (locale: Locale) => JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages", `${locale}.json`), "utf8")) as Messages;

/** The app's own translator over that language's messages. */
export function translatorFor(locale: Locale): Translate {
  return createTranslator(catalog(locale), locale);
}

/**
 * Chooses the language with the switch at the top of the page, as a person would; for a
 * signed-in account the choice is saved to the account, so it follows every later session.
 */
export async function chooseLanguage(page: Page, locale: Locale) {
  await page.getByRole("button", { name: localeNames[locale], exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", localeTags[locale]);
  await expect(page.getByRole("button", { name: localeNames[locale], exact: true })).toHaveAttribute("aria-pressed", "true");
}

// Worker-scoped, so beforeAll hooks (which set an account's language) can read it too.
export const test = base.extend<{ t: Translate }, { language: Locale }>({
  language: ["en", { option: true, scope: "worker" }],
  t: async ({ language }, provide) => provide(translatorFor(language)),
});

export { expect };
