// One round of the reminder machinery: the sweep, then mail for what it and the actions
// produced, then delivery of what is due. Used by the in-server schedule and `npm run reminders`.
import type { DbClient } from "@/lib/prisma-client";
import { runReminderSweep, type SweepResult } from "@/lib/notifications/sweep";
import { defaultBatchSize, deliverDueMail, type DeliveryOptions, type DeliveryResult, type MailTransport } from "./deliver";
import { mailConfig, type MailConfig } from "./mail-config";
import { queueNotificationMail } from "./queue";
import { createMailTransport } from "./transport";

export type RoundResult = { sweep: SweepResult; queued: number; delivery: DeliveryResult };

export async function runReminderRound(
  client: DbClient,
  options: { now?: Date; config?: MailConfig; transport?: MailTransport | null; delivery?: DeliveryOptions } = {},
): Promise<RoundResult> {
  const now = options.now ?? new Date();
  const config = options.config ?? mailConfig();
  const transport = options.transport === undefined ? createMailTransport(config) : options.transport;
  const sweep = await runReminderSweep(client, now);
  const { queued } = await queueNotificationMail(client, config, now);
  const delivery = await deliverAllDue(client, config, transport, { ...options.delivery, now });
  return { sweep, queued, delivery };
}

/**
 * Batch after batch until less than a full batch was due, so one round (and one cron run)
 * empties the queue rather than sending a hundred; bounded, so a flood cannot hold it forever.
 */
async function deliverAllDue(client: DbClient, config: MailConfig, transport: MailTransport | null, options: DeliveryOptions): Promise<DeliveryResult> {
  const total: DeliveryResult = { sent: 0, failed: 0, retrying: 0, notConfigured: 0 };
  const batchSize = options.batchSize ?? defaultBatchSize;
  for (let batch = 0; batch < 100; batch += 1) {
    // One clock for the round: a mail that failed or is leased is due later than it, so it is not taken twice.
    const result = await deliverDueMail(client, config, transport, options);
    total.sent += result.sent;
    total.failed += result.failed;
    total.retrying += result.retrying;
    total.notConfigured += result.notConfigured;
    if (result.sent + result.failed + result.retrying < batchSize) break;
  }
  return total;
}
