// Recovery codes: ten random codes shown once at enrolment, stored as argon2 hashes, each
// accepted once. Ten groups of letters and digits without look-alikes (no 0/O, 1/l/I).
import { randomInt } from "node:crypto";
import { hashPassword, verifyPassword } from "@/lib/passwords";

export const recoveryCodeCount = 10;
const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

function randomGroup(length: number): string {
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join("");
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => `${randomGroup(5)}-${randomGroup(5)}`);
}

/** What the user typed, made comparable: case and spaces do not matter, the dash is optional. */
export function normaliseRecoveryCode(input: string): string {
  const compact = input.toLowerCase().replace(/[\s-]/g, "");
  return compact.length === 10 ? `${compact.slice(0, 5)}-${compact.slice(5)}` : compact;
}

export function isRecoveryCodeShaped(input: string): boolean {
  return /^[a-z0-9]{5}-[a-z0-9]{5}$/.test(normaliseRecoveryCode(input));
}

export function hashRecoveryCode(code: string): Promise<string> {
  return hashPassword(normaliseRecoveryCode(code));
}

/** The id of the unused code the input matches, or null. */
export async function findMatchingRecoveryCode(codes: readonly { id: string; codeHash: string }[], input: string): Promise<string | null> {
  const normalised = normaliseRecoveryCode(input);
  for (const code of codes) {
    if (await verifyPassword(code.codeHash, normalised)) return code.id;
  }
  return null;
}
