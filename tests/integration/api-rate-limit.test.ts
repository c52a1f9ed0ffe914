// The per-token rate limit of /api/v1 (the database's rate-limit table): a token that has used its
// allowance in the window gets 429 problem+json with Retry-After; another token is not affected.
import { beforeAll, describe, expect, it } from "vitest";
import { newApiToken } from "@/lib/api/tokens";
import { createUser, testDb } from "../helpers/factories";

process.env.API_RATE_LIMIT_PER_MINUTE = "3";
type Handler = (request: Request, context: { params: Promise<Record<string, never>> }) => Promise<Response>;
let listAgreements: Handler;

beforeAll(async () => {
  // Imported after the limit is set: the limits are read when the module loads.
  ({ GET: listAgreements } = await import("@/app/api/v1/agreements/route"));
});

async function token() {
  const user = await createUser({ role: "MANAGER" });
  const { token, hash, hint } = newApiToken();
  await testDb.apiToken.create({ data: { userId: user.id, name: "limited", scope: "READ", tokenHash: hash, hint, expiresAt: new Date(Date.now() + 86_400_000) } });
  return token;
}

const call = (bearer: string) => listAgreements(new Request("http://localhost/api/v1/agreements", { headers: { authorization: `Bearer ${bearer}` } }), { params: Promise.resolve({}) });

describe("the API's rate limit", () => {
  it("refuses a token over its allowance with 429, and counts each token apart", async () => {
    const busy = await token();
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await call(busy)).status).toBe(200);
    const refused = await call(busy);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(await refused.json()).toMatchObject({ status: 429, type: "/api-docs#problem-tooManyRequests" });
    expect((await call(await token())).status).toBe(200);
  });
});
