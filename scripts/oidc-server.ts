// Runs the local OpenID provider (scripts/lib/oidc-server.ts) until stopped:
//   OIDC_PORT=4400 APP_URL=http://localhost:3000 npx tsx scripts/oidc-server.ts
// then start the app with the OIDC_* variables it prints. Used by scripts/e2e-server.mjs.
import { startOidcServer } from "./lib/oidc-server";

const server = await startOidcServer({
  port: Number(process.env.OIDC_PORT ?? 4400),
  appUrl: (process.env.APP_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
  clientId: process.env.OIDC_CLIENT_ID ?? "mou-tracker-local",
  clientSecret: process.env.OIDC_CLIENT_SECRET ?? "local-oidc-client-secret-not-for-production",
});
console.log(`Local OpenID provider at ${server.issuer}: ${Object.entries(server.env).map(([key, value]) => `${key}=${value}`).join(" ")}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void server.stop().then(() => process.exit(0)));
