// Every page, in the project's language (en, ms, zh: see playwright.config.ts), as the role that
// uses it: the page opens (not an error or "not found" page), speaks that language (the
// document's language, the main navigation's name and links), and passes the accessibility scan.
// Then the key journeys with every label looked up in that language: signing in with a wrong
// password, and an officer logging progress from the list. The full journeys of the other specs
// run in English.
import type { MessageKey } from "@/lib/i18n/translate";
import { localeTags } from "@/lib/i18n/config";
import { milestoneSpecs } from "../../prisma/seed/example-milestones";
import { accounts, expectNoAccessibilityViolations, storageStateOf, type AccountName } from "./support";
import { chooseLanguage, expect, test, translatorFor, type Locale } from "./i18n";

type Visit = { path: string; heading?: MessageKey };

/** Each page, by the role that uses it, with its heading where the page has a fixed one. */
const pagesByAccount: Partial<Record<AccountName, Visit[]>> = {
  admin: [
    { path: "/admin/users", heading: "users.title" },
    { path: "/admin/users/new" },
    { path: "/admin/users/seed_user_officer_my" },
    { path: "/admin/organisations", heading: "organisations.title" },
    { path: "/admin/organisations/new" },
    { path: "/admin/organisations/seed_org_mod" },
    { path: "/admin/people", heading: "people.title" },
    { path: "/admin/people/new" },
    { path: "/admin/people/seed_person_gobind_singh_deo" },
  ],
  manager: [
    { path: "/dashboard", heading: "dashboard.title" },
    { path: "/dashboard/sides" },
    { path: "/dashboard/briefing", heading: "dashboard.briefing.title" },
    { path: "/dashboard/agreements/seed_agreement_digital_economy" },
    { path: "/agreements", heading: "agreements.title" },
    { path: "/agreements/seed_agreement_digital_economy" },
    { path: "/milestones", heading: "milestones.allTitle" },
    { path: "/working-groups", heading: "workingGroups.title" },
    { path: "/meetings/seed_meeting_01" },
  ],
  officerMy: [
    { path: "/milestones", heading: "milestones.myTitle" },
    { path: "/milestones/new" },
    { path: "/milestones/import", heading: "imports.title" },
    { path: "/milestones/seed_milestone_01" },
    { path: "/milestones/seed_milestone_01/edit", heading: "milestones.edit" },
    { path: "/agreements/new", heading: "agreements.form.newTitle" },
    { path: "/agreements/seed_agreement_digital_economy/edit", heading: "agreements.form.editTitle" },
    { path: "/agreements/seed_agreement_digital_economy/areas", heading: "agreements.areasPage.title" },
    { path: "/working-groups/new", heading: "workingGroups.newTitle" },
    { path: "/to-confirm", heading: "jointProgress.queue.title" },
  ],
  memberMy: [
    { path: "/action-items", heading: "actionItems.title" },
    { path: "/action-items/seed_action_item_01" },
    { path: "/action-items/seed_action_item_01/edit" },
    { path: "/calendar" },
    { path: "/working-groups/seed_wg_digital_economy" },
    { path: "/working-groups/seed_wg_digital_economy/meetings/new", heading: "meetings.scheduleTitle" },
    { path: "/account", heading: "account.title" },
  ],
};

/** Defects these scans found, reported and not yet fixed: "<language> <path>" → what fails. */
const knownDefects: Record<string, string> = {};

/** The language each demo account reads in when the run starts (the seed's), restored after. */
const savedLanguage: Record<AccountName, Locale> = { admin: "en", manager: "en", officerMy: "en", officerCn: "zh", memberMy: "en", memberCn: "zh" };

async function setAccountLanguage(browser: import("@playwright/test").Browser, account: AccountName, language: Locale) {
  const context = await browser.newContext({ storageState: storageStateOf(account) });
  const page = await context.newPage();
  await page.goto("/");
  await chooseLanguage(page, language);
  await context.close();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function expectSpeaks(page: import("@playwright/test").Page, language: Locale) {
  const t = translatorFor(language);
  await expect(page.locator("html")).toHaveAttribute("lang", localeTags[language]);
  await expect(page.getByRole("navigation", { name: t("shell.mainNavigation") })).toBeVisible();
}

for (const [account, visits] of Object.entries(pagesByAccount) as [AccountName, Visit[]][]) {
  test.describe(`every page of ${account}`, () => {
    test.use({ storageState: storageStateOf(account) });
    test.beforeAll(async ({ browser, language }) => setAccountLanguage(browser, account, language));
    test.afterAll(async ({ browser }) => setAccountLanguage(browser, account, savedLanguage[account]));

    for (const visit of visits) {
      test(`${visit.path}`, async ({ page, language, t }) => {
        const defect = knownDefects[`${language} ${visit.path}`];
        // Expected to fail until fixed; once it passes, the run fails and this entry must go.
        test.fail(defect !== undefined, defect);
        const response = await page.goto(visit.path);
        expect(response?.status(), "the page answers").toBeLessThan(400);
        await expectSpeaks(page, language);
        const heading = page.getByRole("heading", { level: 1 });
        await expect(heading).toBeVisible();
        await expect(heading).not.toHaveText(t("common.notFoundTitle"));
        await expect(heading).not.toHaveText(t("common.errorTitle"));
        if (visit.heading) await expect(heading).toHaveText(t(visit.heading));
        await expectNoAccessibilityViolations(page);
      });
    }
  });
}

test("a wrong password is refused in the visitor's language, keeping the email", async ({ browser, language, t }) => {
  const context = await browser.newContext({ locale: localeTags[language] });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", localeTags[language]);
  await expect(page.getByRole("heading", { level: 1, name: t("auth.signInTitle") })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel(t("auth.email")).fill("nobody-here@mou.example");
  await page.getByLabel(t("auth.password")).fill("not the password");
  await page.getByRole("button", { name: t("auth.signIn"), exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: t("auth.invalidCredentials") })).toBeVisible();
  await expect(page.getByLabel(t("auth.email"))).toHaveValue("nobody-here@mou.example");
  await expectNoAccessibilityViolations(page);
  await context.close();
});

test.describe("an officer logs progress from the list", () => {
  test.use({ storageState: storageStateOf("officerMy") });
  test.beforeAll(async ({ browser, language }) => setAccountLanguage(browser, "officerMy", language));
  test.afterAll(async ({ browser }) => setAccountLanguage(browser, "officerMy", savedLanguage.officerMy));

  test("and the milestone page shows it", async ({ page, language, t }) => {
    // The seed's overdue milestone owned by the Ministry of Digital, titled in each language.
    const seeded = milestoneSpecs.find((spec) => spec.number === 1);
    if (!seeded) throw new Error("the seed has no milestone 1");
    const title = seeded.title[language];
    await page.goto("/milestones");
    await expectSpeaks(page, language);
    await expect(page.getByRole("heading", { level: 1, name: t("milestones.myTitle") })).toBeVisible();
    const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });
    await row.getByRole("button", { name: new RegExp(`^${escapeRegExp(t("progress.logUpdate"))}`) }).click();
    // Off track, so a lower figure than the last one (another journey's) needs no confirmation.
    await row.getByLabel(t("progress.fields.percentComplete")).fill(String(60 + ["en", "ms", "zh"].indexOf(language)));
    await row.getByLabel(t("progress.fields.status")).selectOption("OFF_TRACK");
    await row.getByLabel(t("progress.fields.narrative")).fill(`${language}: ${accounts.officerMy}`);
    await expectNoAccessibilityViolations(page);
    await row.getByRole("button", { name: t("progress.save") }).click();
    await expect(row.getByRole("status").filter({ hasText: t("progress.savedFor", { title }) })).toBeVisible();

    await row.getByRole("link", { name: title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(`${language}: ${accounts.officerMy}`)).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
