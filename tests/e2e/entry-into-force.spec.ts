// Authentic texts and entry into force, in English, Malay and Chinese (every label looked up in
// the language under test): Malaysia's officer records an agreement with NDRC and its rule
// (the later of the two notifications); after Malaysia's notification the date is pending,
// waiting for China's; when China's officer records China's notification the entry-into-force
// date appears. Then the clause reader shows the languages side by side, a missing clause said.
import type { Browser, Page } from "@playwright/test";
import { localeNames, locales } from "@/lib/i18n/config";
import { formatDate } from "@/lib/format";
import { organisations } from "../../prisma/seed/facts";
import { chooseLanguage, expect, test, translatorFor, type Locale } from "./i18n";
import { expectNoAccessibilityViolations, storageStateOf, type AccountName } from "./support";

test.describe.configure({ mode: "serial" });

/** The seed's reading language of the two officers, put back after the run. */
const seededLanguage: Partial<Record<AccountName, Locale>> = { officerMy: "en", officerCn: "zh" };

async function pageAs(browser: Browser, account: AccountName, language: Locale): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(account) });
  const page = await context.newPage();
  await page.goto("/agreements");
  const switchButton = page.getByRole("button", { name: localeNames[language], exact: true });
  if ((await switchButton.getAttribute("aria-pressed")) !== "true") await chooseLanguage(page, language);
  // The switch's action must have answered before the page moves on, or its answer would bring the page back here.
  await expect(switchButton).toBeEnabled();
  return page;
}

test.afterAll(async ({ browser }) => {
  for (const [account, language] of Object.entries(seededLanguage) as [AccountName, Locale][]) {
    const page = await pageAs(browser, account, language);
    await page.context().close();
  }
});

for (const language of locales) {
  test.describe(`in ${language}`, () => {
    const t = translatorFor(language);
    const titleEn = `Entry into force test ${language} ${Date.now()}`;
    let agreementPath = "";

    test("China's notification after Malaysia's makes the entry-into-force date appear", async ({ browser }) => {
      const my = await pageAs(browser, "officerMy", language);
      await my.goto("/agreements/new");
      await my.getByLabel(t("agreements.form.titleEn")).fill(titleEn);
      await my.getByLabel(t("agreements.form.summaryEn")).fill("Cooperation whose entry into force follows both notifications.");
      await my.getByLabel(t("compose.qualified", { name: organisations.ndrc.name[language], detail: t("sides.CHINA") })).check();
      await my.getByRole("button", { name: t("agreements.form.create") }).click();
      await expect(my.getByRole("heading", { level: 1 })).toHaveText(titleEn);
      agreementPath = new URL(my.url()).pathname;

      await my.getByRole("link", { name: t("entryIntoForce.openLink") }).click();
      await expect(my.getByRole("heading", { level: 1 })).toHaveText(t("entryIntoForce.title"));
      await expect(my.getByText(t("entryIntoForce.pendingNoRule"))).toBeVisible();

      const rule = my.getByRole("region", { name: t("entryIntoForce.ruleForm.title") });
      await rule.getByLabel(t("entryIntoForce.ruleForm.rule")).selectOption({ label: t("entryIntoForce.rules.LATER_NOTIFICATION") });
      await rule.getByRole("button", { name: t("entryIntoForce.ruleForm.save") }).click();
      await expect(my.getByText(t("entryIntoForce.pendingWaitingBoth"))).toBeVisible();
      await expect(my.getByText(t("entryIntoForce.ruleSummary.LATER_NOTIFICATION"))).toBeVisible();

      // Malaysia's officer records only Malaysia's steps.
      await expect(my.getByRole("region", { name: t("entryIntoForce.stepForm.title", { country: t("sides.CHINA") }) })).toHaveCount(0);
      const malaysia = my.getByRole("region", { name: t("entryIntoForce.stepForm.title", { country: t("sides.MALAYSIA") }) });
      await malaysia.getByLabel(t("entryIntoForce.stepForm.kind")).selectOption({ label: t("entryIntoForce.kinds.NOTIFICATION") });
      await malaysia.getByLabel(t("entryIntoForce.stepForm.occurredOn")).fill("2025-06-02");
      await malaysia.getByRole("button", { name: t("entryIntoForce.stepForm.submit") }).click();
      await expect(my.getByText(t("entryIntoForce.pendingWaitingOne", { country: t("sides.CHINA") }))).toBeVisible();
      await expectNoAccessibilityViolations(my);
      await my.context().close();

      const cn = await pageAs(browser, "officerCn", language);
      await cn.goto(`${agreementPath}/entry-into-force`);
      await expect(cn.getByText(t("entryIntoForce.pendingWaitingOne", { country: t("sides.CHINA") }))).toBeVisible();
      const china = cn.getByRole("region", { name: t("entryIntoForce.stepForm.title", { country: t("sides.CHINA") }) });
      await china.getByLabel(t("entryIntoForce.stepForm.kind")).selectOption({ label: t("entryIntoForce.kinds.NOTIFICATION") });
      // Recorded after Malaysia's, dated after it: the later date decides.
      await china.getByLabel(t("entryIntoForce.stepForm.occurredOn")).fill("2025-06-10");
      await china.getByRole("button", { name: t("entryIntoForce.stepForm.submit") }).click();
      const expected = t("entryIntoForce.date", { date: formatDate("2025-06-10", language) });
      await expect(cn.getByText(expected, { exact: true })).toBeVisible();

      // Both sides' steps on the timeline, in date order, each in its own column.
      const timeline = cn.getByRole("table", { name: t("entryIntoForce.timeline.caption") });
      const rows = timeline.getByRole("row");
      await expect(rows).toHaveCount(3);
      await expect(rows.nth(1).getByRole("rowheader")).toHaveText(formatDate("2025-06-02", language));
      await expect(rows.nth(2).getByRole("rowheader")).toHaveText(formatDate("2025-06-10", language));

      // A step entered with the wrong date is corrected in place, and the date follows it.
      await cn.getByRole("button", { name: t("entryIntoForce.stepForm.correct", { kind: t("entryIntoForce.kinds.NOTIFICATION"), date: formatDate("2025-06-10", language) }) }).click();
      const correction = cn.getByRole("dialog", { name: t("entryIntoForce.stepForm.correctTitle") });
      await correction.getByLabel(t("entryIntoForce.stepForm.occurredOn")).fill("2025-06-12");
      await correction.getByRole("button", { name: t("entryIntoForce.stepForm.correctConfirm") }).click();
      const corrected = t("entryIntoForce.date", { date: formatDate("2025-06-12", language) });
      await expect(cn.getByText(corrected, { exact: true })).toBeVisible();
      await expect(rows.nth(2).getByRole("rowheader")).toHaveText(formatDate("2025-06-12", language));
      await expectNoAccessibilityViolations(cn);

      // The agreement's page says it too.
      await cn.goto(agreementPath);
      await expect(cn.getByRole("region", { name: t("entryIntoForce.title") }).getByText(corrected, { exact: true })).toBeVisible();
      await cn.context().close();
    });

    test("the clause reader shows the languages side by side, aligned by clause number", async ({ browser }) => {
      test.skip(!agreementPath, "needs the agreement of the test before");
      const my = await pageAs(browser, "officerMy", language);
      await my.goto(agreementPath);
      await my.getByRole("link", { name: t("agreementTexts.openLink") }).click();
      await expect(my.getByRole("heading", { level: 1 })).toHaveText(t("agreementTexts.title"));

      const addText = async (textLanguage: "en" | "zh") => {
        const add = my.getByRole("region", { name: t("agreementTexts.form.addTitle") });
        await add.getByLabel(t("agreementTexts.form.language")).selectOption({ label: t(`agreementTexts.languages.${textLanguage}`) });
        await add.getByLabel(t("agreementTexts.form.standing")).selectOption({ label: t("agreementTexts.standing.AUTHENTIC") });
        await add.getByRole("button", { name: t("agreementTexts.form.add") }).click();
        await expect(my.getByRole("region", { name: t("agreementTexts.textHeading", { language: t(`agreementTexts.languages.${textLanguage}`) }) })).toBeVisible();
      };
      const addClause = async (textLanguage: "en" | "zh", number: string, body: string) => {
        const name = t(`agreementTexts.languages.${textLanguage}`);
        const section = my.getByRole("region", { name: t("agreementTexts.textHeading", { language: name }) });
        const form = section.getByRole("heading", { name: t("agreementTexts.clauseForm.addTitle", { language: name }) }).locator("..");
        await form.getByLabel(t("agreementTexts.clauseForm.number")).fill(number);
        await form.getByLabel(t("agreementTexts.clauseForm.body")).fill(body);
        await form.getByRole("button", { name: t("agreementTexts.clauseForm.add") }).click();
        await expect(section.getByRole("heading", { name: t("agreementTexts.clauseForm.editTitle", { number }) })).toBeVisible();
      };
      await addText("en");
      await addText("zh");
      await addClause("en", "1", "The Parties shall cooperate on the digital economy.");
      await addClause("zh", "1", "双方应在数字经济领域开展合作。");
      await addClause("en", "2", "This Memorandum shall enter into force on the date of the later notification.");

      const reader = my.getByRole("table", { name: t("agreementTexts.reader.caption") });
      const headers = reader.getByRole("columnheader");
      await expect(headers.nth(1)).toHaveText(`${t("agreementTexts.languages.en")} · ${t("agreementTexts.standing.AUTHENTIC")}`);
      await expect(headers.nth(2)).toHaveText(`${t("agreementTexts.languages.zh")} · ${t("agreementTexts.standing.AUTHENTIC")}`);
      const first = reader.getByRole("row").filter({ has: my.getByRole("rowheader", { name: "1", exact: true }) });
      await expect(first.getByRole("cell").nth(0)).toHaveText("The Parties shall cooperate on the digital economy.");
      await expect(first.getByRole("cell").nth(1)).toHaveText("双方应在数字经济领域开展合作。");
      const second = reader.getByRole("row").filter({ has: my.getByRole("rowheader", { name: "2", exact: true }) });
      await expect(second.getByRole("cell").nth(1)).toHaveText(t("agreementTexts.reader.missing", { number: "2" }));
      await expectNoAccessibilityViolations(my);
      await my.context().close();
    });
  });
}
