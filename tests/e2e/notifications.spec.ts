// Notifications end to end: a co-chair (interface in Chinese) assigns an action item to the
// Malaysian secretariat, whose bell count rises; she opens the inbox, follows the link to the
// item, and marks everything read. The link in the mail that assignment produced (read from the
// Outbox's record), opened signed out, lands on its record after sign-in (and a link to another
// site never does). The secretariat moves a meeting and the co-chair's inbox says so. The settings link from a mail works without signing
// in. An administrator reads the Outbox.
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { Messages } from "@/lib/i18n/translate";
import { createUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { findMailText } from "./outbox-mail";
import { accounts, demoPassword, expectNoAccessibilityViolations, storageStateOf, type AccountName } from "./support";

// The wording comes from the catalogues, so a reworded message does not break the journey.
const catalog = (locale: "en" | "zh") => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Messages;
const en = catalog("en");
const zh = catalog("zh");

const stamp = Date.now().toString(36);
const itemTitle = `Share the data classification annex ${stamp}`;
const groupId = "seed_wg_digital_economy";
const tanMeiLing = "seed_person_jwg_my_secretariat";

async function pageAs(browser: Browser, account: AccountName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(account) });
  return context.newPage();
}

/** The unread count the bell announces (its accessible name says it in words). */
async function unreadCount(page: Page): Promise<number> {
  const bell = page.getByRole("link", { name: /^Notifications/ });
  const name = (await bell.getAttribute("aria-label")) ?? "";
  const match = /(\d+) unread/.exec(name);
  return match ? Number(match[1]) : 0;
}

test.describe.serial("the inbox", () => {
  let itemPath = "";

  test("the bell counts a newly assigned item; the inbox links to it; all can be marked read", async ({ browser }) => {
    const owner = await pageAs(browser, "memberMy");
    await owner.goto("/action-items");
    const before = await unreadCount(owner);

    const coChair = await pageAs(browser, "memberCn");
    await coChair.goto(`/action-items/new?group=${groupId}`);
    await expect(coChair.getByRole("heading", { level: 1, name: zh.actionItems.new })).toBeVisible();
    await coChair.getByLabel(zh.actionItems.fields.titleEn).fill(itemTitle);
    await coChair.getByLabel(zh.actionItems.fields.malaysiaOwner).selectOption(tanMeiLing);
    await coChair.getByLabel(zh.actionItems.fields.dueOn).fill("2030-05-04");
    await coChair.getByRole("button", { name: zh.actionItems.create }).click();
    await expect(coChair.getByRole("heading", { level: 1, name: itemTitle })).toBeVisible();
    itemPath = new URL(coChair.url()).pathname;
    await coChair.context().close();

    await owner.reload();
    await expect.poll(() => unreadCount(owner)).toBe(before + 1);
    await owner.getByRole("link", { name: /^Notifications/ }).click();
    await expect(owner.getByRole("heading", { level: 1, name: en.notifications.inbox.title })).toBeVisible();
    await expectNoAccessibilityViolations(owner);
    const entry = owner.getByRole("listitem").filter({ hasText: itemTitle });
    await expect(entry).toContainText("assigned you an action item");
    await expect(entry).toContainText(en.notifications.inbox.unread);

    // Filters: by kind, and unread only.
    await owner.getByLabel(en.notifications.inbox.kind).selectOption(en.notifications.kinds.MEETING_CANCELLED.label);
    await owner.getByRole("button", { name: en.notifications.inbox.apply }).click();
    await expect(owner.getByText(itemTitle)).toHaveCount(0);
    await owner.getByLabel(en.notifications.inbox.kind).selectOption(en.notifications.kinds.ACTION_ITEM_ASSIGNED.label);
    await owner.getByLabel(en.notifications.inbox.unreadOnly).check();
    await owner.getByRole("button", { name: en.notifications.inbox.apply }).click();
    await expect(owner.getByRole("link", { name: new RegExp(itemTitle) })).toBeVisible();

    await owner.getByRole("link", { name: new RegExp(itemTitle) }).click();
    await expect(owner.getByRole("heading", { level: 1, name: itemTitle })).toBeVisible();
    expect(new URL(owner.url()).pathname).toBe(itemPath);

    await owner.goto("/inbox");
    await owner.getByRole("button", { name: en.notifications.inbox.markAllRead }).click();
    await expect(owner.getByRole("status").filter({ hasText: en.notifications.inbox.markedAllRead })).toBeVisible();
    await owner.reload();
    await expect(owner.getByRole("link", { name: en.notifications.bell, exact: true })).toBeVisible();
    expect(await unreadCount(owner)).toBe(0);
    await owner.context().close();
  });

  test("a link from the mail, opened signed out, lands on its record after sign-in; a link to another site does not", async ({ browser }) => {
    // The mail the assignment produced (the server runs without SMTP: it waits on the Outbox with its text).
    let mailText: string | null = null;
    await expect.poll(async () => (mailText = await findMailText(accounts.memberMy, itemTitle)), { timeout: 30_000 }).not.toBeNull();
    const link = /https?:\/\/\S+\/action-items\/[\w-]+/.exec(mailText ?? "")?.[0] ?? "";
    expect(new URL(link).pathname).toBe(itemPath);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(link);
    await expect(page).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(itemPath).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    await page.getByLabel("Email address").fill(accounts.memberMy);
    await page.getByLabel("Password").fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: itemTitle })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(itemPath);
    await context.close();

    const hostile = await browser.newContext();
    const other = await hostile.newPage();
    await other.goto("/login?next=%2F%2Fevil.example%2Fphish");
    await other.getByLabel("Email address").fill(accounts.memberMy);
    await other.getByLabel("Password").fill(demoPassword);
    await other.getByRole("button", { name: "Sign in" }).click();
    await other.waitForURL((url) => !url.pathname.startsWith("/login"));
    expect(new URL(other.url()).host).toBe(new URL(test.info().project.use.baseURL ?? "http://localhost").host);
    await hostile.close();
  });
});

test("the secretariat moves a meeting; a member's inbox says it moved", async ({ browser }) => {
  const meetingTitle = `Moved meeting ${stamp}`;
  const secretariat = await pageAs(browser, "memberMy");
  await secretariat.goto(`/working-groups/${groupId}`);
  await secretariat.getByRole("link", { name: en.meetings.schedule }).click();
  await secretariat.getByLabel(en.meetings.fields.titleEn).fill(meetingTitle);
  await secretariat.getByLabel(en.meetings.fields.startsAt).fill("2030-09-01T10:00");
  await secretariat.getByLabel(en.meetings.fields.endsAt).fill("2030-09-01T12:00");
  await secretariat.getByLabel(en.meetings.fields.venue).fill("Putrajaya");
  await secretariat.getByRole("button", { name: en.meetings.schedule }).click();
  await expect(secretariat.getByRole("heading", { level: 1, name: meetingTitle })).toBeVisible();

  await secretariat.getByText(en.meetings.move, { exact: true }).click();
  // The same time is refused, with what was typed kept.
  await secretariat.getByRole("button", { name: en.meetings.moveButton }).click();
  await expect(secretariat.getByText(en.meetings.errors.notMoved)).toBeVisible();
  await secretariat.getByLabel(en.meetings.fields.newStartsAt).fill("2030-09-08T14:00");
  await secretariat.getByLabel(en.meetings.fields.newEndsAt).fill("2030-09-08T16:00");
  await expectNoAccessibilityViolations(secretariat);
  await secretariat.getByRole("button", { name: en.meetings.moveButton }).click();
  await expect(secretariat.getByRole("status").filter({ hasText: en.saved.meetingMoved })).toBeVisible();
  await secretariat.reload();
  await secretariat.getByText(en.meetings.move, { exact: true }).click();
  await expect(secretariat.getByLabel(en.meetings.fields.newStartsAt)).toHaveValue("2030-09-08T14:00");
  await secretariat.context().close();

  const coChair = await pageAs(browser, "memberCn");
  await coChair.goto("/inbox");
  const entry = coChair.getByRole("listitem").filter({ hasText: meetingTitle }).filter({ hasText: "已改至" });
  await expect(entry).toBeVisible();
  await entry.getByRole("link").first().click();
  await expect(coChair.getByRole("heading", { level: 1, name: meetingTitle })).toBeVisible();
  await coChair.context().close();
});

test("the settings link from a mail changes a preference without signing in", async ({ browser }) => {
  process.env.AUTH_SECRET ??= "e2e-only-secret-not-for-production-0123456789";
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/unsubscribe/${createUnsubscribeToken("seed_user_member_my")}`);
  await expect(page.getByRole("heading", { level: 1, name: en.notifications.preferences.title })).toBeVisible();
  await expect(page.getByText(accounts.memberMy)).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const choice = page.getByLabel(en.notifications.kinds.MEETING_SCHEDULED.label);
  await expect(choice).toHaveValue("IMMEDIATE");
  await choice.selectOption("INBOX_ONLY");
  await page.getByRole("button", { name: en.notifications.preferences.save }).click();
  await expect(page.getByRole("status").filter({ hasText: en.notifications.preferences.saved })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(en.notifications.kinds.MEETING_SCHEDULED.label)).toHaveValue("INBOX_ONLY");

  await page.goto("/unsubscribe/not-a-real-token");
  await expect(page.getByRole("alert").filter({ hasText: en.notifications.preferences.tokenInvalid })).toBeVisible();
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await context.close();
});

test("an administrator reads the Outbox; others cannot", async ({ browser }) => {
  const admin = await pageAs(browser, "admin");
  await admin.goto("/");
  await admin.getByRole("link", { name: en.notifications.outbox.title }).click();
  await expect(admin.getByRole("heading", { level: 1, name: en.notifications.outbox.title })).toBeVisible();
  // The reminder round runs every few seconds in the test server; without SMTP_URL nothing is sent.
  await expect(async () => {
    await admin.reload();
    await expect(admin.getByRole("table")).toContainText(en.notifications.outbox.statuses.NOT_CONFIGURED);
  }).toPass({ timeout: 30_000 });
  await expect(admin.getByRole("columnheader", { name: en.notifications.outbox.recipient })).toBeVisible();
  await expect(admin.getByRole("columnheader", { name: en.notifications.outbox.lastError })).toBeVisible();
  await expectNoAccessibilityViolations(admin);
  await admin.context().close();

  const member = await pageAs(browser, "memberMy");
  await member.goto("/admin/outbox");
  await expect(member.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(member.getByRole("heading", { name: en.notifications.outbox.title })).toHaveCount(0);
  await member.context().close();
});
