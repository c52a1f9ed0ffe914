// Queues a webhook event for every active endpoint subscribed to it, inside the transaction of
// the change: the change and its deliveries commit together or not at all. The job runner
// (lib/webhooks/deliver.ts) sends them. Other features call this one function to add an event.
import { randomBytes } from "node:crypto";
import type { TransactionClient } from "@/lib/prisma-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookEventType } from "./events";

export async function queueWebhookEvent(tx: TransactionClient, type: WebhookEventType, payload: Record<string, unknown>, now = new Date()): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { isActive: true, events: { has: type } }, select: { id: true } });
  if (endpoints.length === 0) return 0;
  const messageId = `msg_${randomBytes(16).toString("hex")}`;
  const body = JSON.parse(JSON.stringify({ type, timestamp: now.toISOString(), data: payload })) as Prisma.InputJsonValue;
  await tx.webhookDelivery.createMany({ data: endpoints.map((endpoint) => ({ endpointId: endpoint.id, messageId, eventType: type, payload: body, nextAttemptAt: now })) });
  return endpoints.length;
}
