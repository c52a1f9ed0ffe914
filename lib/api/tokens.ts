// Personal access tokens: `mou_pat_` and 256 random bits (base64url). The prefix makes a leaked
// token recognisable to secret scanners; only the SHA-256 is stored, so the token is shown once.
import { createHash, randomBytes } from "node:crypto";

export const tokenPrefix = "mou_pat_";

/** Tokens live at most a year; the form offers shorter lives. */
export const maxTokenLifetimeDays = 365;
export const tokenLifetimeChoices = [7, 30, 90, 180, 365] as const;

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newApiToken(): { token: string; hash: string; hint: string } {
  const token = `${tokenPrefix}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashApiToken(token), hint: token.slice(0, tokenPrefix.length + 4) };
}

/** The token of an `Authorization: Bearer …` header, when it has our shape; else null. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  const token = match?.[1];
  return token && token.startsWith(tokenPrefix) && token.length <= 200 ? token : null;
}
