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

/** The fields of a captured multipart/form-data body (how React posts a server action). */
export function parseMultipart(body: Buffer, contentType: string): Record<string, string> {
  const boundary = contentType.match(/boundary=(?:"([^"]+)"|([^;]+))/)?.slice(1).find(Boolean);
  if (!boundary) throw new Error(`Not a multipart body: ${contentType}`);
  const fields: Record<string, string> = {};
  for (const part of body.toString("utf8").split(`--${boundary}`)) {
    const match = part.match(/name="([^"]+)"\r\n\r\n([\s\S]*)\r\n$/);
    if (match?.[1] !== undefined && match[2] !== undefined) fields[match[1]] = match[2];
  }
  return fields;
}
