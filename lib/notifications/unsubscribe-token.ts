// The link in every mail that opens the recipient's notification settings without signing in:
// the user's id and an expiry, signed with HMAC-SHA256 under AUTH_SECRET. It grants nothing but
// changing that user's notification settings, and only until it expires.
import { createHmac, timingSafeEqual } from "node:crypto";

export const unsubscribeTokenLifetimeDays = 30;

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set: unsubscribe links cannot be signed");
  return value;
}

function signature(payload: string): string {
  return createHmac("sha256", secret()).update(`notification-preferences:${payload}`).digest("base64url");
}

export function createUnsubscribeToken(userId: string, now: Date = new Date()): string {
  const expiresAt = Math.floor(now.getTime() / 1000) + unsubscribeTokenLifetimeDays * 86_400;
  const payload = Buffer.from(`${userId}.${expiresAt}`).toString("base64url");
  return `${payload}.${signature(payload)}`;
}

/** The user the token was made for, or null when it is forged, malformed or expired. */
export function verifyUnsubscribeToken(token: string, now: Date = new Date()): string | null {
  const [payload, given, extra] = token.split(".");
  if (!payload || !given || extra !== undefined) return null;
  const expected = Buffer.from(signature(payload));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  const [userId, expiresAt] = Buffer.from(payload, "base64url").toString().split(".");
  if (!userId || !expiresAt || !/^\d+$/.test(expiresAt)) return null;
  return Number(expiresAt) * 1000 > now.getTime() ? userId : null;
}
