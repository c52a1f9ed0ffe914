// A real OpenID provider (the `oidc-provider` package) on a local port, for the end-to-end suite
// and for trying single sign-on locally. Its development sign-in page accepts any login with any
// password; the login is the account's email address. A login starting with "unverified." is an
// email the provider has NOT verified (email_verified: false), so the refusal can be tried too.
// Consent is implied for the one client (a first-party application), so no consent page shows.
// Never for production: the signing keys are generated at start and forgotten at exit.
import type { Server } from "node:http";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";

export interface OidcServerOptions {
  port: number;
  /** Where the application runs: its callback is <appUrl>/api/auth/callback/oidc. */
  appUrl: string;
  clientId: string;
  clientSecret: string;
}

export interface OidcTestServer {
  issuer: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

export function accountClaims(login: string) {
  const email = login.trim().toLowerCase();
  return {
    sub: email,
    email: email.replace(/^unverified\./, ""),
    email_verified: !email.startsWith("unverified."),
    name: email.split("@")[0] ?? email,
  };
}

async function grantForClient(ctx: KoaContextWithOIDC) {
  const { client, session, provider } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const existing = session.grantIdFor(client.clientId);
  if (existing) return provider.Grant.find(existing);
  const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope("openid email profile");
  await grant.save();
  return grant;
}

export async function startOidcServer(options: OidcServerOptions): Promise<OidcTestServer> {
  const issuer = `http://localhost:${options.port}`;
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [`${options.appUrl}/api/auth/callback/oidc`],
        // Signing out of the app ends the provider's session too, then comes back here.
        post_logout_redirect_uris: [`${options.appUrl}/login`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => accountClaims(sub) }),
    loadExistingGrant: grantForClient,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["local-oidc-provider-only-not-a-secret"] },
  };
  const provider = new Provider(issuer, configuration);
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(options.port, () => resolve(listening));
  });
  return {
    issuer,
    env: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: options.clientId, OIDC_CLIENT_SECRET: options.clientSecret },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
