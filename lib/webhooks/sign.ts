// Standard Webhooks signing (standardwebhooks.com): the secret is `whsec_` + base64 of random
// bytes; the signature header is `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">` under the
// decoded secret. Receivers verify with any Standard Webhooks library.
import { createHmac, randomBytes } from "node:crypto";

export const secretPrefix = "whsec_";

export function newWebhookSecret(): string {
  return `${secretPrefix}${randomBytes(32).toString("base64")}`;
}

export function signWebhook(secret: string, messageId: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith(secretPrefix) ? secret.slice(secretPrefix.length) : secret, "base64");
  return `v1,${createHmac("sha256", key).update(`${messageId}.${timestampSeconds}.${body}`).digest("base64")}`;
}

/** The three headers of one delivery attempt. */
export function webhookHeaders(secret: string, messageId: string, body: string, now: Date): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return { "webhook-id": messageId, "webhook-timestamp": String(timestamp), "webhook-signature": signWebhook(secret, messageId, timestamp, body) };
}
