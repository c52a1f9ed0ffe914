// Where signing out sends the browser after a single sign-on session: the provider's logout
// address from its discovery document, or nowhere when it offers none or cannot be reached (the
// application's own sign-out stands either way). The real provider's path is in tests/e2e/sso.spec.ts.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providerLogoutUrl } from "@/lib/auth/sso/logout";

let server: Server;
let issuer = "";
let offersLogout = true;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url !== "/.well-known/openid-configuration") return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ issuer, ...(offersLogout ? { end_session_endpoint: `${issuer}/session/end` } : {}) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const config = () => ({ issuer, clientId: "mou-tracker", clientSecret: "secret", buttonLabel: null });

describe("signing out at the identity provider", () => {
  it("is skipped when the provider cannot be reached or offers no logout, and found once it does", async () => {
    expect(await providerLogoutUrl({ ...config(), issuer: "http://127.0.0.1:9" }, "https://mou.example/login")).toBeNull();
    offersLogout = false;
    expect(await providerLogoutUrl(config(), "https://mou.example/login")).toBeNull();
    offersLogout = true;
    const url = new URL((await providerLogoutUrl(config(), "https://mou.example/login")) ?? "about:blank");
    expect(`${url.origin}${url.pathname}`).toBe(`${issuer}/session/end`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: "mou-tracker", post_logout_redirect_uri: "https://mou.example/login" });
  });
});
