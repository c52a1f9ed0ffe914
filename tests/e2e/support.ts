// Shared by the end-to-end journeys: demo accounts, signing in, and the accessibility scan.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const demoPassword = "MouTracker!2025";

export const accounts = {
  admin: "admin@mou.example",
  manager: "manager@mou.example",
  officerMy: "officer.my@mou.example",
  officerCn: "officer.cn@mou.example",
  memberMy: "member.my@mou.example",
  memberCn: "member.cn@mou.example",
} as const;
export type AccountName = keyof typeof accounts;

// Per suite name (E2E_NAME), so suites running side by side never share sessions.
export const storageStateOf = (account: AccountName) => `tests/e2e/.auth/${process.env.E2E_NAME ?? "default"}/${account}.json`;

export async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Fails the test with the list of WCAG A/AA violations on the page as it is now. */
export async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}
