// Sends queued mail. Each due row is claimed in one statement (FOR UPDATE SKIP LOCKED inside an
// UPDATE … RETURNING) with a lease: its next attempt moves into the future before it is sent, so
// a second instance never sends it at the same time and an instance killed mid-send leaves it to
// be retried when the lease runs out. A failure is retried with exponential backoff; SMTP being
// down delays mail and loses none. Every message carries a Message-ID fixed by its row, so a
// retry after a crash is recognisable as the same message.
import type { DbClient } from "@/lib/prisma-client";
import type { MailConfig } from "./mail-config";

export type MailMessage = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: string }[];
};

/** What delivery needs of a mail transport (nodemailer's transporter is one). */
export type MailTransport = { sendMail(message: MailMessage): Promise<{ messageId?: string }> };

export type DeliveryOptions = { now?: Date; batchSize?: number; maxAttempts?: number; retryBaseMs?: number; leaseMs?: number };

export const defaultMaxAttempts = 8;

/** 30 s, 1 min, 2 min, … capped at 6 hours. */
export function retryDelayMs(attempt: number, baseMs = 30_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 6 * 3_600_000);
}

function asStringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

function asAttachments(value: unknown): MailMessage["attachments"] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (!item || typeof item !== "object") return [];
    const { filename, contentType, content } = item as Record<string, unknown>;
    return typeof filename === "string" && typeof contentType === "string" && typeof content === "string" ? [{ filename, contentType, content }] : [];
  });
}

export type DeliveryResult = { sent: number; failed: number; retrying: number; notConfigured: number };

export const defaultBatchSize = 100;

export async function deliverDueMail(client: DbClient, config: MailConfig, transport: MailTransport | null, options: DeliveryOptions = {}): Promise<DeliveryResult> {
  const now = options.now ?? new Date();
  const result: DeliveryResult = { sent: 0, failed: 0, retrying: 0, notConfigured: 0 };
  if (!transport) {
    // Nothing leaves the machine: the Outbox shows what would have been mailed.
    result.notConfigured = await client.outboundMail.updateMany({ where: { status: "PENDING" }, data: { status: "NOT_CONFIGURED", lastError: "SMTP_URL is not set" } }).then((update) => update.count);
    return result;
  }
  const maxAttempts = options.maxAttempts ?? defaultMaxAttempts;
  // The lease runs from the real clock too: a long round that passes one "now" along must not hand out leases that have already run out.
  const leaseUntil = new Date(Math.max(now.getTime(), Date.now()) + (options.leaseMs ?? config.leaseMs ?? 10 * 60_000));
  const claimed = await client.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE "OutboundMail" SET attempts = attempts + 1, "nextAttemptAt" = $2::timestamp(3), "updatedAt" = $1::timestamp(3)
     WHERE id IN (SELECT id FROM "OutboundMail" WHERE status = 'PENDING' AND "nextAttemptAt" <= $1::timestamp(3) ORDER BY "nextAttemptAt", id LIMIT $3 FOR UPDATE SKIP LOCKED)
     RETURNING id`,
    now.toISOString(),
    leaseUntil.toISOString(),
    options.batchSize ?? defaultBatchSize,
  );
  if (claimed.length === 0) return result;
  const mails = await client.outboundMail.findMany({ where: { id: { in: claimed.map((row) => row.id) } }, orderBy: { nextAttemptAt: "asc" } });
  const host = new URL(config.appUrl).hostname || "mou-tracker";
  for (const mail of mails) {
    const messageId = `<${mail.id}@${host}>`;
    try {
      await transport.sendMail({
        from: config.from,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId,
        headers: asStringRecord(mail.headers),
        attachments: asAttachments(mail.attachments),
      });
      await client.outboundMail.update({ where: { id: mail.id }, data: { status: "SENT", sentAt: new Date(), messageId, lastError: null } });
      result.sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const givesUp = mail.attempts >= maxAttempts;
      await client.outboundMail.update({
        where: { id: mail.id },
        data: givesUp ? { status: "FAILED", lastError: message.slice(0, 1000) } : { lastError: message.slice(0, 1000), nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts, options.retryBaseMs)) },
      });
      if (givesUp) result.failed += 1;
      else result.retrying += 1;
    }
  }
  return result;
}
