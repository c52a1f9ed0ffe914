// Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps, the settings every
// authenticator app reads) through the otpauth library. A code is accepted in its own step or one
// step either side (clock drift), and only once: the caller stores the step it matched and
// refuses that step and earlier ones afterwards.
import { Secret, TOTP } from "otpauth";

export const totpIssuer = "MoU Tracker";
const periodSeconds = 30;

function totpFor(secretBase32: string, account: string): TOTP {
  return new TOTP({ issuer: totpIssuer, label: account, algorithm: "SHA1", digits: 6, period: periodSeconds, secret: Secret.fromBase32(secretBase32) });
}

/** A new random secret (160 bits, as RFC 4226 recommends), in base32 as apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address the QR code carries. */
export function totpUri(secretBase32: string, account: string): string {
  return totpFor(secretBase32, account).toString();
}

/** The key grouped in fours, for typing into an app by hand. */
export function groupedKey(secretBase32: string): string {
  return secretBase32.replace(/(.{4})(?=.)/g, "$1 ");
}

export function totpCode(secretBase32: string, now: Date = new Date()): string {
  return totpFor(secretBase32, "").generate({ timestamp: now.getTime() });
}

/**
 * The time step the code belongs to, or null when it matches none near `now` or its step is not
 * after `lastStep` (a code already used, or an older one).
 */
export function matchTotp(input: { secret: string; code: string; now?: Date; lastStep?: number | null }): number | null {
  const code = input.code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(code)) return null;
  const now = input.now ?? new Date();
  const delta = totpFor(input.secret, "").validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / periodSeconds) + delta;
  if (input.lastStep != null && step <= input.lastStep) return null;
  return step;
}
