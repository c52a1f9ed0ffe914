// A user makes a personal access token on their account page and reads their milestones with it
// through /api/v1, as another system would; then revokes it and the API refuses it.
import { expect, expectNoAccessibilityViolations, storageStateOf, test } from "./support";

test.use({ storageState: storageStateOf("officerMy") });

test("an officer creates a token, reads their milestones with it, sees its last use and revokes it", async ({ page, request }) => {
  const name = `Reporting system ${Date.now()}`;
  await page.goto("/account");
  const section = page.getByRole("region", { name: "API tokens" });
  await section.getByLabel("Token name").fill(name);
  await section.getByLabel("Access").selectOption({ label: "Read only" });
  await section.getByLabel("Expires after").selectOption({ label: "30 days" });
  await section.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Copy it now: it will not be shown again.")).toBeVisible();
  const token = await page.getByLabel("New token").inputValue();
  expect(token).toMatch(/^mou_pat_/);
  await expectNoAccessibilityViolations(page);

  // Another system: no cookies, only the token.
  const response = await request.get("/api/v1/milestones?limit=100", { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  expect(response.headers()["etag"]).toBeTruthy();
  const body = (await response.json()) as { data: { id: string; title: { en: string } }[] };
  expect(body.data.length).toBeGreaterThan(0);
  // The same milestones the officer sees on their milestones page.
  const first = body.data[0];
  if (!first) throw new Error("no milestones");
  await page.goto(`/milestones/${first.id}`);
  await expect(page.getByRole("heading", { name: first.title.en })).toBeVisible();

  // A read-only token writes nothing, and the refusal is problem+json.
  const refused = await request.post(`/api/v1/milestones/${first.id}/progress-updates`, { headers: { Authorization: `Bearer ${token}` }, data: { reportedOn: "2025-06-01", percentComplete: 10, status: "ON_TRACK", narrative: "No." } });
  expect(refused.status()).toBe(403);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");

  await page.goto("/account");
  const tokens = page.getByRole("table", { name: "Your tokens" });
  const row = tokens.getByRole("row").filter({ hasText: name });
  await expect(row).not.toContainText("Never");
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(row).toContainText("Revoked");
  const afterRevoke = await request.get("/api/v1/milestones", { headers: { Authorization: `Bearer ${token}` } });
  expect(afterRevoke.status()).toBe(401);
});

test("the API reference is readable without signing in", async ({ browser }) => {
  const anonymous = await browser.newContext();
  const page = await anonymous.newPage();
  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { name: "API reference", level: 1 })).toBeVisible();
  await expect(page.getByRole("cell", { name: "/api/v1/milestones", exact: true })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const document = await page.request.get("/api/v1/openapi.json");
  expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");
  await anonymous.close();
});

test("an administrator is refused a webhook receiver on a private address", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await admin.newPage();
  await page.goto("/admin/webhooks");
  await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
  await page.getByLabel("Receiver URL").fill("http://127.0.0.1:9/hook");
  await page.getByRole("checkbox", { name: "Meeting scheduled" }).check();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("This address is on a private or local network.")).toBeVisible();
  await expect(page.getByLabel("Receiver URL")).toHaveValue("http://127.0.0.1:9/hook");
  await expectNoAccessibilityViolations(page);
  await admin.close();
});
