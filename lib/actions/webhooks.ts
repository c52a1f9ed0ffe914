"use server";
// Webhook endpoints: administrators register a receiver (URL, events), see its secret once,
// replace the secret (shown once again), turn it off, and send a logged delivery again. Private
// targets are refused here and again at each delivery (lib/webhooks/target.ts).
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import type { TransactionClient } from "@/lib/prisma-client";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { sealSecret } from "@/lib/auth/mfa/secret-box";
import { canManageWebhooks } from "@/lib/permissions";
import { createWebhookSchema, redeliverWebhookSchema, webhookVersionSchema } from "@/lib/schemas/api-tokens";
import { newWebhookSecret } from "@/lib/webhooks/sign";
import { checkWebhookTarget } from "@/lib/webhooks/target";
import { webhookSecretContext } from "@/lib/webhooks/deliver";
import { defineAction } from "./define-action";
import { ConflictError, NotFoundError, RuleError } from "./errors";

/** Why a version-checked change of an active endpoint changed nothing: it is gone, or it moved on (or was turned off). */
async function refuseUnchangedEndpoint(tx: TransactionClient, input: { id: string; version: number }): Promise<never> {
  if (!(await tx.webhookEndpoint.findUnique({ where: { id: input.id }, select: { id: true } }))) throw new NotFoundError();
  throw new ConflictError({ entityType: "WebhookEndpoint", entityId: input.id, version: input.version });
}

export const createWebhook = defineAction(createWebhookSchema, async ({ user, input }) => {
  if (!canManageWebhooks(user)) throw new NotFoundError();
  const target = await checkWebhookTarget(input.url);
  if (!target.ok) throw new RuleError(`webhooks.errors.${target.reason}`, "url");
  const secret = newWebhookSecret();
  await db.$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.create({ data: { url: input.url, description: input.description, events: input.events, sealedSecret: "pending", updatedById: user.id }, select: { id: true } });
    await tx.webhookEndpoint.update({ where: { id: row.id }, data: { sealedSecret: sealSecret(secret, webhookSecretContext(row.id)) } });
    await recordAudit(tx, { actorId: user.id, action: "webhook.create", entityType: "WebhookEndpoint", entityId: row.id, after: auditSnapshot({ url: input.url, description: input.description, events: input.events }) });
  });
  revalidatePath("/admin/webhooks");
  return { data: { secret } };
});

export const disableWebhook = defineAction(webhookVersionSchema, async ({ user, input }) => {
  if (!canManageWebhooks(user)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({ where: { id: input.id, version: input.version, isActive: true }, data: { isActive: false, version: { increment: 1 }, updatedById: user.id } });
    if (count === 0) await refuseUnchangedEndpoint(tx, input);
    await recordAudit(tx, { actorId: user.id, action: "webhook.disable", entityType: "WebhookEndpoint", entityId: input.id, after: auditSnapshot({ isActive: false, version: input.version + 1 }) });
  });
  revalidatePath("/admin/webhooks");
  return { data: undefined };
});

/**
 * A new signing secret for an active endpoint, shown once, when the old one may have leaked. It
 * takes effect at once: every delivery from now on, including those still waiting, is signed
 * with it (deliveries are signed when sent). The audit records that it changed, never the secret.
 */
export const rotateWebhookSecret = defineAction(webhookVersionSchema, async ({ user, input }) => {
  if (!canManageWebhooks(user)) throw new NotFoundError();
  const secret = newWebhookSecret();
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: input.id, version: input.version, isActive: true },
      data: { sealedSecret: sealSecret(secret, webhookSecretContext(input.id)), version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) await refuseUnchangedEndpoint(tx, input);
    await recordAudit(tx, { actorId: user.id, action: "webhook.rotateSecret", entityType: "WebhookEndpoint", entityId: input.id, after: auditSnapshot({ secretReplaced: true, version: input.version + 1 }) });
  });
  revalidatePath("/admin/webhooks");
  return { data: { secret } };
});

/** Sends a logged delivery again (same webhook-id, so the receiver can tell it is the same message). */
export const redeliverWebhook = defineAction(redeliverWebhookSchema, async ({ user, input }) => {
  if (!canManageWebhooks(user)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookDelivery.updateMany({ where: { id: input.id, status: { not: "PENDING" } }, data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lastError: null } });
    if (count === 0) throw new NotFoundError();
    await recordAudit(tx, { actorId: user.id, action: "webhook.redeliver", entityType: "WebhookDelivery", entityId: input.id, after: auditSnapshot({ status: "PENDING" }) });
  });
  revalidatePath("/admin/webhooks");
  return { data: undefined };
});
