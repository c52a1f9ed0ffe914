// Mail delivery against a real SMTP server started here (smtp-server), read back with mailparser:
// recipients, the recipient's language, absolute links, the signed settings link, the .ics
// invitation (parsed with ical.js), preferences, retries with backoff while the server refuses,
// and "mail not configured" without SMTP_URL.
import ICAL from "ical.js";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cancelMeeting, moveMeeting, scheduleMeeting } from "@/lib/actions/meetings";
import { deliverDueMail } from "@/lib/jobs/deliver";
import { queueNotificationMail } from "@/lib/jobs/queue";
import { runReminderRound } from "@/lib/jobs/reminders";
import { createMailTransport } from "@/lib/jobs/transport";
import type { MailConfig } from "@/lib/jobs/mail-config";
import { verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { actAs } from "../helpers/request";
import { testDb, unique } from "../helpers/factories";
import { createGroupFixture, runAction } from "../helpers/groups-factories";

process.env.AUTH_SECRET ??= "integration-test-secret";

const port = 3351 + (Number(process.env.VITEST_POOL_ID ?? "0") % 8);
const received: ParsedMail[] = [];
let refuse = false;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    if (refuse) {
      stream.resume();
      stream.on("end", () => callback(new Error("Mailbox temporarily unavailable")));
      return;
    }
    simpleParser(stream)
      .then((mail) => {
        received.push(mail);
        callback();
      })
      .catch(callback);
  },
});

const config: MailConfig = { smtpUrl: `smtp://127.0.0.1:${port}`, from: "MoU Tracker <tracker@mou.test>", appUrl: "https://mou.test:8443" };

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(async () => {
  received.length = 0;
  refuse = false;
  // Each test starts with an empty queue; earlier tests' mail is not theirs to count.
  await testDb.notification.updateMany({ where: { mailedAt: null }, data: { mailedAt: new Date() } });
  await testDb.outboundMail.deleteMany({});
});

const scheduleInput = (workingGroupId: string) => ({
  workingGroupId,
  titleEn: unique("Joint meeting"),
  titleZh: "联合工作组会议",
  startsAtLocal: "2030-06-10T10:00",
  endsAtLocal: "2030-06-10T12:00",
  timeZone: "Asia/Kuala_Lumpur",
  venue: "Putrajaya",
});

function mailTo(address: string): ParsedMail {
  const mail = received.find((candidate) => JSON.stringify(candidate.to).includes(address));
  if (!mail) throw new Error(`no mail to ${address}; got ${received.map((candidate) => JSON.stringify(candidate.to)).join(", ")}`);
  return mail;
}

function calendarOf(mail: ParsedMail) {
  const attachment = mail.attachments.find((candidate) => candidate.contentType.startsWith("text/calendar"));
  if (!attachment) throw new Error("no calendar attachment");
  const calendar = new ICAL.Component(ICAL.parse(attachment.content.toString("utf8")));
  const event = calendar.getFirstSubcomponent("vevent");
  if (!event) throw new Error("no VEVENT");
  const start = event.getFirstPropertyValue("dtstart");
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.getFirstPropertyValue("uid"),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    status: event.getFirstPropertyValue("status"),
    startsAt: start instanceof ICAL.Time ? start.toString() : String(start),
  };
}

describe("mail delivery", () => {
  it("mails each member an invitation in their own language, with absolute links, a signed settings link and the .ics; a cancellation follows with the same UID", async () => {
    const fixture = await createGroupFixture();
    await testDb.user.update({ where: { id: fixture.cnMember.user.id }, data: { locale: "zh" } });
    await testDb.user.update({ where: { id: fixture.myMember.user.id }, data: { locale: "ms" } });
    actAs(fixture.mySecretariat.user);
    const input = scheduleInput(fixture.group.id);
    await runAction(scheduleMeeting(undefined, input));
    const meeting = await testDb.meeting.findFirstOrThrow({ where: { titleEn: input.titleEn } });

    const transport = createMailTransport(config);
    await queueNotificationMail(testDb, config);
    const result = await deliverDueMail(testDb, config, transport);
    expect(result).toMatchObject({ sent: 3, failed: 0, retrying: 0 });
    expect(received).toHaveLength(3);
    expect(() => mailTo(fixture.mySecretariat.user.email)).toThrow();

    const chinese = mailTo(fixture.cnMember.user.email);
    expect(chinese.subject).toBe("会议已安排：联合工作组会议");
    expect(chinese.text).toContain("安排了 联合工作组会议");
    expect(chinese.html).toContain("在 MoU Tracker 中打开");
    const malay = mailTo(fixture.myMember.user.email);
    expect(malay.subject).toBe(`Mesyuarat dijadualkan: ${input.titleEn}`);
    expect(malay.text).toContain("menjadualkan");

    const link = `https://mou.test:8443/meetings/${meeting.id}`;
    expect(chinese.text).toContain(link);
    expect(String(chinese.html)).toContain(`href="${link}"`);
    const settingsLink = /https:\/\/mou\.test:8443\/unsubscribe\/([\w.-]+)/.exec(chinese.text ?? "");
    expect(settingsLink).not.toBeNull();
    expect(verifyUnsubscribeToken(settingsLink?.[1] ?? "")).toBe(fixture.cnMember.user.id);
    const headerLine = (key: string) => chinese.headerLines.find((line) => line.key === key)?.line ?? "";
    expect(headerLine("list-unsubscribe")).toContain("<https://mou.test:8443/api/notifications/unsubscribe/");
    expect(headerLine("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

    const invitation = calendarOf(chinese);
    expect(invitation).toMatchObject({ method: "REQUEST", uid: `meeting-${meeting.id}@mou-tracker`, sequence: 0, status: "CONFIRMED" });

    received.length = 0;
    await cancelMeeting(undefined, { id: meeting.id, version: "1", confirm: "yes" });
    await queueNotificationMail(testDb, config);
    await deliverDueMail(testDb, config, transport);
    const cancellation = calendarOf(mailTo(fixture.cnMember.user.email));
    expect(cancellation).toMatchObject({ method: "CANCEL", uid: invitation.uid, status: "CANCELLED" });
    expect(cancellation.sequence).toBeGreaterThan(invitation.sequence);
    expect(new Set(received.map((mail) => mail.messageId)).size).toBe(received.length);
  });

  it("a moved meeting sends the invitation again as an update (same UID, higher SEQUENCE, REQUEST, the new time); a cancellation then sends CANCEL", async () => {
    const fixture = await createGroupFixture();
    await testDb.user.update({ where: { id: fixture.cnMember.user.id }, data: { locale: "zh" } });
    actAs(fixture.mySecretariat.user);
    const input = scheduleInput(fixture.group.id);
    await runAction(scheduleMeeting(undefined, input));
    const meeting = await testDb.meeting.findFirstOrThrow({ where: { titleEn: input.titleEn } });
    const transport = createMailTransport(config);
    const deliver = async () => {
      received.length = 0;
      await queueNotificationMail(testDb, config);
      await deliverDueMail(testDb, config, transport);
      return mailTo(fixture.cnMember.user.email);
    };
    const invitation = calendarOf(await deliver());
    expect(invitation).toMatchObject({ method: "REQUEST", sequence: 0, startsAt: "2030-06-10T10:00:00" });

    const move = { id: meeting.id, startsAtLocal: "2030-06-17T14:00", endsAtLocal: "2030-06-17T16:00", timeZone: "Asia/Kuala_Lumpur" };
    expect(await runAction(moveMeeting(undefined, { ...move, version: "1" }))).toBe("redirected");
    const movedMail = await deliver();
    expect(received).toHaveLength(3);
    expect(movedMail.subject).toBe("会议已改期：联合工作组会议");
    expect(movedMail.text).toContain(`https://mou.test:8443/meetings/${meeting.id}`);
    const firstMove = calendarOf(movedMail);
    expect(firstMove).toMatchObject({ method: "REQUEST", uid: invitation.uid, status: "CONFIRMED", startsAt: "2030-06-17T14:00:00" });
    expect(firstMove.sequence).toBeGreaterThan(invitation.sequence);

    expect(await runAction(moveMeeting(undefined, { ...move, version: "2", startsAtLocal: "2030-06-18T09:00", endsAtLocal: "" }))).toBe("redirected");
    const secondMove = calendarOf(await deliver());
    expect(secondMove).toMatchObject({ method: "REQUEST", uid: invitation.uid, startsAt: "2030-06-18T09:00:00" });
    expect(secondMove.sequence).toBeGreaterThan(firstMove.sequence);

    await cancelMeeting(undefined, { id: meeting.id, version: "3", confirm: "yes" });
    const cancelled = calendarOf(await deliver());
    expect(cancelled).toMatchObject({ method: "CANCEL", uid: invitation.uid, status: "CANCELLED" });
    expect(cancelled.sequence).toBeGreaterThan(secondMove.sequence);
  });

  it("keeps mail while the server refuses, retries with growing delays, then delivers it once", async () => {
    const fixture = await createGroupFixture();
    actAs(fixture.mySecretariat.user);
    await runAction(scheduleMeeting(undefined, scheduleInput(fixture.group.id)));
    const transport = createMailTransport(config);
    const start = new Date();
    await queueNotificationMail(testDb, config, start);
    refuse = true;
    expect(await deliverDueMail(testDb, config, transport, { now: start })).toMatchObject({ sent: 0, retrying: 3 });
    const waiting = await testDb.outboundMail.findMany();
    expect(waiting.every((mail) => mail.status === "PENDING" && mail.attempts === 1 && /temporarily unavailable/.test(mail.lastError ?? ""))).toBe(true);
    const firstRetryAt = waiting[0]?.nextAttemptAt.getTime() ?? 0;
    expect(firstRetryAt).toBeGreaterThan(start.getTime());
    // Not yet due: nothing is tried.
    expect(await deliverDueMail(testDb, config, transport, { now: start })).toMatchObject({ sent: 0, retrying: 0 });
    const second = new Date(firstRetryAt + 1);
    expect(await deliverDueMail(testDb, config, transport, { now: second })).toMatchObject({ retrying: 3 });
    const secondRetryAt = (await testDb.outboundMail.findFirstOrThrow()).nextAttemptAt.getTime();
    expect(secondRetryAt - second.getTime()).toBeGreaterThan(firstRetryAt - start.getTime());
    refuse = false;
    expect(await deliverDueMail(testDb, config, transport, { now: new Date(secondRetryAt + 1) })).toMatchObject({ sent: 3 });
    expect(received).toHaveLength(3);
    expect((await testDb.outboundMail.findMany()).map((mail) => [mail.status, mail.attempts])).toEqual([["SENT", 3], ["SENT", 3], ["SENT", 3]]);
    expect(await deliverDueMail(testDb, config, transport, { now: new Date(secondRetryAt + 10_000_000) })).toMatchObject({ sent: 0 });
    expect(received).toHaveLength(3);
  });

  it("gives up after the last attempt and says why", async () => {
    const fixture = await createGroupFixture();
    actAs(fixture.mySecretariat.user);
    await runAction(scheduleMeeting(undefined, scheduleInput(fixture.group.id)));
    await queueNotificationMail(testDb, config);
    refuse = true;
    const transport = createMailTransport(config);
    expect(await deliverDueMail(testDb, config, transport, { maxAttempts: 1 })).toMatchObject({ failed: 3 });
    expect((await testDb.outboundMail.findMany()).every((mail) => mail.status === "FAILED" && mail.lastError)).toBe(true);
  });

  it("follows preferences: inbox only mails nothing, a daily digest gathers the day's notifications into one mail", async () => {
    const fixture = await createGroupFixture();
    await testDb.notificationPreference.create({ data: { userId: fixture.cnMember.user.id, kind: "MEETING_SCHEDULED", delivery: "INBOX_ONLY" } });
    await testDb.notificationPreference.create({ data: { userId: fixture.myMember.user.id, kind: "MEETING_SCHEDULED", delivery: "DAILY" } });
    actAs(fixture.mySecretariat.user);
    await runAction(scheduleMeeting(undefined, scheduleInput(fixture.group.id)));
    await runAction(scheduleMeeting(undefined, scheduleInput(fixture.group.id)));
    const now = new Date();
    await queueNotificationMail(testDb, config, now);
    await deliverDueMail(testDb, config, createMailTransport(config), { now });
    expect(() => mailTo(fixture.cnMember.user.email)).toThrow();
    expect(await testDb.notification.count({ where: { recipientId: fixture.cnMember.user.id } })).toBe(2);
    const digest = mailTo(fixture.myMember.user.email);
    expect(digest.subject).toBe("MoU Tracker: 2 notifications");
    expect(digest.attachments).toHaveLength(0);
    expect(received.filter((mail) => JSON.stringify(mail.to).includes(fixture.myMember.user.email))).toHaveLength(1);
    // Later the same day: a third one waits for tomorrow's digest.
    await runAction(scheduleMeeting(undefined, scheduleInput(fixture.group.id)));
    await queueNotificationMail(testDb, config, now);
    expect(await testDb.notification.count({ where: { recipientId: fixture.myMember.user.id, mailedAt: null } })).toBe(1);
    const tomorrow = new Date(now.getTime() + 86_400_000);
    expect((await queueNotificationMail(testDb, config, tomorrow)).queued).toBeGreaterThanOrEqual(1);
    expect(await testDb.notification.count({ where: { recipientId: fixture.myMember.user.id, mailedAt: null } })).toBe(0);
  });

  it("one round sends every due mail, batch after batch, not only the first batch", async () => {
    const fixture = await createGroupFixture();
    actAs(fixture.mySecretariat.user);
    for (let index = 0; index < 2; index += 1) await runAction(scheduleMeeting(undefined, scheduleInput(fixture.group.id)));
    const result = await runReminderRound(testDb, { config, transport: createMailTransport(config), delivery: { batchSize: 2 } });
    // The sweep may add reminders for other tests' records: whatever was queued, all of it went.
    expect(result.queued).toBeGreaterThanOrEqual(6);
    expect(result.delivery).toMatchObject({ sent: result.queued, retrying: 0, failed: 0 });
    expect(received.filter((mail) => /Joint meeting/.test(mail.subject ?? ""))).toHaveLength(6);
  });

  it("without SMTP_URL sends nothing and records every mail as not sent on the Outbox", async () => {
    const fixture = await createGroupFixture();
    actAs(fixture.mySecretariat.user);
    await runAction(scheduleMeeting(undefined, scheduleInput(fixture.group.id)));
    const result = await runReminderRound(testDb, { config: { ...config, smtpUrl: null } });
    expect(result.delivery.notConfigured).toBeGreaterThanOrEqual(3);
    expect(received).toHaveLength(0);
    const mails = await testDb.outboundMail.findMany({ where: { recipientId: fixture.myMember.user.id } });
    expect(mails.map((mail) => mail.status)).toEqual(["NOT_CONFIGURED"]);
  });
});
