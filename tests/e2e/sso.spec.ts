// Single sign-on through a real OpenID provider (oidc-provider, started by scripts/e2e-server.mjs):
// a user signs in with the provider, lands in the app signed in (no second step asked: the
// provider is trusted for it), and signs out of both the app and the provider; an email the provider did not verify, or one no
// account uses, is refused with the reason on the sign-in page.
import type { Page } from "@playwright/test";
import { accounts, expect, test, expectNoAccessibilityViolations } from "./support";

const ssoButton = "Continue with the test government ID";

/** The provider's development sign-in page: any login, any password. */
async function signInAtProvider(page: Page, login: string) {
  await page.goto("/login");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: ssoButton }).click();
  await page.waitForURL(/localhost:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("a manager signs in through the identity provider and out again", async ({ page }) => {
  await signInAtProvider(page, accounts.manager);
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto("/account");
  await expect(page.getByText(accounts.manager)).toBeVisible();

  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  // The provider's session ends too: it asks, then sends the browser back to the sign-in page.
  await page.waitForURL(/localhost:\d+\/session\/end/);
  await page.getByRole("button", { name: "Yes, sign me out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
  // So the next person at this computer is asked who they are, not signed in as the last one.
  await page.getByRole("button", { name: ssoButton }).click();
  await page.waitForURL(/localhost:\d+\/interaction\//);
  await expect(page.locator('input[name="login"]')).toBeVisible();
});

test("an unverified email, or one no account uses, signs nobody in and says why", async ({ page }) => {
  await signInAtProvider(page, `unverified.${accounts.officerMy}`);
  await expect(page).toHaveURL(/\/login\?sso=notVerified/);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText("The identity provider has not confirmed this email address");

  await page.context().clearCookies();
  await signInAtProvider(page, "nobody.here@gov.example");
  await expect(page).toHaveURL(/\/login\?sso=noAccount/);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText("No account here uses the email address");
});
