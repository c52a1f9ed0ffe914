// Signing out of a session that began at the organisation's identity provider also ends the
// provider's session (OpenID Connect RP-Initiated Logout 1.0): otherwise, on a shared computer,
// the next person to press the single sign-on button would be signed in as the last one without
// a password. The provider confirms, then sends the browser back to the sign-in page.
import "server-only";
import type { SsoConfig } from "./config";

/** The provider's logout address from its discovery document, fetched once per process. */
let endSessionEndpoint: Promise<string | null> | null = null;

async function discoverEndSessionEndpoint(issuer: string): Promise<string | null> {
  try {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(3_000) });
    if (!response.ok) return null;
    const document: unknown = await response.json();
    const endpoint = typeof document === "object" && document !== null && "end_session_endpoint" in document ? document.end_session_endpoint : null;
    return typeof endpoint === "string" && /^https?:\/\//.test(endpoint) ? endpoint : null;
  } catch {
    return null;
  }
}

/**
 * Where to send the browser after ending this application's session: the provider's logout
 * address (identifying this client, and asking to come back to `returnTo`), or null when the
 * provider offers none or cannot be reached (the application's sign-out still stands).
 */
export async function providerLogoutUrl(config: SsoConfig, returnTo: string): Promise<string | null> {
  endSessionEndpoint ??= discoverEndSessionEndpoint(config.issuer);
  const endpoint = await endSessionEndpoint;
  // A failed discovery is tried again on the next sign-out rather than remembered.
  if (!endpoint) endSessionEndpoint = null;
  if (!endpoint) return null;
  const url = new URL(endpoint);
  url.searchParams.set("client_id", config.clientId);
  url.searchParams.set("post_logout_redirect_uri", returnTo);
  return url.toString();
}
