import { expect, test, expectNoAccessibilityViolations, klDay, storageStateOf } from "./support";

// The seed's overdue milestone owned by the Ministry of Digital (prisma/seed/example-milestones.ts, number 1).
const overdueId = "seed_milestone_01";
const overdueTitle = "Joint comparative review of digital economy policies and regulations";

// Days in Kuala Lumpur around the suite's fixed "now" (00:30 there, still yesterday in UTC).
const isoDay = klDay;
const today = isoDay(0);

test("an officer logs an update with evidence from the list, and the milestone page moves", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("officerMy") });
  const page = await context.newPage();
  await page.goto("/milestones");
  await expect(page.getByRole("heading", { name: "My milestones", level: 1 })).toBeVisible();
  const overdue = page.getByRole("region", { name: /^Overdue/ });
  const row = overdue.getByRole("listitem").filter({ hasText: overdueTitle });
  await expect(row).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Open the inline form from the row: focus moves into it.
  const toggle = row.getByRole("button", { name: /^Log update/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(row.getByLabel("Date reported")).toBeFocused();
  // The server's today is Kuala Lumpur's, though UTC is still on yesterday at this hour.
  await expect(row.getByLabel("Date reported")).toHaveValue(today);
  await expectNoAccessibilityViolations(page);

  await row.getByLabel("Percent complete").fill("78");
  await row.getByLabel("Status").selectOption("OFF_TRACK");
  await row.getByLabel("What happened").fill("Cross-border data flow chapter received; consolidation resumed.");
  await row.getByLabel("Evidence files").setInputFiles({ name: "chapter-draft.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% chapter draft\n") });
  await row.getByRole("button", { name: "Save update" }).click();

  // Saved without leaving the list: the form closes, focus returns, and the save is announced.
  await expect(row.getByRole("status").filter({ hasText: `Update saved for “${overdueTitle}”.` })).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(toggle).toBeFocused();

  await row.getByRole("link", { name: overdueTitle }).click();
  await expect(page).toHaveURL(new RegExp(`/milestones/${overdueId}$`));
  await expect(page.getByRole("heading", { name: overdueTitle, level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: "Reported and planned percent complete on each update's date" });
  const lastRow = table.getByRole("row").last();
  await expect(lastRow.getByRole("cell").nth(1)).toHaveText("78%");
  await expect(page.getByRole("img", { name: /Progress over time.*Reported 78%/ })).toBeVisible();
  await expect(page.getByText(/Reported 78% on .* points behind/)).toBeVisible();
  await expect(page.getByRole("link", { name: /chapter-draft\.pdf/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Change history" }).getByText("reported progress").first()).toBeVisible();

  // The evidence downloads for a signed-in reader only.
  const href = await page.getByRole("link", { name: /chapter-draft\.pdf/ }).getAttribute("href");
  expect(href).toMatch(/^\/api\/evidence\//);
  const download = await context.request.get(href ?? "");
  expect(download.status()).toBe(200);
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expectNoAccessibilityViolations(page);

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(href ?? "", { maxRedirects: 0 })).status()).toBe(401);
  await anonymous.close();
  await context.close();
});

test("an officer of the other side reads the milestone in Chinese but cannot change it", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("officerCn") });
  const page = await context.newPage();
  await page.goto("/milestones");
  await expect(page.getByRole("heading", { name: "我的里程碑", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "数字经济政策与法规联合比较研究" })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await page.goto(`/milestones/${overdueId}`);
  await expect(page.getByRole("heading", { name: "数字经济政策与法规联合比较研究", level: 1 })).toBeVisible();
  await expect(page.getByRole("table", { name: "每次更新日期的已报告与计划完成百分比" })).toBeVisible();
  await expect(page.getByRole("region", { name: "记录更新" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "编辑里程碑" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "更正此更新" })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  // Its edit page answers "not found" (as for a guessed address), in Chinese, with no form.
  await page.goto(`/milestones/${overdueId}/edit`);
  await expect(page.getByRole("heading", { name: "未找到页面", level: 1 })).toBeVisible();
  await expect(page.getByText("此页面不存在，或您无权访问。")).toBeVisible();
  await expect(page.getByLabel("英文标题")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "保存更改" })).toHaveCount(0);
  await context.close();
});

test("an import with one bad row is refused with that row named; after fixing it every row appears", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("officerMy") });
  const page = await context.newPage();
  await page.goto("/milestones/import");
  await expect(page.getByRole("heading", { name: "Import from a file", level: 1 })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const stamp = Date.now();
  const titles = [`Imported briefing ${stamp}`, `Imported workshop ${stamp}`, `Imported survey ${stamp}`];
  const header = "area_id,title_en,description_en,owner_organisation,owner_side,start_on,target_on,weight";
  const line = (title: string, start: string, target: string) =>
    `seed_area_digital_economy_1,"${title}","Planned, with a comma",Ministry of Digital,MALAYSIA,${start},${target},1`;
  const file = (rows: string[]) => ({ name: "milestones.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${[header, ...rows].join("\r\n")}\r\n`) });

  await page.getByLabel("Milestones", { exact: true }).check();
  await page.getByLabel("File", { exact: true }).setInputFiles(file([line(titles[0] ?? "", today, isoDay(200)), line(titles[1] ?? "", isoDay(-5), isoDay(-30)), line(titles[2] ?? "", today, isoDay(220))]));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("Nothing can be saved: 1 problem in 3 rows.", { exact: false })).toBeVisible();
  const problems = page.getByRole("table", { name: "Problems to fix" });
  await expect(problems.getByRole("row").nth(1).getByRole("cell")).toHaveText(["3", "target_on", "The target date must be after the start date."]);
  await expect(page.getByRole("button", { name: /Import all/ })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await page.getByLabel("File", { exact: true }).setInputFiles(file([line(titles[0] ?? "", today, isoDay(200)), line(titles[1] ?? "", isoDay(-5), isoDay(230)), line(titles[2] ?? "", today, isoDay(220))]));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("All 3 rows are correct. Nothing is saved yet.")).toBeVisible();
  await page.getByRole("button", { name: "Import all 3 rows" }).click();
  await expect(page.getByText("3 rows were imported.")).toBeVisible();

  await page.goto("/milestones");
  for (const title of titles) await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  await context.close();
});

test("an officer plans a milestone, edits it, and a lower percentage must be confirmed or corrected", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("officerMy") });
  const page = await context.newPage();
  await page.goto("/milestones");
  await page.getByRole("link", { name: "New milestone" }).click();
  await expect(page.getByRole("heading", { name: "New milestone", level: 1 })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const title = `Data sharing pilot ${Date.now()}`;
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Description in English").fill("A pilot of data sharing between the two ministries.");
  await page.getByLabel("Start date").fill(isoDay(-40));
  await page.getByLabel("Target date").fill(isoDay(-50));
  await page.getByRole("button", { name: "Create milestone" }).click();
  await expect(page.getByText("The target date must be after the start date.")).toBeVisible();
  await expect(page.getByLabel("Title in English")).toHaveValue(title);
  await page.getByLabel("Target date").fill(isoDay(120));
  await page.getByRole("button", { name: "Create milestone" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();

  await page.getByRole("link", { name: "Edit milestone" }).click();
  await page.getByLabel("Title in Chinese (optional)").fill("数据共享试点");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Change history" }).getByText("changed the plan")).toBeVisible();

  const log = page.getByRole("region", { name: "Log an update" });
  // A refused update keeps every choice: the Status stays what the officer chose (it used to fall
  // back to "On track"), and the file input says the file must be chosen again.
  await log.getByLabel("Status").selectOption("AT_RISK");
  await log.getByLabel("Percent complete").fill("30");
  await log.getByLabel("Evidence files").setInputFiles({ name: "note.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% note\n") });
  await log.getByRole("button", { name: "Save update" }).click();
  await expect(log.getByRole("alert")).toBeVisible();
  await expect(log.getByLabel("Status")).toHaveValue("AT_RISK");
  await expect(log.getByLabel("Percent complete")).toHaveValue("30");
  await expect(log.getByText("choose the file again", { exact: false })).toBeVisible();
  await log.getByLabel("Status").selectOption("ON_TRACK");
  await log.getByLabel("Evidence files").setInputFiles([]);
  await log.getByLabel("Date reported").fill(isoDay(-10));
  await log.getByLabel("Percent complete").fill("30");
  await log.getByLabel("What happened").fill("Pilot scope agreed.");
  await log.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByText("Reported 30% on", { exact: false })).toBeVisible();

  await log.getByLabel("Percent complete").fill("20");
  await log.getByLabel("What happened").fill("Scope reduced after review.");
  await log.getByRole("button", { name: "Save update" }).click();
  await expect(log.getByText("This is lower than the previous update", { exact: false })).toBeVisible();
  await expect(log.getByLabel("What happened")).toHaveValue("Scope reduced after review.");
  await expectNoAccessibilityViolations(page);
  await log.getByLabel("Yes, the percentage really goes down").check();
  await log.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByText("Reported 20% on", { exact: false })).toBeVisible();

  // "Correct this update" prefills a new update that points at the old one; history is kept.
  await page.getByRole("link", { name: /Correct this update/ }).last().click();
  const correct = page.getByRole("region", { name: /Correct the update of/ });
  await expect(correct.getByLabel("Percent complete")).toHaveValue("30");
  await correct.getByLabel("Percent complete").fill("25");
  await correct.getByLabel("Date reported").fill(isoDay(-9));
  await correct.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByText(/Corrects the update of/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Reported and planned percent complete on each update's date" }).getByRole("row")).toHaveCount(4);
  await expectNoAccessibilityViolations(page);
  await context.close();
});

test("a manager sees every open milestone grouped by due state, read-only", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("manager") });
  const page = await context.newPage();
  await page.goto("/milestones");
  await expect(page.getByRole("heading", { name: "All milestones", level: 1 })).toBeVisible();
  const overdue = page.getByRole("region", { name: /^Overdue/ });
  await expect(overdue.getByRole("link", { name: overdueTitle })).toBeVisible();
  await expect(overdue.getByRole("link", { name: "Comparative study of data governance frameworks" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Log update/ })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await page.goto(`/milestones/${overdueId}`);
  await expect(page.getByText(/Weighted progress of this area: [\d.]+% across \d+ milestones\./)).toBeVisible();
  await expect(page.getByRole("region", { name: "Log an update" })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await context.close();
});

test("cancelling asks for a reason in a confirmation dialog; deleting is confirmed the same way", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("officerMy") });
  const page = await context.newPage();
  const plan = async (title: string) => {
    await page.goto("/milestones/new");
    await page.getByLabel("Title in English").fill(title);
    await page.getByLabel("Description in English").fill("Planned to be withdrawn.");
    await page.getByLabel("Start date").fill(isoDay(-5));
    await page.getByLabel("Target date").fill(isoDay(90));
    await page.getByRole("button", { name: "Create milestone" }).click();
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  };

  const cancelled = `Pilot to be cancelled ${Date.now()}`;
  await plan(cancelled);
  await page.getByRole("button", { name: "Cancel milestone…" }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel milestone…" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(`Cancel “${cancelled}”?`, { exact: false })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  // Without a reason the dialog stays open, the error next to the field.
  await dialog.getByRole("button", { name: "Yes, cancel this milestone" }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Reason for cancelling")).toHaveAccessibleDescription(/.+/);
  await dialog.getByLabel("Reason for cancelling").fill("Superseded by the AI MoU's work plan.");
  await dialog.getByRole("button", { name: "Yes, cancel this milestone" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Cancelled on /).first()).toBeVisible();
  await expect(page.getByText("Superseded by the AI MoU's work plan.").first()).toBeVisible();

  const deleted = `Pilot to be deleted ${Date.now()}`;
  await plan(deleted);
  await page.getByRole("button", { name: "Delete milestone…" }).click();
  const confirmDelete = page.getByRole("dialog", { name: "Delete milestone…" });
  // Keyboard: Escape closes it and nothing happens.
  await page.keyboard.press("Escape");
  await expect(confirmDelete).toBeHidden();
  await expect(page.getByRole("heading", { name: deleted, level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Delete milestone…" }).click();
  await confirmDelete.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page).toHaveURL(/\/milestones$/);
  await expect(page.getByRole("link", { name: deleted })).toHaveCount(0);
  await context.close();
});

test("a milestone reported on track but far behind its planned line says so, in words", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("officerMy") });
  const page = await context.newPage();
  await page.goto("/milestones/new");
  const title = `Behind-plan pilot ${Date.now()}`;
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Description in English").fill("A pilot that has fallen behind its plan.");
  // 100 days from start to target, 60 of them gone: 60% is planned for today.
  await page.getByLabel("Start date").fill(isoDay(-60));
  await page.getByLabel("Target date").fill(isoDay(40));
  await page.getByRole("button", { name: "Create milestone" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();

  const log = page.getByRole("region", { name: "Log an update" });
  await expect(log.getByLabel("Date reported")).toHaveValue(today);
  await log.getByLabel("Percent complete").fill("20");
  await log.getByLabel("Status").selectOption("ON_TRACK");
  await log.getByLabel("What happened").fill("Kick-off held.");
  await log.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByText("Reported 20% on", { exact: false })).toBeVisible();

  await expect(page.getByText("Behind plan", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Reported as “On track”, but the plan says otherwise: 40 points behind the 60% planned for today.")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The officer's home says the same beside the reported status.
  await page.goto("/milestones");
  const row = page.getByRole("listitem").filter({ hasText: title });
  await expect(row.getByText("Behind plan", { exact: true })).toBeVisible();
  await expect(row.getByText("40 points behind the 60% planned for today", { exact: false }).first()).toBeVisible();
  await context.close();
});
