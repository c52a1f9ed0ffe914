import { createHash, randomBytes } from "node:crypto";

export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 256 random bits, URL-safe. */
export function newCalendarToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashCalendarToken(token) };
}
