// The inbox and settings actions, the signed settings link and one-click unsubscribe.
import { describe, expect, it } from "vitest";
import { markAllNotificationsRead, markNotificationRead, saveNotificationPreferences, saveNotificationPreferencesByToken } from "@/lib/actions/notifications";
import { countUnread, listInbox } from "@/lib/data/notifications";
import { createUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { POST as oneClickUnsubscribe } from "@/app/api/notifications/unsubscribe/[token]/route";
import { actAs } from "../helpers/request";
import { createUser, testDb, unique } from "../helpers/factories";

process.env.AUTH_SECRET ??= "integration-test-secret";

async function notificationFor(recipientId: string, kind: "ACTION_ITEM_ASSIGNED" | "MEETING_SCHEDULED" = "ACTION_ITEM_ASSIGNED", createdAt = new Date()) {
  return testDb.notification.create({ data: { recipientId, kind, recordType: "ActionItem", recordId: unique("item"), params: { title: { en: "Report" } }, idempotencyKey: unique("key"), createdAt } });
}

describe("the inbox", () => {
  it("lists the reader's own notifications newest first, filters by kind and unread, and marks one or all read", async () => {
    const reader = await createUser({ role: "WG_MEMBER" });
    const other = await createUser({ role: "WG_MEMBER" });
    const older = await notificationFor(reader.id, "MEETING_SCHEDULED", new Date("2026-01-01T00:00:00Z"));
    const newer = await notificationFor(reader.id, "ACTION_ITEM_ASSIGNED", new Date("2026-02-01T00:00:00Z"));
    const theirs = await notificationFor(other.id);
    expect((await listInbox(reader, { kind: null, unreadOnly: false })).rows.map((row) => row.id)).toEqual([newer.id, older.id]);
    expect((await listInbox(reader, { kind: "MEETING_SCHEDULED", unreadOnly: false })).rows.map((row) => row.id)).toEqual([older.id]);
    expect(await countUnread(reader.id)).toBe(2);

    actAs(reader);
    expect(await markNotificationRead(undefined, { id: theirs.id })).toMatchObject({ status: "error", formError: "errors.notFound" });
    expect((await testDb.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect(await markNotificationRead(undefined, { id: newer.id })).toMatchObject({ status: "success" });
    expect((await listInbox(reader, { kind: null, unreadOnly: true })).rows.map((row) => row.id)).toEqual([older.id]);
    expect(await markAllNotificationsRead(undefined, {})).toMatchObject({ status: "success" });
    expect(await countUnread(reader.id)).toBe(0);
    expect(await countUnread(other.id)).toBe(1);
  });
});

describe("notification settings", () => {
  it("saves the reader's choices with an audit event, and refuses an unknown delivery", async () => {
    const reader = await createUser({ role: "OFFICER" });
    actAs(reader);
    expect(await saveNotificationPreferences(undefined, { MILESTONE_DUE_SOON: "WEEKLY", ACTION_ITEM_ASSIGNED: "INBOX_ONLY" })).toMatchObject({ status: "success" });
    const saved = await testDb.notificationPreference.findMany({ where: { userId: reader.id }, orderBy: { kind: "asc" } });
    expect(saved.map((row) => [row.kind, row.delivery])).toEqual([
      ["ACTION_ITEM_ASSIGNED", "INBOX_ONLY"],
      ["MILESTONE_DUE_SOON", "WEEKLY"],
    ]);
    expect(await testDb.auditEvent.count({ where: { entityId: reader.id, action: "user.notificationPreferences", actorId: reader.id } })).toBe(1);
    expect(await saveNotificationPreferences(undefined, { MILESTONE_DUE_SOON: "HOURLY" })).toMatchObject({ status: "error" });
  });

  it("through the signed link, changes only the named user's settings, without a session; a forged or expired link changes nothing", async () => {
    const reader = await createUser({ role: "WG_MEMBER" });
    actAs(null);
    const token = createUnsubscribeToken(reader.id);
    expect(await saveNotificationPreferencesByToken(undefined, { token, ACTION_ITEM_COMMENTED: "INBOX_ONLY" })).toMatchObject({ status: "success" });
    expect(await testDb.notificationPreference.findUnique({ where: { userId_kind: { userId: reader.id, kind: "ACTION_ITEM_COMMENTED" } } })).toMatchObject({ delivery: "INBOX_ONLY" });
    const expired = createUnsubscribeToken(reader.id, new Date("2020-01-01T00:00:00Z"));
    for (const bad of [expired, `${token}x`, "nonsense"]) {
      expect(await saveNotificationPreferencesByToken(undefined, { token: bad, ACTION_ITEM_COMMENTED: "IMMEDIATE" })).toMatchObject({ status: "error", formError: "notifications.preferences.tokenInvalid" });
    }
    expect(await testDb.notificationPreference.findUnique({ where: { userId_kind: { userId: reader.id, kind: "ACTION_ITEM_COMMENTED" } } })).toMatchObject({ delivery: "INBOX_ONLY" });
  });

  it("one-click unsubscribe sets every kind to inbox only for a valid token and refuses others", async () => {
    const reader = await createUser({ role: "MANAGER" });
    const call = (token: string) => oneClickUnsubscribe(new Request(`http://localhost/api/notifications/unsubscribe/${token}`, { method: "POST", body: "List-Unsubscribe=One-Click" }), { params: Promise.resolve({ token }) });
    expect((await call("forged.token")).status).toBe(404);
    expect(await testDb.notificationPreference.count({ where: { userId: reader.id } })).toBe(0);
    expect((await call(createUnsubscribeToken(reader.id))).status).toBe(200);
    const rows = await testDb.notificationPreference.findMany({ where: { userId: reader.id } });
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.every((row) => row.delivery === "INBOX_ONLY")).toBe(true);
  });
});
