// One round of the reminder machinery: the sweep, then mail for what it and the actions
// produced, then delivery of what is due. Used by the in-server schedule and `npm run reminders`.
import type { DbClient } from "@/lib/prisma-client";
import { runReminderSweep, type SweepResult } from "@/lib/notifications/sweep";
import { deliverDueMail, type DeliveryOptions, type DeliveryResult, type MailTransport } from "./deliver";
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
  const delivery = await deliverDueMail(client, config, transport, { ...options.delivery, now });
  return { sweep, queued, delivery };
}
