// Personal access tokens and webhook endpoints: what their forms send.
import { z, idSchema, optionalText, requiredText, versionSchema } from "./messages";
import { tokenLifetimeChoices } from "@/lib/api/tokens";
import { webhookEventTypes } from "@/lib/webhooks/events";

export const createApiTokenSchema = z.strictObject({
  name: requiredText(100),
  scope: z.enum(["READ", "READ_WRITE"]),
  expiresInDays: z.coerce.number().int().refine((days) => (tokenLifetimeChoices as readonly number[]).includes(days), "apiTokens.errors.lifetime"),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.strictObject({ id: idSchema });

const events = z
  .union([z.enum(webhookEventTypes), z.array(z.enum(webhookEventTypes))])
  .nullish()
  .transform((value) => (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .pipe(z.array(z.enum(webhookEventTypes)).min(1, "webhooks.errors.noEvents"));

export const createWebhookSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  description: optionalText(200),
  events,
});
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

export const webhookVersionSchema = z.strictObject({ id: idSchema, version: versionSchema });
export const redeliverWebhookSchema = z.strictObject({ id: idSchema });
