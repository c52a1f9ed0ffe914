// The content security policy, in one place for next.config.ts (every response) and proxy.ts
// (pages). Pages get a fresh nonce per request: only scripts Next marks with it run, plus what
// those load ('strict-dynamic'), so an injected inline script or handler cannot. Styles keep
// 'unsafe-inline' because React's style attributes cannot carry a nonce.

const isDev = process.env.NODE_ENV !== "production";

export function contentSecurityPolicy(nonce?: string): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay and stack traces.
    `script-src ${scripts}${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable, and new for every page request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
