// Every main page fits every screen from a phone up, in every language: nothing pushes the page
// sideways (wide tables scroll inside their own labelled region), the header never wraps into a
// second row of navigation, and each page passes an accessibility scan (WCAG 2.2 AA, which
// includes target size) in each language.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoPassword, signIn, storageStateOf } from "./support";

const widths = [360, 768, 1280] as const;
const languages = [
  { code: "en", button: "English", agreements: "Agreements" },
  { code: "ms", button: "Bahasa Melayu", agreements: "Perjanjian" },
  { code: "zh", button: "简体中文", agreements: "协议" },
] as const;
const mainPages = ["/dashboard", "/dashboard/sides", "/agreements", "/milestones", "/action-items", "/working-groups", "/admin/users"];

/** Creates a user of the given role through the administrator's form, so the test owns its language. */
async function createUser(browser: Browser, role: "Administrator" | "Manager") {
  const context = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await context.newPage();
  const email = `layout-${role.toLowerCase()}-${Date.now()}@mou.example`;
  await page.goto("/admin/users/new");
  await page.getByLabel("Full name").fill(`Layout ${role} with a rather long name`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role").selectOption({ label: role });
  const organisation = page.getByLabel("Organisation");
  const longest = await organisation.locator("option").evaluateAll((options) =>
    options.map((option) => option.textContent ?? "").reduce((a, b) => (b.length > a.length ? b : a), ""),
  );
  await organisation.selectOption({ label: longest });
  await page.getByLabel("Initial password").fill(demoPassword);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await context.close();
  return email;
}

async function signedInIn(browser: Browser, email: string, language: (typeof languages)[number]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  // The switch saves the language to this test's own account.
  await page.getByRole("button", { name: language.button }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", new RegExp(`^${language.code}`));
  return { context, page };
}

/** What sticks out of the viewport: the document itself, or any visible element not inside a scroll region. */
async function overflowOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const viewport = window.innerWidth;
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > viewport) problems.push(`the page scrolls sideways: ${root.scrollWidth}px in ${viewport}px`);
    const clipsOverflow = (element: Element) => getComputedStyle(element).overflowX !== "visible";
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      // Even a 1 px screen-reader-only text can widen the page, so nothing is too small to count.
      if (box.right <= viewport + 1) continue;
      // Not rendered: inside a closed menu, display: none, or visibility: hidden.
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      if (getComputedStyle(element).position === "fixed") continue;
      if (element.closest("svg") !== element && element.closest("svg")) continue;
      let ancestor = element.parentElement;
      let isClipped = false;
      while (ancestor && ancestor !== document.body) {
        if (clipsOverflow(ancestor) && ancestor.getBoundingClientRect().right <= viewport + 1) {
          isClipped = true;
          break;
        }
        ancestor = ancestor.parentElement;
      }
      if (isClipped) continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} "${(element.textContent ?? "").trim().slice(0, 40)}"`;
      problems.push(`${name} ends at ${Math.round(box.right)}px in ${viewport}px`);
    }
    return problems;
  });
}

/** The header's navigation, where shown as a bar, is one row. */
async function navigationRows(page: Page): Promise<number> {
  const navigation = page.getByRole("banner").getByRole("navigation");
  if (!(await navigation.isVisible())) return 0;
  const tops = await navigation.getByRole("link").evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
  return new Set(tops).size;
}

async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

async function checkPage(page: Page, path: string, width: number, scan: boolean) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await overflowOf(page), `${path} at ${width}px`).toEqual([]);
  const rows = await navigationRows(page);
  if (width >= 1024) expect(rows, `${path}: the navigation bar is one row at ${width}px`).toBe(1);
  if (scan) expect(await accessibilityViolations(page), `${path} accessibility`).toEqual([]);
}

test.describe("every main page fits from 360 px up and passes the scan", () => {
  test.describe.configure({ timeout: 300_000 });
  let adminEmail = "";
  let managerEmail = "";

  test.beforeAll(async ({ browser }) => {
    adminEmail = await createUser(browser, "Administrator");
    managerEmail = await createUser(browser, "Manager");
  });

  for (const language of languages) {
    test(`administrator, in ${language.code}`, async ({ browser }) => {
      const { context, page } = await signedInIn(browser, adminEmail, language);
      await page.goto("/agreements");
      const agreement = await page.getByRole("main").locator('table a[href^="/agreements/"]').first().getAttribute("href");
      const pages = [...mainPages, agreement ?? "/agreements"];
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        for (const path of pages) await checkPage(page, path, width, width === 1280);
      }
      await context.close();
    });

    test(`manager's header, in ${language.code}`, async ({ browser }) => {
      const { context, page } = await signedInIn(browser, managerEmail, language);
      for (const width of [360, 768, 1024, 1280, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto("/agreements");
        expect(await overflowOf(page), `at ${width}px`).toEqual([]);
        if (width >= 1024) expect(await navigationRows(page)).toBe(1);
      }
      await context.close();
    });
  }
});

test("on a narrow screen the navigation is one keyboard-operable menu away", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("admin"), viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/agreements");
  const navigation = page.getByRole("navigation", { name: "Main navigation" });
  await expect(navigation).toBeHidden();
  const menu = page.locator("summary", { hasText: "Menu" });
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(navigation.getByRole("link", { name: "Working groups" })).toBeVisible();
  expect(await overflowOf(page), "the open menu fits the screen").toEqual([]);
  await page.keyboard.press("Escape");
  await expect(navigation).toBeHidden();
  await expect(menu).toBeFocused();
  await page.keyboard.press("Enter");
  await navigation.getByRole("link", { name: "Working groups" }).click();
  await expect(page).toHaveURL(/\/working-groups$/);
  // The menu closes after the navigation, leaving the new page in view.
  await expect(navigation).toBeHidden();
  await context.close();
});
