// Shared by the end-to-end journeys: demo accounts, signing in, the fixed clock, and the
// accessibility scan. Specs import `test` from here (not from @playwright/test) so that every
// browser context they open runs at the suite's fixed time.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page, type Request } from "@playwright/test";

/**
 * The suite's "now" (playwright.config.ts: the next 00:30 in Kuala Lumpur, when UTC is still on
 * the previous day). The server runs at the same time (scripts/e2e-server.mjs, libfaketime).
 */
export const e2eNow = new Date(process.env.E2E_NOW ?? "");
if (Number.isNaN(e2eNow.getTime())) throw new Error("E2E_NOW is not set: run the suite through playwright.config.ts");

/** A calendar day relative to the suite's today in Kuala Lumpur, as YYYY-MM-DD. */
export function klDay(offsetDays = 0): string {
  return new Date(e2eNow.getTime() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function withFixedClock(context: BrowserContext): Promise<BrowserContext> {
  await context.clock.setFixedTime(e2eNow);
  return context;
}

/** Every context a spec opens — the default one and those from browser.newContext() — gets the fixed clock. */
export const test = base.extend<object, { browser: Browser }>({
  browser: [
    async ({ browser }, provide) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => withFixedClock(await newContext(options));
      await provide(browser);
    },
    { scope: "worker" },
  ],
  context: async ({ context }, provide) => {
    await provide(await withFixedClock(context));
  },
});
export { expect };

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
  // A client-side navigation sets the document title a moment after the content: scan the page
  // once it is complete, not mid-way.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

/**
 * Posts a captured server action request again, byte for byte except for the replacements, from
 * another browser context (with its own cookies, or none) and optionally with other headers.
 */
export function replayAction(
  captured: Request,
  context: BrowserContext,
  options: { replace?: [string, string][]; headers?: Record<string, string> } = {},
) {
  let body = (captured.postDataBuffer() ?? Buffer.alloc(0)).toString("utf8");
  for (const [from, to] of options.replace ?? []) body = body.split(from).join(to);
  const headers = captured.headers();
  return context.request.post(captured.url(), {
    headers: { "next-action": headers["next-action"] ?? "", "content-type": headers["content-type"] ?? "", accept: "text/x-component", ...options.headers },
    data: Buffer.from(body),
  });
}

/** Chooses from a searching combobox as a person does: types part of the name, then picks the option. */
export async function chooseFromCombobox(scope: Page | Locator, label: string, typed: string, option: string | RegExp) {
  const input = scope.getByRole("combobox", { name: label, exact: true });
  await input.fill(typed);
  const page = "goto" in scope ? scope : scope.page();
  await page.getByRole("option", { name: option }).click();
  await expect(input).toHaveValue(option);
}
