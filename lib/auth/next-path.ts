// Where a reader was going before sign-in, kept through it. Only a path on this site is ever
// followed: an absolute URL (https://evil.example), a protocol-relative one (//evil.example),
// a backslash trick (/\evil.example) or anything with control characters falls back to the home page.
const home = "/";

export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return home;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return home;
  if (/[\u0000-\u001f\u007f]/.test(value)) return home;
  const base = "http://same-origin.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return home;
  }
  if (url.origin !== base) return home;
  // Back to the sign-in page would be a loop.
  if (url.pathname === "/login") return home;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in address that brings the reader back to `path` afterwards. */
export function loginPathFor(path: string): string {
  const next = safeNextPath(path);
  return next === home ? "/login" : `/login?next=${encodeURIComponent(next)}`;
}
