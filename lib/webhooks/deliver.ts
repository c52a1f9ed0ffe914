// Sends queued webhook deliveries, as lib/jobs/deliver.ts sends mail: due rows are claimed in one
// statement (FOR UPDATE SKIP LOCKED) with a lease, so two instances never send one at once and a
// crash mid-send leaves it to be retried; a failure is retried with exponential backoff; every
// attempt is logged on the row (attempts, response code, error). The target is checked before
// each attempt and its connection reaches only checked addresses (lib/webhooks/target.ts);
// redirects are not followed.
import type { DbClient } from "@/lib/prisma-client";
import { retryDelayMs } from "@/lib/jobs/deliver";
import { openSecret } from "@/lib/auth/mfa/secret-box";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { checkWebhookTarget, connectionLookup } from "./target";
import { webhookHeaders } from "./sign";

export type WebhookDeliveryOptions = { now?: Date; batchSize?: number; maxAttempts?: number; retryBaseMs?: number; leaseMs?: number; timeoutMs?: number };
export type WebhookDeliveryResult = { delivered: number; retrying: number; failed: number };

export const webhookMaxAttempts = 8;

/** The secret is sealed with the endpoint's id as associated data. */
export const webhookSecretContext = (endpointId: string) => `webhook:${endpointId}`;

/** One POST, through a connection that only reaches checked addresses; redirects are not followed. */
function post(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<number> {
  const target = new URL(url);
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      target,
      {
        method: "POST",
        headers: { "Content-Type": "application/json", "User-Agent": "MoU-Tracker-Webhooks/1", "Content-Length": Buffer.byteLength(body), ...headers },
        lookup: connectionLookup(),
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        response.resume(); // the answer's body is not needed
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

async function attempt(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<{ status: number | null; error: string | null }> {
  const target = await checkWebhookTarget(url);
  if (!target.ok) return { status: null, error: `target refused (${target.reason})` };
  try {
    const status = await post(url, headers, body, timeoutMs);
    return { status, error: status >= 200 && status < 300 ? null : `HTTP ${status}` };
  } catch (error) {
    return { status: null, error: error instanceof Error ? error.message.slice(0, 500) : "request failed" };
  }
}

export async function deliverDueWebhooks(client: DbClient, options: WebhookDeliveryOptions = {}): Promise<WebhookDeliveryResult> {
  const now = options.now ?? new Date();
  const result: WebhookDeliveryResult = { delivered: 0, retrying: 0, failed: 0 };
  const leaseUntil = new Date(Math.max(now.getTime(), Date.now()) + (options.leaseMs ?? 5 * 60_000));
  const claimed = await client.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE "WebhookDelivery" SET attempts = attempts + 1, "nextAttemptAt" = $2::timestamp(3), "lastAttemptAt" = $1::timestamp(3)
     WHERE id IN (SELECT id FROM "WebhookDelivery" WHERE status = 'PENDING' AND "nextAttemptAt" <= $1::timestamp(3) ORDER BY "nextAttemptAt", id LIMIT $3 FOR UPDATE SKIP LOCKED)
     RETURNING id`,
    now.toISOString(),
    leaseUntil.toISOString(),
    options.batchSize ?? 50,
  );
  if (claimed.length === 0) return result;
  const deliveries = await client.webhookDelivery.findMany({
    where: { id: { in: claimed.map((row) => row.id) } },
    select: { id: true, messageId: true, payload: true, attempts: true, endpoint: { select: { id: true, url: true, sealedSecret: true, isActive: true } } },
  });
  const maxAttempts = options.maxAttempts ?? webhookMaxAttempts;
  for (const delivery of deliveries) {
    const secret = openSecret(delivery.endpoint.sealedSecret, webhookSecretContext(delivery.endpoint.id));
    const body = JSON.stringify(delivery.payload);
    const outcome =
      !delivery.endpoint.isActive ? { status: null, error: "endpoint disabled" }
      : !secret ? { status: null, error: "secret unreadable (AUTH_SECRET changed?)" }
      : await attempt(delivery.endpoint.url, webhookHeaders(secret, delivery.messageId, body, new Date()), body, options.timeoutMs ?? 10_000);
    if (outcome.error === null) {
      await client.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "DELIVERED", deliveredAt: new Date(), responseStatus: outcome.status, lastError: null } });
      result.delivered += 1;
    } else if (delivery.attempts >= maxAttempts || !delivery.endpoint.isActive) {
      // A disabled endpoint is not tried again; "send again" on the page re-queues it if wanted.
      await client.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "FAILED", responseStatus: outcome.status, lastError: outcome.error } });
      result.failed += 1;
    } else {
      const nextAttemptAt = new Date(now.getTime() + retryDelayMs(delivery.attempts, options.retryBaseMs));
      await client.webhookDelivery.update({ where: { id: delivery.id }, data: { nextAttemptAt, responseStatus: outcome.status, lastError: outcome.error } });
      result.retrying += 1;
    }
  }
  return result;
}
