// Secrets kept at rest (the TOTP key): AES-256-GCM under a key derived from AUTH_SECRET with
// HKDF, so a copy of the database alone does not reveal them. The stored form is
// `v1.<iv>.<tag>.<ciphertext>` (base64url); the user's id is bound in as associated data, so a
// secret copied onto another account does not decrypt.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

function key(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: second-factor secrets cannot be protected");
  return Buffer.from(hkdfSync("sha256", secret, "mou-tracker", "second-factor secret v1", 32));
}

export function sealSecret(plain: string, userId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** The secret, or null when the stored form was altered, belongs to someone else or AUTH_SECRET changed. */
export function openSecret(sealed: string, userId: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
