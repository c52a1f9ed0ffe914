// A manager's dashboards: drilling from an overdue count to the work behind it, comparing the
// two sides, and taking the briefing's figures away as CSV.
import { readFile } from "node:fs/promises";
import { expect, test, expectNoAccessibilityViolations, klDay, storageStateOf } from "./support";

test.use({ storageState: storageStateOf("manager") });

test("a manager drills from the overdue count to the overdue work behind it", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const milestones = page.getByRole("region", { name: "Milestones" });
  const overdueLink = milestones.getByRole("link", { name: /Overdue$/ }).first();
  await expect(overdueLink).toHaveAttribute("href", "/milestones?due=overdue");
  // The seed has two overdue milestones (01 and 06).
  await expect(overdueLink).toHaveText(/^2/);
  await expect(page.getByRole("img", { name: /Open milestones by due state/ })).toBeVisible();
  // The plan-based count beside the reported statuses, with its sentence.
  await expect(milestones.getByRole("link", { name: /Behind plan \(more than 10 points\)$/ })).toHaveText(/^\d+/);
  await expect(milestones.getByText(/open milestones are more than 10 points behind their planned line; \d+ of them are reported as on track\./)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The count leads to the work it counts: the list opens (not an error page) with the seed's
  // overdue milestone among the overdue ones.
  await overdueLink.click();
  await expect(page).toHaveURL(/\/milestones\?due=overdue/);
  await expect(page.getByRole("heading", { level: 1, name: "All milestones" })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Overdue/ }).getByRole("link", { name: "Joint comparative review of digital economy policies and regulations" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.goto("/dashboard");

  // Drill into the agreement with the most overdue work, then to the overdue item itself.
  const attention = page.getByRole("region", { name: "Dashboards of agreements" });
  const firstAgreement = attention.getByRole("row").nth(1).getByRole("link");
  const agreementTitle = (await firstAgreement.textContent()) ?? "";
  await firstAgreement.click();
  await expect(page).toHaveURL(/\/dashboard\/agreements\/[^/?]+/);
  await expect(page.getByRole("heading", { level: 1, name: agreementTitle })).toBeVisible();
  const overdue = page.getByRole("region", { name: "Overdue work" });
  const overdueItem = overdue.getByRole("listitem").first().getByRole("link");
  await expect(overdueItem).toHaveAttribute("href", /^\/milestones\/[^/]+$/);
  await expect(overdue.getByText(/\d+ days late/).first()).toBeVisible();
  await expect(page.getByRole("img", { name: /Milestone timeline/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Weighted progress by cooperation area" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("a manager switches the side comparison between agreements and cooperation areas", async ({ page }) => {
  await page.goto("/dashboard/sides");
  const grouping = page.getByRole("navigation", { name: "Compare by" });
  await expect(grouping.getByRole("link", { name: "By agreement" })).toHaveAttribute("aria-current", "page");
  const totals = page.getByRole("table", { name: "Milestones: totals by owner side" });
  await expect(totals.getByRole("columnheader")).toHaveText(["Measure", "Malaysia", "China", "Joint"]);
  await expect(page.getByRole("table", { name: /Milestones by owner side — Agreement/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await grouping.getByRole("link", { name: "By cooperation area" }).click();
  await expect(page).toHaveURL(/\/dashboard\/sides\?by=area/);
  await expect(grouping.getByRole("link", { name: "By cooperation area" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("table", { name: /Milestones by owner side — Cooperation area/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The side filter stays in the URL with the grouping.
  await page.getByRole("combobox", { name: "Owner side" }).selectOption("CHINA");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/by=area/);
  await expect(page).toHaveURL(/side=CHINA/);
  await expect(totals.getByRole("row", { name: /^Owned/ }).getByRole("cell").nth(0)).toHaveText("0");
});

test("a manager prints the briefing and downloads its figures as CSV", async ({ page }) => {
  await page.goto("/dashboard/briefing?side=JOINT");
  await expect(page.getByRole("heading", { level: 1, name: "Ministerial briefing" })).toBeVisible();
  // Kuala Lumpur's today, though the suite runs at 00:30 there, when UTC is still on yesterday.
  const preparedOn = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${klDay(0)}T00:00:00Z`));
  await expect(page.getByText(`Prepared on ${preparedOn}`)).toBeVisible();
  await expect(page.getByText(/^Filters: .*Owner side: Joint/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Key figures" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download figures (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe(`dashboard-figures-${klDay(0)}.csv`);
  const path = await download.path();
  const csv = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe("Section,Measure,Value");
  expect(lines).toContainEqual(expect.stringMatching(/^Milestones,Open milestones by due date: Overdue,\d+$/));
  expect(lines).toContainEqual(expect.stringMatching(/^Overall progress,Weighted progress of all milestones,[\d.]+$/));
});

test("officers do not get dashboards", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("officerMy") });
  const page = await context.newPage();
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const response = await page.request.get("/api/dashboard/figures?format=csv");
  expect(response.status()).toBe(404);
  await context.close();
});

test("a manager filters the dashboard by an agreement found by typing part of its title", async ({ page }) => {
  await page.goto("/dashboard");
  const filter = page.getByRole("combobox", { name: "Agreement", exact: true });
  // The page lists no agreements for the filter: they are searched on the server.
  expect(await page.locator("option").allTextContents()).not.toContain("Memorandum of Understanding on Digital Economy Cooperation");
  await expect(page.getByRole("listbox")).toHaveCount(0);
  await filter.fill("digital econ");
  const option = page.getByRole("option", { name: /digital economy/i }).first();
  await expect(option).toBeVisible();
  await filter.press("ArrowDown");
  await filter.press("Enter");
  const chosen = await filter.inputValue();
  expect(chosen).toMatch(/digital economy/i);
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]agreement=[^&]+/);
  await expect(filter).toHaveValue(chosen);
  // Escape closes the list, and what was typed over the choice is cleared.
  await filter.fill("zz");
  await filter.press("Escape");
  await expect(page.getByRole("listbox")).toBeHidden();
  await expect(filter).toHaveValue("");
});
