// Agreed minutes, in English, Malay and Chinese: the Malaysian secretariat drafts and circulates
// the minutes; the Chinese co-chair requests a change; the secretariat revises and circulates
// again; both sides approve; the page and the PDF (read with pdftotext) show both approvals.
// Each language gets its own working group under the Digital Economy MoU, set up by a Malaysian
// officer, who names the secretariat (the only Malaysian member with an account) as Malaysia's
// approver; China's approver is its co-chair by default. Labels come from messages/*.json.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { formatDate } from "@/lib/format";
import { locales, type Locale } from "@/lib/i18n/config";
import { examplePeople } from "../../prisma/seed/example-people";
import { chooseLanguage, translatorFor } from "./i18n";
import { expect, expectNoAccessibilityViolations, klDay, storageStateOf, test, type AccountName } from "./support";

const stamp = Date.now().toString(36);

async function pageAs(browser: Browser, account: AccountName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(account) });
  return context.newPage();
}

async function scan(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  await expectNoAccessibilityViolations(page);
}

/** The demo accounts read in their seeded languages again afterwards (other journeys expect it). */
async function setLanguage(browser: Browser, account: AccountName, language: Locale) {
  const page = await pageAs(browser, account);
  await page.goto("/working-groups");
  await chooseLanguage(page, language);
  await page.context().close();
}

/** A working group of its own: the secretariat and China's co-chair as members, the secretariat as Malaysia's approver. */
async function setUpGroup(browser: Browser, name: string): Promise<string> {
  const page = await pageAs(browser, "officerMy");
  await page.goto("/working-groups/new");
  await page.getByLabel("Agreement").selectOption({ label: "Memorandum of Understanding on Digital Economy Cooperation" });
  await page.getByLabel("Name (English)").fill(name);
  await page.getByRole("button", { name: "New working group" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const groupUrl = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Edit group and members" }).click();
  const addMember = page.getByRole("region", { name: "Add a member" });
  for (const [personId, role] of [
    [examplePeople.mySecretariat.personId, "SECRETARIAT"],
    [examplePeople.cnCoChair.personId, "CO_CHAIR"],
  ] as const) {
    await addMember.getByLabel("Person").selectOption(personId);
    await addMember.getByLabel("Role").selectOption(role);
    await addMember.getByRole("button", { name: "Add a member" }).click();
    await expect(page.getByText("Member added.")).toBeVisible();
    await page.reload();
  }
  const approvers = page.getByRole("form", { name: "Approvers of the minutes" });
  await approvers.getByLabel("Approver for Malaysia").selectOption({ label: `${examplePeople.mySecretariat.name} (Secretariat)` });
  await approvers.getByRole("button", { name: "Save approvers" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(`Malaysia: ${examplePeople.mySecretariat.name}`)).toBeVisible();
  await expect(page.getByText(`China: ${examplePeople.cnCoChair.name} (co-chair, by default)`)).toBeVisible();
  await page.context().close();
  return groupUrl;
}

/** The PDF the page offers, as text (whitespace removed: line breaks fall anywhere in Chinese). */
async function pdfText(page: Page, t: ReturnType<typeof translatorFor>): Promise<string> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: t("meetings.downloadPdf") }).click();
  const file = path.join(mkdtempSync(path.join(tmpdir(), "agreed-minutes-")), "minutes.pdf");
  await (await download).saveAs(file);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
}

test.afterAll(async ({ browser }) => {
  await setLanguage(browser, "memberMy", "en");
  await setLanguage(browser, "memberCn", "zh");
});

for (const language of locales) {
  test(`minutes are drafted, changed at China's request and agreed by both sides (${language})`, async ({ browser }) => {
    test.setTimeout(300_000);
    const t = translatorFor(language);
    const groupName = `E2E minutes group ${language} ${stamp}`;
    const meetingTitle = `E2E minutes meeting ${language} ${stamp}`;
    const groupUrl = await setUpGroup(browser, groupName);
    const stateLine = (state: "DRAFT" | "CIRCULATED" | "CHANGES_REQUESTED" | "AGREED") => t("agreedMinutes.stateLine", { state: t(`agreedMinutes.state.${state}`) });
    const malaysia = t("sides.MALAYSIA");
    const china = t("sides.CHINA");

    // The Malaysian secretariat, reading in this language, schedules the meeting and drafts the minutes.
    const secretariat = await pageAs(browser, "memberMy");
    await secretariat.goto(groupUrl);
    await chooseLanguage(secretariat, language);
    await secretariat.getByRole("link", { name: t("meetings.schedule") }).click();
    await secretariat.getByLabel(t("meetings.fields.titleEn")).fill(meetingTitle);
    await secretariat.getByLabel(t("meetings.fields.startsAt")).fill(`${klDay(-1)}T10:00`);
    await secretariat.getByLabel(t("meetings.fields.endsAt")).fill(`${klDay(-1)}T12:00`);
    await secretariat.getByLabel(t("meetings.fields.timeZone")).selectOption("Asia/Kuala_Lumpur");
    await secretariat.getByLabel(t("meetings.fields.venue"), { exact: true }).fill("Ministry of Digital, Putrajaya");
    await secretariat.getByLabel(t("meetings.fields.agendaItem", { number: 1 }), { exact: true }).fill("Data centre cooperation");
    await secretariat.getByRole("button", { name: t("meetings.schedule") }).click();
    await expect(secretariat.getByRole("heading", { level: 1, name: meetingTitle })).toBeVisible();
    const meetingUrl = new URL(secretariat.url()).pathname;

    await secretariat.getByRole("link", { name: t("meetings.record") }).click();
    await secretariat.getByLabel(t("meetings.fields.minutesFor", { number: 1, title: "Data centre cooperation" })).fill("Both sides presented their data centre plans.");
    await secretariat.getByLabel(t("meetings.fields.minutesSummary")).fill("The group reviewed data centre cooperation.");
    await secretariat.getByLabel(t("meetings.fields.decisionEn", { number: 1 })).fill(`Exchange data centre standards ${stamp}`);
    await secretariat.getByRole("button", { name: t("meetings.saveRecord") }).click();
    await expect(secretariat.getByText(stateLine("DRAFT"))).toBeVisible();
    // Until both sides agree, the decision is provisional.
    await expect(secretariat.getByRole("region", { name: t("meetings.decisions") }).getByText(t("agreedMinutes.provisional"), { exact: true })).toBeVisible();
    await secretariat.getByRole("button", { name: t("agreedMinutes.circulate") }).click();
    await expect(secretariat.getByText(stateLine("CIRCULATED"))).toBeVisible();

    // China's co-chair asks for a change, with the comment the request requires.
    const coChair = await pageAs(browser, "memberCn");
    await coChair.goto(meetingUrl);
    await chooseLanguage(coChair, language);
    await expect(coChair.getByText(stateLine("CIRCULATED"))).toBeVisible();
    await scan(coChair);
    const request = coChair.getByRole("form", { name: t("agreedMinutes.requestChangesFor", { side: china }) });
    await request.getByRole("button", { name: t("agreedMinutes.requestChangesFor", { side: china }) }).click();
    await expect(request.getByText(t("errors.required"))).toBeVisible();
    const comment = `Record that China hosts the next meeting ${stamp}`;
    await request.getByLabel(t("agreedMinutes.comment")).fill(comment);
    await request.getByRole("button", { name: t("agreedMinutes.requestChangesFor", { side: china }) }).click();
    await expect(coChair.getByText(stateLine("CHANGES_REQUESTED"))).toBeVisible();

    // The secretariat sees the request, revises (which withdraws revision 1) and circulates revision 2.
    await secretariat.reload();
    await expect(secretariat.getByText(stateLine("CHANGES_REQUESTED"))).toBeVisible();
    await expect(secretariat.getByRole("region", { name: t("agreedMinutes.sectionTitle") }).getByText(comment).first()).toBeVisible();
    await secretariat.getByRole("link", { name: t("meetings.editRecord") }).click();
    await expect(secretariat.getByText(t("agreedMinutes.editWithdraws", { number: 1 }))).toBeVisible();
    await secretariat.getByLabel(t("meetings.fields.minutesSummary")).fill("The group reviewed data centre cooperation. China will host the next meeting.");
    await secretariat.getByRole("button", { name: t("meetings.saveRecord") }).click();
    await expect(secretariat.getByText(stateLine("DRAFT"))).toBeVisible();
    await expect(secretariat.getByText(t("agreedMinutes.draftRevision", { number: 2 }))).toBeVisible();
    await secretariat.getByRole("button", { name: t("agreedMinutes.circulate") }).click();
    await expect(secretariat.getByText(stateLine("CIRCULATED"))).toBeVisible();

    // Malaysia's approver (named by the group) approves; the minutes wait for China.
    await secretariat.getByRole("button", { name: t("agreedMinutes.approveFor", { side: malaysia }) }).click();
    await expect(secretariat.getByText(t("agreedMinutes.waitingFor", { side: china }))).toBeVisible();
    await expect(secretariat.getByText(stateLine("CIRCULATED"))).toBeVisible();

    // China's co-chair approves: the minutes are agreed and locked.
    await coChair.reload();
    await coChair.getByRole("button", { name: t("agreedMinutes.approveFor", { side: china }) }).click();
    await expect(coChair.getByText(stateLine("AGREED"))).toBeVisible();
    const date = formatDate(new Date(`${klDay(0)}T00:00:00Z`), language);
    const name = (person: typeof examplePeople.mySecretariat) => (language === "zh" && person.nameZh ? person.nameZh : person.name);
    const agreedBy = [
      t("agreedMinutes.agreedBy", { name: name(examplePeople.mySecretariat), title: examplePeople.mySecretariat.title[language], side: malaysia, date }),
      t("agreedMinutes.agreedBy", { name: name(examplePeople.cnCoChair), title: examplePeople.cnCoChair.title[language], side: china, date }),
    ];
    for (const line of agreedBy) await expect(coChair.getByText(line)).toBeVisible();
    await expect(coChair.getByRole("region", { name: t("meetings.decisions") }).getByText(t("agreedMinutes.provisional"), { exact: true })).toHaveCount(0);
    await scan(coChair);

    // Revision 2 says what changed from revision 1.
    await secretariat.reload();
    await expect(secretariat.getByRole("link", { name: t("meetings.editRecord") })).toHaveCount(0);
    await secretariat.getByText(t("agreedMinutes.revision", { number: 2 }), { exact: false }).locator("xpath=ancestor-or-self::summary").first().click();
    await expect(secretariat.getByRole("heading", { name: t("agreedMinutes.changesFrom", { from: 1, to: 2 }) })).toBeVisible();
    await expect(secretariat.locator("ins").filter({ hasText: "China will host the next meeting." })).toBeVisible();

    // The PDF shows both approvals.
    const text = await pdfText(secretariat, t);
    for (const line of agreedBy) expect(text).toContain(line.replace(/\s+/g, ""));

    // The group's meeting list says the minutes are agreed, in words.
    await secretariat.goto(groupUrl);
    const row = secretariat.getByRole("row").filter({ hasText: meetingTitle });
    await expect(row.getByText(t("agreedMinutes.state.AGREED"), { exact: true })).toBeVisible();
    await secretariat.context().close();
    await coChair.context().close();
  });
}
