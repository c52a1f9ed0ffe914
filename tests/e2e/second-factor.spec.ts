// Two-step sign-in: a new administrator sets up an authenticator app on their account page (the
// test computes the app's code from the key the page shows, at the server's time), signs out,
// signs in again with the second step, and then with a recovery code, which works once.
import { Secret, TOTP } from "otpauth";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectNoAccessibilityViolations, signIn, storageStateOf, test } from "./support";

/** The server's clock (it runs under libfaketime), read from its Date header. */
async function serverNow(request: APIRequestContext): Promise<Date> {
  const response = await request.get("/login");
  return new Date(response.headers()["date"] ?? "");
}

function codeAt(key: string, at: Date): string {
  return new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, "")), digits: 6, period: 30, algorithm: "SHA1" }).generate({ timestamp: at.getTime() });
}

const step = (at: Date) => Math.floor(at.getTime() / 30_000);

/** A code of a time step after `after` (each step's code is accepted once). */
async function freshCode(request: APIRequestContext, key: string, after: number): Promise<string> {
  let now = await serverNow(request);
  while (step(now) <= after) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    now = await serverNow(request);
  }
  return codeAt(key, now);
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
}

test("an administrator enrols a second factor, signs in with it, and uses a recovery code once", async ({ browser, request }) => {
  // Waits for the authenticator's next 30-second step once.
  test.setTimeout(240_000);
  const email = `mfa-${Date.now()}@mou.example`;
  const password = "quiet harbour lantern 42";
  const admin = await browser.newContext({ storageState: storageStateOf("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/users/new");
  await adminPage.getByLabel("Full name").fill("Second Factor Admin");
  await adminPage.getByLabel("Email address").fill(email);
  await adminPage.getByLabel("Role").selectOption({ label: "Administrator" });
  await adminPage.getByLabel("Initial password").fill(password);
  await adminPage.getByRole("button", { name: "Create user" }).click();
  await expect(adminPage).toHaveURL(/\/admin\/users$/);
  await admin.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto("/account");
  await expect(page.getByText("Off.")).toBeVisible();
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(page.getByRole("img", { name: "QR code to add MoU Tracker to an authenticator app" })).toBeVisible();
  const key = (await page.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent()) ?? "";
  expect(key.replace(/\s/g, "")).toHaveLength(32);

  const enrolledAt = await serverNow(request);
  await page.getByLabel("Code from the app").fill(codeAt(key, enrolledAt));
  await page.getByRole("button", { name: "Turn on" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCode = ((await codes.first().textContent()) ?? "").trim();
  await page.reload();
  await expect(page.getByText(/On since .*Recovery codes left: 10\./)).toBeVisible();

  // The password alone no longer signs in: the second step asks for the app's code.
  await signOut(page);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/login\/verify/);
  await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
  await page.getByLabel("Code").fill("000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("The code is not correct.", { exact: false }).first()).toBeVisible();
  await page.getByLabel("Code").fill(await freshCode(request, key, step(enrolledAt)));
  await page.getByRole("button", { name: "Verify" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();

  // A recovery code signs in once.
  await signOut(page);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/login\/verify/);
  await page.getByLabel("Code").fill(recoveryCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await signOut(page);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/login\/verify/);
  await page.getByLabel("Code").fill(recoveryCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("The code is not correct.", { exact: false }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/login\/verify/);
  await context.close();
});

test("an administrator reads the security events and the sign-in policy", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await admin.newPage();
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "Security events" }).click();
  await expect(page.getByRole("heading", { name: "Security events" })).toBeVisible();
  await page.getByLabel("Kind").selectOption({ label: "Signed in" });
  await page.getByLabel("User email").fill("admin@mou.example");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/kind=auth\.signIn/);
  const events = page.getByRole("table", { name: "Security events" });
  await expect(events.getByRole("cell", { name: "Signed in" }).first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  expect((await download).suggestedFilename()).toMatch(/^security-events-.*\.csv$/);

  await page.goto("/admin/security");
  await expect(page.getByRole("group", { name: "Roles that require two-step sign-in" })).toBeVisible();
  // The demo seed relaxed the requirement so the demo accounts sign in with a password alone.
  await expect(page.getByRole("checkbox", { name: "Administrator" })).not.toBeChecked();
  await expectNoAccessibilityViolations(page);
  await admin.close();
});
