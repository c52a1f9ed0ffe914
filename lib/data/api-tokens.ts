// The account page's tokens and the administrators' webhook page.
import "server-only";
import { db } from "@/lib/db";
import { requireUser, ForbiddenError } from "@/lib/auth/session";
import { canManageOwnApiTokens, canManageWebhooks } from "@/lib/permissions";

export async function listMyApiTokens() {
  const user = await requireUser();
  if (!canManageOwnApiTokens(user)) throw new ForbiddenError();
  return db.apiToken.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, name: true, scope: true, hint: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
  });
}

const recentDeliveries = 50;

export async function listWebhooks() {
  const user = await requireUser();
  if (!canManageWebhooks(user)) throw new ForbiddenError();
  const [endpoints, deliveries] = await Promise.all([
    db.webhookEndpoint.findMany({ orderBy: { createdAt: "desc" }, take: 100, select: { id: true, url: true, description: true, events: true, isActive: true, version: true, createdAt: true } }),
    db.webhookDelivery.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: recentDeliveries,
      select: { id: true, messageId: true, eventType: true, status: true, attempts: true, responseStatus: true, lastError: true, lastAttemptAt: true, createdAt: true, endpoint: { select: { url: true } } },
    }),
  ]);
  return { endpoints, deliveries };
}
