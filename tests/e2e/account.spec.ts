// A user's own account: where they are signed in, ending other sessions, changing the password.
import { expect, expectNoAccessibilityViolations, signIn, storageStateOf, test } from "./support";

test("a user sees their sessions, signs out everywhere else, and changes their password", async ({ browser }) => {
  // A long journey: an account made by an administrator, three sign-ins and a password change.
  test.setTimeout(180_000);
  const email = `account-${Date.now()}@mou.example`;
  const firstPassword = "river lantern orchard 7";
  const admin = await browser.newContext({ storageState: storageStateOf("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/users/new");
  await adminPage.getByLabel("Full name").fill("Account Holder");
  await adminPage.getByLabel("Email address").fill(email);
  await adminPage.getByLabel("Role").selectOption({ label: "Manager" });
  await adminPage.getByLabel("Initial password").fill(firstPassword);
  await adminPage.getByRole("button", { name: "Create user" }).click();
  await expect(adminPage).toHaveURL(/\/admin\/users$/);
  await admin.close();

  const laptop = await browser.newContext();
  const page = await laptop.newPage();
  await signIn(page, email, firstPassword);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await signIn(phonePage, email, firstPassword);
  await phonePage.waitForURL((url) => !url.pathname.startsWith("/login"));

  await page.getByRole("link", { name: "Account Holder: my account" }).click();
  await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  const sessions = page.getByRole("table", { name: "Where you are signed in" });
  await expect(sessions.getByRole("row")).toHaveCount(3); // header + two sessions
  await expect(sessions.getByText("This device")).toHaveCount(1);
  await expectNoAccessibilityViolations(page);

  await page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End session" }).click();
  await expect(sessions.getByRole("row")).toHaveCount(2); // header + this session
  await phonePage.goto("/dashboard");
  await expect(phonePage).toHaveURL(/\/login/);

  await page.getByLabel("Current password").fill("not it at all");
  await page.getByRole("textbox", { name: "New password", exact: true }).fill("password123456");
  await page.getByLabel("New password again").fill("password123456");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is not correct.")).toBeVisible();

  const secondPassword = "copper meadow signal 42";
  await page.getByLabel("Current password").fill(firstPassword);
  await page.getByRole("textbox", { name: "New password", exact: true }).fill(secondPassword);
  await page.getByLabel("New password again").fill(secondPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login\?notice=passwordChanged/);
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed." })).toBeVisible();
  await signIn(page, email, secondPassword);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await laptop.close();
  await phone.close();
});
