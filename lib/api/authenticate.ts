// Establishes the API caller from `Authorization: Bearer …`: a token that exists, is neither
// revoked nor expired, of an active user. Its last use is recorded (at most once a minute, so
// reads do not each write).
import "server-only";
import { db } from "@/lib/db";
import { sessionUserSelect, toSessionUser } from "@/lib/auth/session";
import type { ApiPrincipal } from "./principal";
import { bearerToken, hashApiToken } from "./tokens";

const lastUsedResolutionMs = 60_000;

export async function authenticateApiRequest(request: Request, now = new Date()): Promise<ApiPrincipal | null> {
  const token = bearerToken(request.headers.get("authorization"));
  if (!token) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, scope: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: sessionUserSelect } },
  });
  if (!row || row.revokedAt || row.expiresAt <= now || !row.user.isActive) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= lastUsedResolutionMs) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now }, select: { id: true } });
  }
  return { user: toSessionUser(row.user, `api:${row.id}`), tokenId: row.id, scope: row.scope };
}
