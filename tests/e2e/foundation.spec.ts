import type { MessageKey } from "@/lib/i18n/translate";
import { localeTags } from "@/lib/i18n/config";
import { expect, test, accounts, expectNoAccessibilityViolations, replayAction, signIn, storageStateOf, type AccountName } from "./support";
import { translatorFor, type Locale } from "./i18n";

// Each role's navigation, in the language its demo account reads (officer.cn and member.cn read Chinese).
const navigationByRole: { account: AccountName; home: string; links: MessageKey[]; language: Locale }[] = [
  { account: "admin", home: "/dashboard", links: ["nav.dashboard", "nav.agreements", "nav.milestones", "nav.workingGroups", "nav.actionItems", "nav.users", "nav.organisations", "nav.people", "notifications.outbox.title", "webhooks.title"], language: "en" },
  { account: "manager", home: "/dashboard", links: ["nav.dashboard", "nav.agreements", "nav.milestones", "nav.workingGroups", "nav.actionItems"], language: "en" },
  { account: "officerMy", home: "/milestones", links: ["nav.milestones", "nav.agreements", "nav.workingGroups", "nav.toConfirm"], language: "en" },
  { account: "officerCn", home: "/milestones", links: ["nav.milestones", "nav.agreements", "nav.workingGroups", "nav.toConfirm"], language: "zh" },
  { account: "memberMy", home: "/action-items", links: ["nav.actionItems", "nav.workingGroups", "nav.calendar", "nav.agreements", "nav.toConfirm"], language: "en" },
  { account: "memberCn", home: "/action-items", links: ["nav.actionItems", "nav.workingGroups", "nav.calendar", "nav.agreements", "nav.toConfirm"], language: "zh" },
];

test.describe("each role sees its own navigation, in its own language", () => {
  for (const { account, home, links, language } of navigationByRole) {
    test(`${account} (${language})`, async ({ browser }) => {
      const t = translatorFor(language);
      const context = await browser.newContext({ storageState: storageStateOf(account) });
      const page = await context.newPage();
      await page.goto("/");
      // Home is the first entry of the role's navigation.
      await expect(page).toHaveURL(new RegExp(`${home}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", localeTags[language]);
      const navigation = page.getByRole("navigation", { name: t("shell.mainNavigation") });
      await expect(navigation.getByRole("link")).toHaveText(links.map((key) => t(key)));
      await expectNoAccessibilityViolations(page);
      await context.close();
    });
  }
});

test("a wrong password shows one clear error and keeps the email", async ({ page }) => {
  await signIn(page, "nobody-here@mou.example", "not the password");
  await expect(page.getByRole("alert").filter({ hasText: "The email address or password is not correct." })).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue("nobody-here@mou.example");
  await expectNoAccessibilityViolations(page);
});

test("signing out returns to the sign-in page and the session is gone", async ({ page }) => {
  await signIn(page, accounts.manager);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/agreements");
  // Sent to sign in, keeping where the reader was going.
  await expect(page).toHaveURL(/\/login\?next=%2Fagreements$/);
});

test("anonymous visitors are sent to sign in, and a replayed action does nothing", async ({ page, browser }) => {
  await page.goto("/agreements/anything");
  await expect(page).toHaveURL(/\/login\?next=%2Fagreements%2Fanything$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  // Capture a real, valid server action call made by an administrator…
  const admin = await browser.newContext({ storageState: storageStateOf("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/users/new");
  const actionRequest = adminPage.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  const capturedEmail = `captured-${Date.now()}@mou.example`;
  await adminPage.getByLabel("Full name").fill("Captured Request");
  await adminPage.getByLabel("Email address").fill(capturedEmail);
  await adminPage.getByLabel("Role").selectOption({ label: "Manager" });
  await adminPage.getByLabel("Initial password").fill("a-long-password-1");
  await adminPage.getByRole("button", { name: "Create user" }).click();
  const captured = await actionRequest;
  await expect(adminPage).toHaveURL(/\/admin\/users$/);

  // …replay it without a session: refused, nothing written…
  const anonymousEmail = `replayed-anonymous-${Date.now()}@mou.example`;
  const anonymous = await browser.newContext();
  expect((await replayAction(captured, anonymous, { replace: [[capturedEmail, anonymousEmail]] })).status()).toBeLessThan(500);
  await anonymous.close();

  // …while the same replay with the administrator's session does create the user (so the
  // replay itself is well-formed and the refusal above is the session check at work).
  const adminEmail = `replayed-admin-${Date.now()}@mou.example`;
  await replayAction(captured, admin, { replace: [[capturedEmail, adminEmail]] });
  await adminPage.goto("/admin/users");
  await expect(adminPage.getByRole("cell", { name: adminEmail })).toBeVisible();
  await expect(adminPage.getByRole("cell", { name: anonymousEmail })).toHaveCount(0);
  await admin.close();
});

test("an administrator links a working-group member's account to the person it stands for", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await context.newPage();
  await page.goto("/admin/users/new");
  const name = `Linked member ${Date.now()}`;
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email address").fill(`linked.${Date.now()}@mou.example`);
  await page.getByLabel("Role").selectOption({ label: "Working-group member" });
  await page.getByLabel("Person record").selectOption({ label: "Gobind Singh Deo (Ministry of Digital)" });
  await page.getByLabel("Initial password").fill("a-long-password-1");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByRole("link", { name }).click();
  await expect(page.getByLabel("Person record")).toHaveValue("seed_person_gobind_singh_deo");
  // A person stands behind one account: a second new account is not offered them.
  await page.goto("/admin/users/new");
  await expect(page.getByLabel("Person record").getByRole("option", { name: "Gobind Singh Deo (Ministry of Digital)" })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await context.close();
});

test("an administrator creates a user who then appears in the list", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await context.newPage();
  await page.goto("/admin/users");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Create user" }).click();
  const email = `new.officer.${Date.now()}@mou.example`;
  await page.getByLabel("Full name").fill("Nur Iman binti Yusof");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role").selectOption({ label: "Ministry officer" });
  // A missing organisation for an officer is named at the field.
  await page.getByLabel("Initial password").fill("a-long-password-1");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("An officer must belong to an organisation.")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Organisation").selectOption({ label: "Ministry of Digital (Malaysia)" });
  await page.getByLabel("Initial password").fill("a-long-password-1");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  // Back on the list, the save is said (and the notice leaves the address, so a reload does not repeat it).
  await expect(page.getByRole("status").filter({ hasText: "User created." })).toBeFocused();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
  await context.close();
});

test.describe("languages", () => {
  // The journey below switches the manager's saved language; put it back even when it fails,
  // so other journeys find the interface in English. Language names read the same in every language.
  test.afterEach(async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("manager") });
    const page = await context.newPage();
    await page.goto("/agreements");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
    await context.close();
  });

test("the seeded agreements read the same in English, Malay and Chinese", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("manager") });
  const page = await context.newPage();
  await page.goto("/agreements");
  await expect(page.getByRole("link", { name: "Memorandum of Understanding on Digital Economy Cooperation" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Memorandum of Understanding on Artificial Intelligence Cooperation" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Letter of Intent between MDEC and Zhejiang University" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole("link", { name: "Memorandum of Understanding on Digital Economy Cooperation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Memorandum of Understanding on Digital Economy Cooperation");
  const signing = page.getByRole("region", { name: "Signing" });
  await expect(signing).toContainText("16 April 2025");
  await expect(signing).toContainText("Anwar Ibrahim");
  await expect(signing).toContainText("Xi Jinping");
  // The report says the two ministers exchanged the MoUs; it does not say who signed them.
  await expect(page.getByRole("region", { name: "Exchanged by" })).toContainText("Gobind Singh Deo");
  await expect(page.getByRole("region", { name: "Exchanged by" })).toContainText("Zheng Shanjie");
  await expect(page.getByRole("region", { name: "Signatories" })).toContainText("Not stated");
  await expect(page.getByRole("region", { name: "Parties" })).toContainText("National Development and Reform Commission");
  await expect(page.getByRole("region", { name: "Cooperation areas" }).getByRole("listitem")).toHaveCount(5);
  await expect(page.getByRole("region", { name: "Cooperation areas" })).toContainText("policy coordination and regulatory alignment");
  await expectNoAccessibilityViolations(page);

  await page.getByRole("link", { name: "Joint Working Group on Digital Economy" }).click();
  const members = page.getByRole("region", { name: "Members", exact: true });
  await expect(members).toContainText("National Data Administration");
  await expect(members).toContainText("Malaysia");
  await expectNoAccessibilityViolations(page);

  // Bahasa Melayu, then Simplified Chinese: the choice persists across pages.
  await page.getByRole("button", { name: "Bahasa Melayu" }).click();
  await expect(page.getByRole("navigation", { name: "Navigasi utama" })).toBeVisible();
  await page.goto("/agreements");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Perjanjian");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "简体中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("协议");
  await page.getByRole("link", { name: "关于数字经济合作的谅解备忘录" }).click();
  await expect(page.getByRole("region", { name: "签署", exact: true })).toContainText("2025年4月16日");
  // Chinese pages show Chinese names in characters, title first and without the Malaysian honorific.
  await expect(page.getByRole("region", { name: "签署", exact: true })).toContainText("马来西亚总理安瓦尔");
  await expect(page.getByRole("region", { name: "签署", exact: true })).toContainText("习近平");
  await expectNoAccessibilityViolations(page);
  // Back to English for the other journeys that use this account.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Memorandum of Understanding on Digital Economy Cooperation");
  await context.close();
});
});
