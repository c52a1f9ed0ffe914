// Single sign-on with OpenID Connect, configured by environment:
//   OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET  (all three, or SSO is off)
//   OIDC_BUTTON_LABEL   the sign-in button's text (default: a translated "Sign in with the government identity provider")
//   PASSWORD_SIGN_IN=off   hides and refuses password sign-in (only when SSO is configured, so nobody is locked out)
export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  buttonLabel: string | null;
}

export function ssoConfig(env: Record<string, string | undefined> = process.env): SsoConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer: issuer.replace(/\/+$/, ""), clientId, clientSecret, buttonLabel: env.OIDC_BUTTON_LABEL?.trim() || null };
}

export function isPasswordSignInEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.PASSWORD_SIGN_IN?.trim().toLowerCase() !== "off" || ssoConfig(env) === null;
}

/** The Auth.js provider id, hence the callback path /api/auth/callback/oidc. */
export const ssoProviderId = "oidc";
