// Pages that work before JavaScript: this file runs in the "no-javascript" project (scripts
// disabled), so every page here must render its main content, and every form must post and
// show its result, from the server's HTML alone.
import { expect, test, type Browser } from "@playwright/test";
import { accounts, demoPassword, signIn, storageStateOf, type AccountName } from "./support";

async function pageAs(browser: Browser, account: AccountName) {
  const context = await browser.newContext({ storageState: storageStateOf(account) });
  return { context, page: await context.newPage() };
}

test("this project really runs without JavaScript", async () => {
  expect(test.info().project.use.javaScriptEnabled).toBe(false);
});

test("signing in works without JavaScript, refusal and success alike", async ({ page }) => {
  await signIn(page, accounts.officerMy, "not the password");
  await expect(page.getByRole("alert").filter({ hasText: "The email address or password is not correct." })).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue(accounts.officerMy);
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/milestones$/);
  await expect(page.getByRole("heading", { level: 1, name: "My milestones" })).toBeVisible();
});

test("the lists render their rows without JavaScript", async ({ browser }) => {
  const { context, page } = await pageAs(browser, "manager");
  const lists = [
    { path: "/agreements", heading: "Agreements", rowLink: /^\/agreements\/(?!new|export)[^?]+$/ },
    { path: "/milestones", heading: "Milestones", rowLink: /^\/milestones\/(?!new|import)/ },
    { path: "/working-groups", heading: "Working groups", rowLink: /^\/working-groups\/(?!new)/ },
    { path: "/action-items", heading: "Action items", rowLink: /^\/action-items\/(?!new)/ },
  ];
  for (const list of lists) {
    const response = await page.goto(list.path);
    expect(response?.status(), list.path).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: list.heading })).toBeVisible();
    const hrefs = await page.getByRole("main").getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    const rowHref = hrefs.find((href) => list.rowLink.test(href));
    expect(rowHref, `${list.path} shows its rows`).toBeDefined();
    await expect(page.getByRole("main").locator(`a[href="${rowHref}"]`).first()).toBeVisible();
  }
  await context.close();
});

test("an agreement's page renders its record without JavaScript", async ({ browser }) => {
  const { context, page } = await pageAs(browser, "manager");
  await page.goto("/agreements");
  const first = page.getByRole("main").locator('table a[href^="/agreements/"]').first();
  const title = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "History" })).toBeVisible();
  await context.close();
});

test("an officer logs progress without JavaScript and sees it saved", async ({ browser }) => {
  const { context, page } = await pageAs(browser, "officerMy");
  await page.goto("/milestones");
  // Before scripts, "Log update" on the list is a link to the milestone page's own form.
  const logUpdate = page.getByRole("link", { name: /^Log update/ }).first();
  await expect(logUpdate).toBeVisible();
  await logUpdate.click();
  await expect(page.getByRole("heading", { level: 2, name: "Log an update" })).toBeVisible();

  const narrative = `Logged without scripts ${Date.now()}`;
  await page.getByLabel("Status").selectOption({ label: "At risk" });
  await page.getByRole("spinbutton", { name: "Percent complete" }).fill("40");
  await page.getByLabel("What happened").fill(narrative);
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The update was saved." })).toBeVisible();
  await expect(page.getByText(narrative)).toBeVisible();
  await context.close();
});

test("the header's menu opens without JavaScript on a narrow screen", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("admin"), viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/agreements");
  const navigation = page.getByRole("navigation", { name: "Main navigation" });
  await expect(navigation).toBeHidden();
  await page.getByText("Menu", { exact: true }).click();
  await expect(navigation.getByRole("link", { name: "People" })).toBeVisible();
  await navigation.getByRole("link", { name: "People" }).click();
  await expect(page).toHaveURL(/\/admin\/people$/);
  await context.close();
});

test("unknown records answer 404", async ({ browser }) => {
  const { context, page } = await pageAs(browser, "admin");
  for (const path of ["/agreements/no-such-record", "/milestones/no-such-record", "/working-groups/no-such-record", "/action-items/no-such-record", "/meetings/no-such-record", "/dashboard/agreements/no-such-record"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  // A record that exists answers 200, so the check above can tell the two apart.
  await page.goto("/agreements");
  const href = await page.getByRole("main").locator('table a[href^="/agreements/"]').first().getAttribute("href");
  expect((await page.goto(href ?? "/"))?.status()).toBe(200);
  await context.close();
});

test("the dashboard's agreement filter works without JavaScript: the server resolves the typed title", async ({ browser }) => {
  const { context, page } = await pageAs(browser, "manager");
  await page.goto("/dashboard");
  await page.getByRole("combobox", { name: "Agreement", exact: true }).fill("digital economy cooperation");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/agreementText=/);
  await expect(page.getByRole("combobox", { name: "Agreement", exact: true })).toHaveValue("Memorandum of Understanding on Digital Economy Cooperation");
  // The chosen agreement's areas are offered now.
  await expect(page.getByText("Choose an agreement to filter by one of its areas.")).toHaveCount(0);
  await context.close();
});
