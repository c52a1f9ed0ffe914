// Public pages, end to end: an administrator publishes an agreement (with confirmation) and an
// anonymous visitor reads it in Chinese; what is not published is not found; the page may be
// cached by shared caches; robots.txt and security.txt are served; taking the page down hides it.
import { expect, test, expectNoAccessibilityViolations, storageStateOf } from "./support";

const agreementPath = "/agreements/seed_agreement_ai";
const publicPath = "/public/agreements/seed_agreement_ai";

test.describe.serial("public pages", () => {
  test("an administrator publishes an agreement and an anonymous visitor reads it in Chinese", async ({ browser }) => {
    const admin = await (await browser.newContext({ storageState: storageStateOf("admin") })).newPage();
    await admin.goto(agreementPath);
    await expect(admin.getByText("Public page: not published.")).toBeVisible();
    await admin.getByRole("button", { name: "Publish public page" }).click();
    const dialog = admin.getByRole("dialog", { name: "Publish this agreement's public page?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(admin.getByText(/Public page: published on/)).toBeVisible();
    await expect(admin.getByRole("button", { name: "Take down public page" })).toBeVisible();

    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    const response = await visitor.goto("/public/agreements");
    expect(response?.status()).toBe(200);
    expect(response?.headers()["cache-control"]).toContain("s-maxage=60");
    await visitor.getByRole("button", { name: "简体中文" }).click();
    await expect(visitor.getByRole("heading", { level: 1, name: "已公开的协议" })).toBeVisible();
    await expectNoAccessibilityViolations(visitor);
    await visitor.getByRole("link", { name: "关于人工智能合作的谅解备忘录" }).click();
    await expect(visitor).toHaveURL(new RegExp(`${publicPath}$`));
    await expect(visitor.getByRole("heading", { level: 1, name: "关于人工智能合作的谅解备忘录" })).toBeVisible();
    await expect(visitor.getByRole("heading", { name: "缔约方" })).toBeVisible();
    await expect(visitor.getByRole("heading", { name: "合作领域及进展" })).toBeVisible();
    // Office holders marked public, in their Chinese names; the three languages side by side.
    await expect(visitor.getByText("郑栅洁", { exact: true })).toBeVisible();
    await expect(visitor.getByText("Memorandum of Understanding on Artificial Intelligence Cooperation", { exact: true })).toBeVisible();
    await expectNoAccessibilityViolations(visitor);

    // Anything not published stays out of reach: another agreement's public address, and its internal one.
    expect((await visitor.goto("/public/agreements/seed_agreement_digital_economy"))?.status()).toBe(404);
    await visitor.goto("/agreements/seed_agreement_ai");
    await expect(visitor).toHaveURL(/\/login/);
    await visitorContext.close();
    await admin.context().close();
  });

  test("robots.txt lets crawlers index the public pages only; security.txt names a contact", async ({ request }) => {
    const robots = await request.get("/robots.txt");
    expect(robots.status()).toBe(200);
    const rules = await robots.text();
    expect(rules).toContain("Allow: /public/agreements");
    expect(rules).toContain("Disallow: /");
    const security = await request.get("/.well-known/security.txt");
    expect(security.status()).toBe(200);
    expect(await security.text()).toMatch(/^Contact: (mailto|https|tel):/m);
  });

  test("taking the page down hides it from visitors at once", async ({ browser }) => {
    const admin = await (await browser.newContext({ storageState: storageStateOf("admin") })).newPage();
    await admin.goto(agreementPath);
    await admin.getByRole("button", { name: "Take down public page" }).click();
    await admin.getByRole("dialog", { name: "Take down this agreement's public page?" }).getByRole("button", { name: "Take down", exact: true }).click();
    await expect(admin.getByText("Public page: not published.")).toBeVisible();
    const visitor = await (await browser.newContext()).newPage();
    expect((await visitor.goto(publicPath))?.status()).toBe(404);
    await visitor.goto("/public/agreements");
    await expect(visitor.getByText("Memorandum of Understanding on Artificial Intelligence Cooperation")).toHaveCount(0);
    await admin.context().close();
    await visitor.context().close();
  });
});
