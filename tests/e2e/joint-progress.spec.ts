// Progress confirmed by both sides, in English, Malay and Chinese: a Malaysian officer reports
// progress on a joint milestone; it shows "reported by Malaysia"; an officer of China finds it in
// China's "To confirm" queue (from the navigation) and confirms it; the dashboard's figure of
// progress confirmed by both sides moves, and the milestone says "confirmed by both sides".
// Every label is looked up in the language under test (tests/e2e/i18n.ts).
import type { Browser, Page } from "@playwright/test";
import { locales } from "@/lib/i18n/config";
import { chooseLanguage, translatorFor, type Locale } from "./i18n";
import { expect, expectNoAccessibilityViolations, klDay, storageStateOf, test, type AccountName } from "./support";

/** The language each demo account reads in when the run starts (the seed's), restored after. */
const savedLanguage: Partial<Record<AccountName, Locale>> = { manager: "en", officerMy: "en", officerCn: "zh" };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function openAs(browser: Browser, account: AccountName, language: Locale): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(account) });
  const page = await context.newPage();
  await page.goto("/");
  await chooseLanguage(page, language);
  return page;
}

async function restoreLanguages(browser: Browser) {
  for (const [account, language] of Object.entries(savedLanguage) as [AccountName, Locale][]) {
    const page = await openAs(browser, account, language);
    await page.context().close();
  }
}

/** The dashboard's "confirmed by both sides" figure, as the manager reads it (joint milestones only). */
async function confirmedFigure(page: Page, t: ReturnType<typeof translatorFor>): Promise<string> {
  await page.goto("/dashboard?side=JOINT");
  const figure = page.getByRole("link", { name: new RegExp(escapeRegExp(t("jointProgress.dashboard.confirmed"))) });
  await expect(figure).toBeVisible();
  return (await figure.innerText()).trim();
}

test.describe.configure({ mode: "serial" });
test.afterAll(async ({ browser }) => restoreLanguages(browser));

for (const language of locales) {
  test(`an officer of China confirms Malaysia's report on a joint milestone and the confirmed figure moves (${language})`, async ({ browser }) => {
    const t = translatorFor(language);
    const title = `Joint data corridor ${language} ${Date.now()}`;

    // Malaysia plans a joint milestone and reports on it.
    const my = await openAs(browser, "officerMy", language);
    await my.goto("/milestones/new");
    await my.getByLabel(t("milestones.fields.titleEn")).first().fill(title);
    await my.getByLabel(t("milestones.fields.descriptionEn")).first().fill("A corridor for data both ministries run together.");
    await my.getByLabel(t("milestones.fields.ownerSide")).selectOption("JOINT");
    await my.getByLabel(t("milestones.fields.weight")).fill("10");
    await my.getByLabel(t("milestones.fields.startOn")).fill(klDay(-60));
    await my.getByLabel(t("milestones.fields.targetOn")).fill(klDay(200));
    await my.getByRole("button", { name: t("milestones.create") }).click();
    await expect(my.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    const milestonePath = new URL(my.url()).pathname;

    const log = my.getByRole("region", { name: t("progress.logTitle") });
    await log.getByLabel(t("progress.fields.percentComplete")).fill("90");
    await log.getByLabel(t("progress.fields.narrative")).fill("Corridor running between the two data centres.");
    await log.getByRole("button", { name: t("progress.save") }).click();
    const reported = t("jointProgress.state.REPORTED", { side: t("jointProgress.sideName.MALAYSIA") });
    await expect(my.getByText(reported)).toBeVisible();
    // The reporting side is offered no way to confirm its own report.
    await expect(my.getByRole("button", { name: new RegExp(escapeRegExp(t("jointProgress.confirm"))) })).toHaveCount(0);
    await my.context().close();

    // The manager's dashboard before China answers.
    const manager = await openAs(browser, "manager", language);
    const before = await confirmedFigure(manager, t);

    // China's queue, reached from the navigation.
    const cn = await openAs(browser, "officerCn", language);
    await cn.getByRole("navigation", { name: t("shell.mainNavigation") }).getByRole("link", { name: t("nav.toConfirm") }).click();
    await expect(cn.getByRole("heading", { name: t("jointProgress.queue.title"), level: 1 })).toBeVisible();
    const awaiting = cn.getByRole("region", { name: t("jointProgress.queue.awaiting") });
    const row = awaiting.getByRole("row").filter({ hasText: title });
    await expect(row).toBeVisible();
    await expect(row.getByText(reported)).toBeVisible();
    await expectNoAccessibilityViolations(cn);
    await row.getByRole("button", { name: new RegExp(escapeRegExp(t("jointProgress.confirm"))) }).click();
    await expect(cn.getByText(t("saved.progressConfirmed"))).toBeVisible();
    await expect(awaiting.getByRole("row").filter({ hasText: title })).toHaveCount(0);

    await cn.goto(milestonePath);
    await expect(cn.getByText(t("jointProgress.state.CONFIRMED"))).toBeVisible();
    await cn.context().close();

    // The confirmed figure moved.
    const after = await confirmedFigure(manager, t);
    expect(after).not.toBe(before);
    await expectNoAccessibilityViolations(manager);
    await manager.context().close();
  });
}
