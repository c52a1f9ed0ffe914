// Passwords as OWASP ASVS 5.0 (6.2) asks: at least 12 characters, no composition rules, at most
// 256 (anything a password manager makes fits), and not one of the ~49,000 most common and
// breached passwords (the list zxcvbn ships, @zxcvbn-ts/language-common). Server-side only: the
// list never reaches a browser.
import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

export const minPasswordLength = 12;
export const maxPasswordLength = 256;

let commonPasswords: Set<string> | undefined;

function isCommon(password: string): boolean {
  commonPasswords ??= new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/** The message key of what is wrong with the password, or null when it will do. */
export function passwordProblem(password: string, account: { email?: string } = {}): string | null {
  const length = [...password].length;
  if (length < minPasswordLength) return `errors.passwordTooShort|min=${minPasswordLength}`;
  if (length > maxPasswordLength) return `errors.tooLong|max=${maxPasswordLength}`;
  if (isCommon(password)) return "errors.passwordCommon";
  const localPart = account.email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && password.toLowerCase().includes(localPart)) return "errors.passwordHasEmail";
  return null;
}
