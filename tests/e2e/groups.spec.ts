// The working-group journey: the secretariat records a meeting with a decision and a joint action
// item; the Malaysian owner submits it; the Chinese co-chair (interface in Chinese) returns it
// with a comment; it shows as overdue in the owner's queue; the next meeting carries it over.
// Officers of the agreement's parties read along, and set groups up.
import { type Browser, type Page } from "@playwright/test";
import { expect, test, expectNoAccessibilityViolations, klDay, storageStateOf, type AccountName } from "./support";

const stamp = Date.now().toString(36);
const meetingTitle = `E2E review meeting ${stamp}`;
const nextMeetingTitle = `E2E follow-up meeting ${stamp}`;
const decisionText = `Prepare a briefing note on data flows ${stamp}`;
const itemTitle = `Briefing note on cross-border data flows ${stamp}`;
const returnComment = `请补充数据分类附件 ${stamp}`;

/** Wall-clock date-time in Kuala Lumpur (UTC+8), `days` from now, at `hour`:00. */
function klLocal(days: number, hour: number): string {
  return `${klDay(days)}T${String(hour).padStart(2, "0")}:00`;
}

/** The accessibility scan, once the page's streamed metadata (its title) has arrived. */
async function scan(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  await expectNoAccessibilityViolations(page);
}

async function pageAs(browser: Browser, account: AccountName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(account) });
  return context.newPage();
}

async function openJointWorkingGroup(page: Page) {
  await page.goto("/working-groups");
  await scan(page);
  await page.getByRole("link", { name: "Joint Working Group on Digital Economy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Joint Working Group on Digital Economy" })).toBeVisible();
  await scan(page);
}

test.describe.serial("working group meetings and action items", () => {
  test("the secretariat records a meeting with a decision and a joint action item", async ({ browser }) => {
    const page = await pageAs(browser, "memberMy");
    await openJointWorkingGroup(page);
    await page.getByRole("link", { name: "Schedule a meeting" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Schedule a meeting" })).toBeVisible();
    await scan(page);
    await page.getByLabel("Title (English)").fill(meetingTitle);
    await page.getByLabel("Starts").fill(klLocal(-1, 10));
    await page.getByLabel("Ends").fill(klLocal(-1, 12));
    await page.getByLabel("Time zone").selectOption("Asia/Kuala_Lumpur");
    await page.getByLabel("Agenda item 1", { exact: true }).fill("Data governance briefing");
    await page.getByLabel("Presenter of item 1").selectOption({ label: "Tan Mei Ling (Malaysia)" });
    // Without a venue or link the form is refused, and everything typed (agenda rows too) is kept.
    await page.getByRole("button", { name: "Schedule a meeting" }).click();
    await expect(page.getByText("Give a venue or an online meeting link.")).toBeVisible();
    await expect(page.getByLabel("Agenda item 1", { exact: true })).toHaveValue("Data governance briefing");
    await expect(page.getByLabel("Title (English)")).toHaveValue(meetingTitle);
    await scan(page);
    await page.getByLabel("Venue").fill("Ministry of Digital, Putrajaya");
    await page.getByRole("button", { name: "Schedule a meeting" }).click();
    await expect(page.getByRole("heading", { level: 1, name: meetingTitle })).toBeVisible();
    await scan(page);

    await page.getByRole("link", { name: "Record minutes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Record minutes" })).toBeVisible();
    await scan(page);
    await page.getByLabel("Chen Xiaoyu (China)").uncheck();
    await page.getByLabel("Minutes for item 1: Data governance briefing").fill("Both sides presented their data classification rules.");
    await page.getByLabel("Summary of the minutes").fill("The group reviewed data governance and agreed a joint briefing note.");
    await page.getByLabel("Decision 1 (English)").fill(decisionText);
    await page.getByLabel("Agenda item of decision 1").selectOption({ label: "1. Data governance briefing" });
    await page.getByRole("button", { name: "Save minutes and mark as held" }).click();
    await expect(page.getByRole("heading", { level: 1, name: meetingTitle })).toBeVisible();
    await expect(page.getByText("Held", { exact: true })).toBeVisible();
    await expect(page.getByText(decisionText)).toBeVisible();
    await expect(page.getByRole("row", { name: /Chen Xiaoyu/ })).toContainText("Absent");

    await page.getByRole("link", { name: "Add an action item for decision 1" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New action item" })).toBeVisible();
    await scan(page);
    await expect(page.getByLabel("From decision")).toHaveValue(/.+/);
    await page.getByLabel("Title (English)").fill(itemTitle);
    await page.getByLabel("Title (Chinese)").fill(`跨境数据流动简报 ${stamp}`);
    await page.getByLabel("Malaysian owner").selectOption({ label: "Tan Mei Ling (Secretariat)" });
    await page.getByLabel("Chinese owner").selectOption({ label: "Zhao Min (Secretariat)" });
    const fiveDaysAgo = klDay(-5);
    await page.getByLabel("Due date").fill(fiveDaysAgo);
    await page.getByLabel("Priority").selectOption("HIGH");
    await page.getByRole("button", { name: "Create action item" }).click();
    await expect(page.getByRole("heading", { level: 1, name: meetingTitle })).toBeVisible();
    const row = page.getByRole("row", { name: new RegExp(itemTitle) });
    await expect(row).toContainText("Tan Mei Ling, Zhao Min (Joint)");
    await expect(row).toContainText("Open");
    await scan(page);

    // The minutes download as a PDF for members.
    const pdf = await page.request.get(`${new URL(page.url()).pathname}/minutes.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    await page.context().close();
  });

  test("the Malaysian owner starts and submits the item", async ({ browser }) => {
    const page = await pageAs(browser, "memberMy");
    await page.goto("/action-items");
    await scan(page);
    await page.getByRole("link", { name: itemTitle }).click();
    await expect(page.getByRole("heading", { level: 1, name: itemTitle })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(itemTitle));
    await scan(page);
    await page.getByRole("button", { name: `Start work: ${itemTitle}` }).click();
    await expect(page.getByText("In progress", { exact: true }).first()).toBeVisible();
    await page.getByRole("button", { name: `Submit for review: ${itemTitle}` }).click();
    await expect(page.getByText("Submitted for review", { exact: true }).first()).toBeVisible();
    // An owner never reviews their own item, even one who (as the secretariat) reviews everyone
    // else's: submitted — the one status where review is offered — the page as served now offers
    // this coordinator the cancel move, and neither accept nor return.
    await page.reload();
    const nextSteps = page.getByRole("region", { name: "Next steps" });
    await expect(nextSteps.getByText(`Cancel item`, { exact: true })).toBeVisible();
    await expect(nextSteps.getByRole("button", { name: `Accept: ${itemTitle}` })).toHaveCount(0);
    await expect(nextSteps.getByText("Return", { exact: true })).toHaveCount(0);
    await scan(page);
    await page.context().close();
  });

  test("the Chinese co-chair returns it with a comment, in Chinese", async ({ browser }) => {
    const page = await pageAs(browser, "memberCn");
    await page.goto("/action-items?scope=review");
    await expect(page.getByRole("heading", { level: 1, name: "行动事项" })).toBeVisible();
    await scan(page);
    const row = page.getByRole("row", { name: new RegExp(stamp) });
    await expect(row).toContainText("已提交审核");
    await row.getByText("退回", { exact: true }).click();
    await row.getByLabel("需要修改的内容").fill(returnComment);
    await scan(page);
    await row.getByRole("button", { name: "附此评论退回" }).click();
    await expect(page.getByRole("row", { name: new RegExp(stamp) })).toHaveCount(0);
    await page.goto("/action-items?scope=all&status=RETURNED");
    await page.getByRole("link", { name: new RegExp(stamp) }).click();
    await page.waitForURL(/\/action-items\/[^/?]+$/);
    await expect(page.getByText(returnComment).first()).toBeVisible();
    await expect(page.getByText("已退回").first()).toBeVisible();
    await scan(page);
    await page.context().close();
  });

  test("the returned item is overdue in the owner's queue and carried onto the next meeting", async ({ browser }) => {
    const page = await pageAs(browser, "memberMy");
    await page.goto("/action-items");
    const rows = page.getByRole("row");
    const row = page.getByRole("row", { name: new RegExp(itemTitle) });
    await expect(row).toContainText("Overdue");
    await expect(row).toContainText("Returned");
    // Overdue first: it is the first item in the owner's list.
    await expect(rows.nth(1)).toContainText(itemTitle);
    await expect(page.getByRole("link", { name: /My overdue items/ })).toContainText(/[1-9]/);
    await scan(page);

    await openJointWorkingGroup(page);
    await page.getByRole("link", { name: "Schedule a meeting" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Schedule a meeting" })).toBeVisible();
    await page.getByLabel("Title (English)").fill(nextMeetingTitle);
    await page.getByLabel("Starts").fill(klLocal(30, 14));
    await page.getByLabel("Time zone").selectOption("Asia/Shanghai");
    await page.getByLabel("Online meeting link").fill("https://meet.example.org/jwg-e2e");
    await page.getByRole("button", { name: "Schedule a meeting" }).click();
    await expect(page.getByRole("heading", { level: 1, name: nextMeetingTitle })).toBeVisible();
    const agenda = page.getByRole("region", { name: "Agenda" });
    const carried = agenda.getByRole("listitem").filter({ hasText: itemTitle });
    await expect(carried).toContainText("Carried over");
    await expect(carried).toContainText("Returned");
    await expect(page.getByText("(Asia/Shanghai)")).toBeVisible();
    await scan(page);

    const ics = await page.request.get(`${new URL(page.url()).pathname}/ics`);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain("DTSTART;TZID=Asia/Shanghai:");
    await page.context().close();
  });

  test("a member creates a private calendar link that works without a session", async ({ browser }) => {
    const page = await pageAs(browser, "memberMy");
    await page.goto("/calendar");
    await scan(page);
    await page.getByRole("button", { name: /Create (my calendar link|a new link)/ }).click();
    const link = page.getByLabel("Subscribe to this address in your calendar program");
    await expect(link).toHaveValue(/\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    await scan(page);
    const feedUrl = await link.inputValue();
    await page.context().close();

    const anonymous = await browser.newContext();
    const feed = await anonymous.request.get(feedUrl);
    expect(feed.status()).toBe(200);
    const text = await feed.text();
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain(nextMeetingTitle);
    expect(text.replace(/\r\n /g, "")).toContain(`Due: ${itemTitle}`);
    await anonymous.close();
  });

  // The demo officers' organisations are both party to the group's agreement, so they read its
  // work; callers outside the parties are refused in the integration tests and the authorization matrix.
  test("an officer of a party reads the group's items but takes no part in them", async ({ browser }) => {
    const page = await pageAs(browser, "officerMy");
    await page.goto("/action-items?scope=all&status=any");
    await scan(page);
    await page.getByRole("link", { name: itemTitle }).click();
    await expect(page.getByRole("heading", { level: 1, name: itemTitle })).toBeVisible();
    await expect(page.getByText("Nothing for you to do on this item now.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Add comment" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Edit action item" })).toHaveCount(0);
    await scan(page);
    await page.context().close();
  });

  test("the owner presses Start work, then Submit for review before the page refreshes", async ({ browser }) => {
    const page = await pageAs(browser, "memberMy");
    await page.goto("/action-items?scope=all&status=RETURNED");
    await page.getByRole("link", { name: itemTitle }).click();
    await expect(page.getByRole("heading", { level: 1, name: itemTitle })).toBeVisible();
    const start = page.getByRole("button", { name: `Start work: ${itemTitle}` });
    const submit = page.getByRole("button", { name: `Submit for review: ${itemTitle}` });
    // The server takes a moment to answer (as on a slow line), so the second press surely falls
    // while the first action is on its way: a fast server must not make this check vacuous.
    let releaseFirstAction = () => {};
    const firstActionHeld = new Promise<void>((resolve) => (releaseFirstAction = resolve));
    await page.route("**/action-items/**", async (route) => {
      if (route.request().method() === "POST") await firstActionHeld;
      await route.continue();
    });
    await start.click();
    // Every other action waits while one is on its way, then acts on the fresh version.
    await expect(submit).toBeDisabled();
    releaseFirstAction();
    await submit.click();
    await expect(page.getByText("Submitted for review", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Action item status changed." })).toBeVisible();
    await expect(page.getByText("Someone else changed this record")).toHaveCount(0);
    await scan(page);
    await page.context().close();
  });
});

test("the secretariat corrects an action item's title and due date; a stale copy of the form shows a conflict", async ({ browser }) => {
  const page = await pageAs(browser, "memberMy");
  const typo = `Circulate the draft wrok plan ${stamp}`;
  const corrected = `Circulate the draft work plan ${stamp}`;
  await openJointWorkingGroup(page);
  await page.getByRole("link", { name: "New action item" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New action item" })).toBeVisible();
  await page.getByLabel("Title (English)").fill(typo);
  await page.getByLabel("Malaysian owner").selectOption({ label: "Tan Mei Ling (Secretariat)" });
  await page.getByLabel("Due date").fill("2030-03-02");
  await page.getByRole("button", { name: "Create action item" }).click();
  await expect(page.getByRole("heading", { level: 1, name: typo })).toBeVisible();

  await page.getByRole("link", { name: "Edit action item" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit action item" })).toBeVisible();
  await expect(page.getByLabel("Title (English)")).toHaveValue(typo);
  await expect(page.getByLabel("Due date")).toHaveValue("2030-03-02");
  await expect(page.getByLabel("Malaysian owner")).toHaveValue(/.+/);
  await scan(page);
  // A second tab on the same form, saved after the first: it must not overwrite the correction.
  const stale = await page.context().newPage();
  await stale.goto(page.url());
  await expect(stale.getByLabel("Title (English)")).toHaveValue(typo);

  await page.getByLabel("Title (English)").fill(corrected);
  await page.getByLabel("Due date").fill("2030-04-15");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: corrected })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Action item saved." })).toBeFocused();
  await expect(page.getByText("15 April 2030")).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText("Edited");
  await scan(page);

  await stale.getByLabel("Title (English)").fill(`${typo} (late)`);
  await stale.getByRole("button", { name: "Save changes" }).click();
  // The other tab's change was this user's own: said so, blaming nobody else.
  await expect(stale.getByRole("alert").filter({ hasText: "You had already changed this record" })).toBeVisible();
  await expect(stale.getByText("Someone else changed this record")).toHaveCount(0);
  await expect(stale.getByRole("button", { name: "Reload the latest version" })).toBeVisible();
  await scan(stale);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: corrected })).toBeVisible();
  await page.context().close();
});

test("an officer sets up a working group and lands on its page", async ({ browser }) => {
  const page = await pageAs(browser, "officerMy");
  const groupName = `E2E Working Group on AI Talent ${stamp}`;
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Working groups" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Working groups" })).toBeVisible();
  await scan(page);
  await page.getByRole("link", { name: "New working group" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New working group" })).toBeVisible();
  await scan(page);
  await page.getByLabel("Agreement").selectOption({ label: "Memorandum of Understanding on Artificial Intelligence Cooperation" });
  await page.getByLabel("Name (English)").fill(groupName);
  await page.getByRole("button", { name: "New working group" }).click();
  // The group they made, not "not found": with its (empty) members and the way to set them up.
  await expect(page.getByRole("heading", { level: 1, name: groupName })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit group and members" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Schedule a meeting" })).toHaveCount(0);
  await scan(page);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Working groups" }).click();
  await expect(page.getByRole("link", { name: groupName })).toBeVisible();
  await page.context().close();
});

test("an officer starts a group from the agreement's page, with the agreement already chosen", async ({ browser }) => {
  const page = await pageAs(browser, "officerMy");
  const agreementTitle = "Memorandum of Understanding on Artificial Intelligence Cooperation";
  await page.goto("/agreements");
  await page.getByRole("link", { name: agreementTitle }).first().click();
  await page.getByRole("link", { name: "Set up a working group for this agreement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New working group" })).toBeVisible();
  await expect(page.getByLabel("Agreement").locator("option:checked")).toHaveText(agreementTitle);
  await page.context().close();
});

test("an administrator sets up the group's members and counterparts", async ({ browser }) => {
  const page = await pageAs(browser, "admin");
  await openJointWorkingGroup(page);
  await page.getByRole("link", { name: "Edit group and members" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit working group" })).toBeVisible();
  await scan(page);
  await expect(page.getByLabel("Counterpart of Tan Mei Ling")).toHaveValue(/.+/);
  await expect(page.getByLabel("Name (English)")).toHaveValue("Joint Working Group on Digital Economy");
  await page.getByRole("button", { name: "Remove Chen Xiaoyu" }).click();
  await expect(page.getByRole("button", { name: "Yes, remove" })).toBeVisible();
  await scan(page);
  // Leave the demo group as it was.
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Remove Chen Xiaoyu" })).toBeVisible();
  await page.context().close();
});

test("a manager reads a meeting but cannot record it", async ({ browser }) => {
  const page = await pageAs(browser, "manager");
  await openJointWorkingGroup(page);
  await expect(page.getByRole("link", { name: "Schedule a meeting" })).toHaveCount(0);
  await page.getByRole("link", { name: "1st Meeting of the Joint Working Group on Digital Economy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "1st Meeting of the Joint Working Group on Digital Economy" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download minutes (PDF)" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Record minutes|Update the minutes/ })).toHaveCount(0);
  await scan(page);
  await page.context().close();
});
