// The agreements registry, end to end: an officer records a new MoU with its areas and a signed
// copy, finds it by a word in Chinese or Malay, brings it into force; an administrator reads its
// history and keeps the reference data.
import { type Page } from "@playwright/test";
import { chooseFromCombobox, expect, test, expectNoAccessibilityViolations, storageStateOf } from "./support";

// Unique per run, so a re-run against the same server never finds an earlier run's records.
const stamp = Date.now().toString(36);
const titleEn = `MoU on Smart Manufacturing Cooperation ${stamp}`;
const titleMs = `Memorandum Persefahaman Pembuatan Pintar ${stamp}`;
const titleZh = `智能制造合作谅解备忘录 ${stamp}`;

// A minimal, valid one-page PDF.
const pdfBytes = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function openAgreementFromList(page: Page, query: string) {
  await page.goto("/agreements");
  await page.getByLabel("Search text").fill(query);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(query).replace(/%20/g, "\\+")}`));
  await expect(page.getByRole("link", { name: titleEn })).toBeVisible();
}

test.describe.serial("the agreements registry", () => {
  test("an officer records a new MoU with its cooperation areas and a signed copy", async ({ browser }) => {
    // The longest journey of the suite (form, refusal, areas, a document): triple the time on a busy machine.
    test.slow();
    const context = await browser.newContext({ storageState: storageStateOf("officerMy") });
    const page = await context.newPage();
    await page.goto("/agreements");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: "Record an agreement" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Record an agreement");
    await expectNoAccessibilityViolations(page);

    await page.getByLabel("Type of instrument").selectOption({ label: "Memorandum of Understanding" });
    await page.getByLabel("Title (English)").fill(titleEn);
    await page.getByLabel("Title (Malay)").fill(titleMs);
    await page.getByLabel("Title (Chinese)").fill(titleZh);
    await page.getByLabel("Summary (English)").fill("Cooperation on smart manufacturing and industrial digital transformation.");
    await page.getByLabel("Summary (Chinese)").fill("在智能制造和产业数字化转型方面开展合作。");
    // The officer's own organisation is already ticked; add the Chinese party.
    await expect(page.getByLabel("Ministry of Digital (Malaysia)")).toBeChecked();
    await page.getByLabel("National Development and Reform Commission (China)").check();
    const firstSignatory = page.getByRole("group", { name: "Signatory 1" });
    // People are found on the server by either form of their name: romanised, or in characters.
    await chooseFromCombobox(firstSignatory, "Person", "gobind", "Gobind Singh Deo");
    await firstSignatory.getByLabel("Organisation").selectOption({ label: "Ministry of Digital (Malaysia)" });
    await firstSignatory.getByLabel("Signed as (English)").fill("Digital Minister");
    const secondSignatory = page.getByRole("group", { name: "Signatory 2" });
    await chooseFromCombobox(secondSignatory, "Person", "栅洁", /^Zheng Shanjie/);
    await secondSignatory.getByLabel("Organisation").selectOption({ label: "National Development and Reform Commission (China)" });
    await page.getByLabel("Signing event").selectOption({ label: "New signing event" });
    await page.getByLabel("Date of the event").fill("2026-11-20");
    await page.getByLabel("Place (English)").fill("Kuala Lumpur");
    // Dates that contradict each other are refused at the field, and nothing typed is lost.
    await page.getByLabel("Expires on").fill("2026-01-01");
    await page.getByRole("button", { name: "Record agreement" }).click();
    await expect(page.getByText("The expiry date must be after the date it was signed.")).toBeVisible();
    await expect(page.getByLabel("Title (Chinese)")).toHaveValue(titleZh);
    await expect(page.getByLabel("National Development and Reform Commission (China)")).toBeChecked();
    await expect(secondSignatory.getByRole("combobox", { name: "Person" })).toHaveValue("Zheng Shanjie");
    await expectNoAccessibilityViolations(page);

    await page.getByLabel("Expires on").fill("");
    await page.getByLabel("In effect from").fill("2026-12-01");
    await page.getByLabel("Duration (months)").fill("60");
    await page.getByLabel("Notice period (days)").fill("90");
    await page.getByRole("button", { name: "Record agreement" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleEn);
    await expect(page.getByRole("region", { name: "Terms" })).toContainText("1 December 2031");
    await expect(page.getByRole("region", { name: "Signing" })).toContainText("20 November 2026");
    await expect(page.getByRole("region", { name: "Signatories" })).toContainText("Gobind Singh Deo");
    await expect(page.getByRole("region", { name: "Signatories" })).toContainText("Zheng Shanjie");
    await expect(page.getByRole("region", { name: "Summary" })).toContainText("在智能制造和产业数字化转型方面开展合作。");
    await expectNoAccessibilityViolations(page);

    // Cooperation areas: add two, then put the second first.
    await page.getByRole("link", { name: "Manage cooperation areas" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Manage cooperation areas");
    await expectNoAccessibilityViolations(page);
    const addArea = page.getByRole("region", { name: "Add a cooperation area" });
    await addArea.getByLabel("Title (English)").fill("Industrial robotics");
    await addArea.getByLabel("Clause reference").fill("Article 2(a)");
    await addArea.getByRole("button", { name: "Add area" }).click();
    await expect(page.getByRole("region", { name: "1. Industrial robotics" })).toBeVisible();
    await addArea.getByLabel("Title (English)").fill("Smart factory standards");
    await addArea.getByLabel("Title (Malay)").fill("Piawaian kilang pintar");
    await addArea.getByRole("button", { name: "Add area" }).click();
    await expect(page.getByRole("region", { name: "2. Smart factory standards" })).toBeVisible();
    await page.getByRole("button", { name: /^Move up\s?: Smart factory standards$/ }).click();
    await expect(page.getByRole("region", { name: "1. Smart factory standards" })).toBeVisible();
    await expect(page.getByRole("region", { name: "2. Industrial robotics" })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // A signed copy, uploaded.
    await page.getByRole("link", { name: titleEn }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleEn);
    const documents = page.getByRole("region", { name: "Documents" });
    await documents.getByLabel("Document title").fill("Signed copy");
    await documents.getByLabel("File", { exact: true }).setInputFiles({ name: "signed-copy.pdf", mimeType: "application/pdf", buffer: pdfBytes });
    await documents.getByRole("button", { name: "Add document" }).click();
    await expect(documents.getByText("The document was added.")).toBeVisible();
    await expect(documents.getByRole("link", { name: "Signed copy" })).toBeVisible();
    const download = await page.request.get((await documents.getByRole("link", { name: "Signed copy" }).getAttribute("href")) ?? "");
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toContain("attachment");
    const areas = page.getByRole("region", { name: "Cooperation areas" });
    await expect(areas.getByRole("listitem")).toHaveText([/1\. Smart factory standards/, /2\. Industrial robotics/]);
    await expectNoAccessibilityViolations(page);
    await context.close();
  });

  test("the officer finds it by a Chinese or Malay word and brings it into force", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("officerMy") });
    const page = await context.newPage();
    await openAgreementFromList(page, `智能制造合作谅解备忘录 ${stamp}`);
    await expectNoAccessibilityViolations(page);
    await openAgreementFromList(page, `Pembuatan Pintar ${stamp}`);
    await page.getByRole("link", { name: titleEn }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleEn);

    const lifecycle = page.getByRole("region", { name: "Lifecycle" });
    await lifecycle.getByLabel("Move to status").selectOption({ label: "Signed" });
    await lifecycle.getByRole("button", { name: "Change status" }).click();
    await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Signed");
    await expect(lifecycle.getByLabel("Move to status")).toContainText("In force");
    await lifecycle.getByLabel("Move to status").selectOption({ label: "In force" });
    await lifecycle.getByLabel("Reason (optional)").fill("Ratified by both governments");
    await lifecycle.getByRole("button", { name: "Change status" }).click();
    await expect(lifecycle.getByLabel("Move to status")).toContainText("Expired");
    await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("In force");
    await expectNoAccessibilityViolations(page);

    // The list shows the new status; the status filter finds it.
    await page.goto(`/agreements?status=IN_FORCE&q=${encodeURIComponent(stamp)}`);
    const row = page.getByRole("row", { name: new RegExp(titleEn) });
    await expect(row).toContainText("In force");
    await expectNoAccessibilityViolations(page);
    await context.close();
  });

  test("an administrator sees its history", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("admin") });
    const page = await context.newPage();
    await openAgreementFromList(page, stamp);
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: titleEn }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleEn);
    const history = page.getByRole("region", { name: "History" });
    const entries = history.getByRole("listitem");
    await expect(entries.first()).toContainText("Status changed");
    await expect(entries.first()).toContainText("Ratified by both governments");
    // The status is shown as its label, never as the stored code.
    await expect(entries.first().getByRole("table")).toContainText("In force");
    await expect(history).not.toContainText("IN_FORCE");
    await expect(history).toContainText("Document added");
    await expect(history).toContainText("Cooperation area moved");
    await expect(history).toContainText("Cooperation area added");
    await expect(entries.last()).toContainText("Agreement recorded");
    await expectNoAccessibilityViolations(page);
    await context.close();
  });
});

test("an administrator keeps organisations and people; an unused organisation can be deleted after confirmation", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await context.newPage();
  const name = `Ministry of Science, Technology and Innovation ${Date.now().toString(36)}`;
  await page.goto("/admin/organisations");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Add organisation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add organisation");
  await page.getByLabel("Name (English)").fill(name);
  await page.getByLabel("Country").fill("M1");
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByText("Enter a two-letter country code (ISO 3166-1), e.g. MY.")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await expect(page.getByLabel("Name (English)")).toHaveValue(name);
  await page.getByLabel("Country").fill("my");
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page).toHaveURL(/\/admin\/organisations$/);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit organisation");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Delete organisation" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this organisation?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Delete permanently" }).click();
  await expect(page).toHaveURL(/\/admin\/organisations$/);
  await expect(page.getByRole("link", { name })).toHaveCount(0);

  // An organisation in use offers no delete, only retirement.
  await page.getByRole("link", { name: "Ministry of Digital", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit organisation");
  await expect(page.getByRole("button", { name: "Delete organisation" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Delete" })).toContainText("cannot be deleted");

  await page.goto("/admin/people");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Add person" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add person");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(`Chang Lih Kang ${Date.now().toString(36)}`);
  await page.getByLabel("Title or position (English)").fill("Minister of Science, Technology and Innovation");
  await page.getByLabel("Organisation").selectOption({ label: "Ministry of Digital (Malaysia)" });
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page).toHaveURL(/\/admin\/people$/);
  await expect(page.getByRole("cell", { name: "Minister of Science, Technology and Innovation" }).first()).toBeVisible();
  await context.close();
});
