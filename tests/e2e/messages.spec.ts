// Messages as readers see them: each page sends its client components only the catalog sections
// they use, counts are plurals, Chinese uses full-width punctuation, and rich text keeps its link.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import type { Messages } from "../../lib/i18n/translate";
import { storageStateOf } from "./support";

const catalog = (locale: "en" | "zh") => JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8")) as Messages;
const en = catalog("en");
const zh = catalog("zh");

test("the sign-in page carries the sign-in messages, not the whole catalog", async ({ request }) => {
  for (const [language, catalog] of [["en", en], ["zh-CN", zh]] as const) {
    const html = await (await request.get("/login", { headers: { "accept-language": language } })).text();
    expect(html).toContain(catalog.auth.signInTitle);
    // Sections no client component of the sign-in page uses.
    for (const unrelated of [catalog.dashboard.description, catalog.agreements.form.partiesHint, catalog.milestones.fields.weightHint, catalog.actionItems.errors.areaNotInAgreement]) {
      expect(html, language).not.toContain(unrelated);
    }
  }
});

test("counts agree with their number, and a Chinese reader sees full-width punctuation", async ({ browser }) => {
  const english = await browser.newContext({ storageState: storageStateOf("officerMy") });
  const page = await english.newPage();
  await page.goto("/agreements?q=Zhejiang");
  await expect(page.getByRole("status").filter({ hasText: /found/ })).toHaveText("1 agreement found");
  await page.goto("/agreements");
  await expect(page.getByRole("status").filter({ hasText: /found/ })).toHaveText(/^\d+ agreements found$/);
  await english.close();

  const chinese = await browser.newContext({ storageState: storageStateOf("officerCn") });
  const chinesePage = await chinese.newPage();
  await chinesePage.goto("/milestones");
  const main = chinesePage.getByRole("main");
  await expect(main.getByText(`${zh.milestones.fields.targetOn}：`).first()).toBeVisible();
  await expect(main).not.toContainText(`${zh.milestones.fields.targetOn}:`);
  await chinese.close();
});
