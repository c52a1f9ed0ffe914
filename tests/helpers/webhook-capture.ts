// Subscribes a throwaway webhook endpoint to one event while a test runs, and returns what was
// queued for it: proof that a change queued its event in its own transaction. The endpoint (and
// its deliveries) are removed afterwards, so no delivery run elsewhere ever tries to send them.
import type { WebhookEventType } from "@/lib/webhooks/events";
import { testDb, unique } from "./factories";

export async function queuedWebhooks(event: WebhookEventType, change: () => Promise<unknown>) {
  const endpoint = await testDb.webhookEndpoint.create({ data: { url: `https://${unique("hooks")}.example/receive`, events: [event], sealedSecret: "v1.sealed" } });
  try {
    await change();
    const deliveries = await testDb.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, select: { eventType: true, payload: true } });
    return deliveries.map((delivery) => ({ type: delivery.eventType, data: (delivery.payload as { data: Record<string, unknown> }).data }));
  } finally {
    await testDb.webhookEndpoint.delete({ where: { id: endpoint.id } });
  }
}
