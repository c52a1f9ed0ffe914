// Turns notifications into queued mail, in each recipient's language and as each chose: one mail
// per notification (IMMEDIATE), one per day or per week with everything since (DAILY, WEEKLY), or
// none (INBOX_ONLY). Rows are claimed with FOR UPDATE SKIP LOCKED so two instances never queue
// the same notification, and each mail has a unique dedupe key so re-queuing never duplicates.
import type { DbClient, TransactionClient } from "@/lib/prisma-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildCalendar } from "@/lib/calendar/ical";
import { meetingEvent } from "@/lib/calendar/events";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { addDays, isoDay, today as appToday } from "@/lib/dates";
import { effectiveDelivery, type NotificationDelivery, type NotificationKind } from "@/lib/notifications/kinds";
import { absoluteUrl, composeMail, type MailNotification } from "@/lib/notifications/mail";
import { readParams } from "@/lib/notifications/params";
import { meetingInvitation } from "@/lib/notifications/rules";
import { createUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import type { MailConfig } from "./mail-config";

const invitationKinds = new Set<NotificationKind>(["MEETING_SCHEDULED", "MEETING_MOVED", "MEETING_CANCELLED"]);

type Recipient = { id: string; name: string; email: string; locale: Locale; isActive: boolean };
type Pending = MailNotification & { recipient: Recipient };
type Attachment = { filename: string; contentType: string; content: string };

export function preferencesUrls(appUrl: string, userId: string, now: Date): { page: string; oneClick: string } {
  const token = createUnsubscribeToken(userId, now);
  return { page: absoluteUrl(appUrl, `/unsubscribe/${token}`), oneClick: absoluteUrl(appUrl, `/api/notifications/unsubscribe/${token}`) };
}

function mondayOf(day: Date): Date {
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

async function invitationFor(tx: TransactionClient, notification: Pending, config: MailConfig): Promise<Attachment | null> {
  if (!invitationKinds.has(notification.kind)) return null;
  const meeting = await tx.meeting.findUnique({
    where: { id: notification.recordId },
    select: { id: true, titleEn: true, titleMs: true, titleZh: true, startsAt: true, endsAt: true, timeZone: true, venue: true, onlineUrl: true, status: true, version: true, workingGroup: { select: { nameEn: true, nameMs: true, nameZh: true } } },
  });
  if (!meeting) return null;
  const params = readParams(notification.params);
  const cancelled = notification.kind === "MEETING_CANCELLED";
  const sequence = params.sequence ?? meetingInvitation(meeting).sequence;
  const organizer = /<([^>]+)>/.exec(config.from)?.[1] ?? config.from;
  const event = { ...meetingEvent(meeting, config.appUrl, notification.recipient.locale), sequence, status: cancelled ? ("CANCELLED" as const) : ("CONFIRMED" as const), organizer, attendees: [notification.recipient.email] };
  const method = cancelled ? "CANCEL" : "REQUEST";
  return { filename: "invite.ics", contentType: `text/calendar; charset=utf-8; method=${method}`, content: buildCalendar({ name: meeting.titleEn, events: [event], method }) };
}

function mailRow(recipient: Recipient, notifications: readonly Pending[], dedupeKey: string, config: MailConfig, now: Date, attachment: Attachment | null): Prisma.OutboundMailCreateManyInput {
  const urls = preferencesUrls(config.appUrl, recipient.id, now);
  const composed = composeMail({ recipient, notifications, appUrl: config.appUrl, preferencesUrl: urls.page, hasInvitation: attachment !== null });
  return {
    recipientId: recipient.id,
    toAddress: recipient.email,
    subject: composed.subject,
    language: recipient.locale,
    html: composed.html,
    text: composed.text,
    headers: { "List-Unsubscribe": `<${urls.oneClick}>, <${urls.page}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    attachments: attachment ? [attachment] : [],
    dedupeKey,
    nextAttemptAt: now,
  };
}

async function queueBatch(tx: TransactionClient, pending: readonly Pending[], config: MailConfig, now: Date): Promise<{ handled: string[]; mails: number }> {
  const userIds = [...new Set(pending.map((row) => row.recipient.id))];
  const preferences = await tx.notificationPreference.findMany({ where: { userId: { in: userIds } }, select: { userId: true, kind: true, delivery: true } });
  const chosen = new Map<string, Map<NotificationKind, NotificationDelivery>>();
  for (const preference of preferences) {
    const map = chosen.get(preference.userId) ?? new Map<NotificationKind, NotificationDelivery>();
    map.set(preference.kind, preference.delivery);
    chosen.set(preference.userId, map);
  }
  const today = appToday(now);
  const periodKey = { DAILY: `daily:${isoDay(today)}`, WEEKLY: `weekly:${isoDay(mondayOf(today))}` };

  const handled: string[] = [];
  const mails: Prisma.OutboundMailCreateManyInput[] = [];
  const digests = new Map<string, Pending[]>();
  for (const row of pending) {
    const delivery = effectiveDelivery(row.kind, chosen.get(row.recipient.id));
    if (!row.recipient.isActive || delivery === "INBOX_ONLY") {
      handled.push(row.id);
    } else if (delivery === "IMMEDIATE") {
      mails.push(mailRow(row.recipient, [row], `notification:${row.id}`, config, now, await invitationFor(tx, row, config)));
      handled.push(row.id);
    } else {
      const key = `${periodKey[delivery]}:${row.recipient.id}`;
      digests.set(key, [...(digests.get(key) ?? []), row]);
    }
  }
  // A digest already sent in this period: the rest waits for the next one.
  const sent = new Set((await tx.outboundMail.findMany({ where: { dedupeKey: { in: [...digests.keys()] } }, select: { dedupeKey: true } })).map((mail) => mail.dedupeKey));
  for (const [key, rows] of digests) {
    if (sent.has(key) || !rows[0]) continue;
    mails.push(mailRow(rows[0].recipient, rows, key, config, now, null));
    handled.push(...rows.map((row) => row.id));
  }
  await tx.outboundMail.createMany({ data: mails, skipDuplicates: true });
  await tx.notification.updateMany({ where: { id: { in: handled } }, data: { mailedAt: now } });
  return { handled, mails: mails.length };
}

/** Queues mail for every notification not yet handled, in batches. */
export async function queueNotificationMail(client: DbClient, config: MailConfig, now: Date = new Date(), batchSize = 500): Promise<{ queued: number }> {
  let queued = 0;
  let cursor = "";
  for (;;) {
    const result = await client.$transaction(async (tx) => {
      const claimed = await tx.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id FROM "Notification" WHERE "mailedAt" IS NULL AND id > $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        cursor,
        batchSize,
      );
      if (claimed.length === 0) return null;
      const rows = await tx.notification.findMany({
        where: { id: { in: claimed.map((row) => row.id) } },
        select: { id: true, kind: true, recordType: true, recordId: true, params: true, recipient: { select: { id: true, name: true, email: true, locale: true, isActive: true } } },
      });
      const pending = rows.map((row) => ({ ...row, recipient: { ...row.recipient, locale: isLocale(row.recipient.locale) ? row.recipient.locale : ("en" as const) } }));
      const outcome = await queueBatch(tx, pending, config, now);
      return { last: claimed[claimed.length - 1]?.id ?? cursor, mails: outcome.mails, full: claimed.length === batchSize };
    });
    if (!result) break;
    queued += result.mails;
    cursor = result.last;
    if (!result.full) break;
  }
  return { queued };
}
