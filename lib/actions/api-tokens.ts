"use server";
// Personal access tokens (lib/api/tokens.ts): made on the account page, shown once, revoked there.
// The holder's rights are their own: the API checks every call as it checks the interface's.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { addDays } from "@/lib/dates";
import { newApiToken } from "@/lib/api/tokens";
import { canManageOwnApiTokens } from "@/lib/permissions";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/schemas/api-tokens";
import { defineAction } from "./define-action";
import { NotFoundError } from "./errors";

export const createApiToken = defineAction(createApiTokenSchema, async ({ user, input }) => {
  if (!canManageOwnApiTokens(user)) throw new NotFoundError();
  const { token, hash, hint } = newApiToken();
  const expiresAt = addDays(new Date(), input.expiresInDays);
  await db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { userId: user.id, name: input.name, scope: input.scope, tokenHash: hash, hint, expiresAt }, select: { id: true, name: true, scope: true, hint: true, expiresAt: true } });
    await recordAudit(tx, { actorId: user.id, action: "apiToken.create", entityType: "ApiToken", entityId: row.id, after: auditSnapshot(row) });
  });
  revalidatePath("/account");
  return { data: { token } };
});

export const revokeApiToken = defineAction(revokeApiTokenSchema, async ({ user, input }) => {
  const now = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id: input.id, userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) throw new NotFoundError();
    await recordAudit(tx, { actorId: user.id, action: "apiToken.revoke", entityType: "ApiToken", entityId: input.id, after: auditSnapshot({ revokedAt: now }) });
  });
  revalidatePath("/account");
  return { data: undefined };
});
