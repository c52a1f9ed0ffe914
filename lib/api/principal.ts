// Who is calling through /api/v1: the token's owner, loaded as the same SessionUser every rule
// sees, and the token itself. Held for the length of one request in AsyncLocalStorage, so the
// session lookup (lib/auth/session.ts), the action wrapper and the audit trail see the API caller
// without a second path through the code.
import { AsyncLocalStorage } from "node:async_hooks";
import type { SessionUser } from "@/lib/auth/session-user";

export type ApiTokenScope = "READ" | "READ_WRITE";

export interface ApiPrincipal {
  user: SessionUser;
  tokenId: string;
  scope: ApiTokenScope;
}

const storage = new AsyncLocalStorage<ApiPrincipal>();

/** Runs `work` as the API caller: everything it calls sees this principal. */
export function runAsApiPrincipal<T>(principal: ApiPrincipal, work: () => Promise<T>): Promise<T> {
  return storage.run(principal, work);
}

/** The API caller of this request, or null for the interface (a signed-in browser). */
export function currentApiPrincipal(): ApiPrincipal | null {
  return storage.getStore() ?? null;
}
