// Personal access tokens from the account page: shown once, only the hash kept, revocable by
// their owner only, and a revoked token is refused by the API at once.
import { describe, expect, it } from "vitest";
import { createApiToken, revokeApiToken } from "@/lib/actions/api-tokens";
import { hashApiToken } from "@/lib/api/tokens";
import { GET as listMilestones } from "@/app/api/v1/milestones/route";
import { actAs } from "./../helpers/request";
import { createUser, testDb } from "../helpers/factories";

const read = (token: string) => listMilestones(new Request("http://localhost/api/v1/milestones", { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });

describe("personal access tokens", () => {
  it("are shown once with a recognisable prefix, stored as a SHA-256 only, and expire within a year", async () => {
    const officer = await createUser({ role: "OFFICER" });
    actAs(officer);
    const result = await createApiToken(undefined, { name: "Reporting", scope: "READ", expiresInDays: "365" });
    if (result.status !== "success") throw new Error(JSON.stringify(result));
    const { token } = result.data;
    expect(token).toMatch(/^mou_pat_[A-Za-z0-9_-]{43}$/);
    const row = await testDb.apiToken.findFirstOrThrow({ where: { userId: officer.id } });
    expect(row.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(366 * 86_400_000);
    expect(await createApiToken(undefined, { name: "Forever", scope: "READ", expiresInDays: "3650" })).toMatchObject({ status: "error", fieldErrors: { expiresInDays: ["apiTokens.errors.lifetime"] } });
    expect((await read(token)).status).toBe(200);
  });

  it("are revoked by their owner only, and then refused", async () => {
    const owner = await createUser({ role: "OFFICER" });
    actAs(owner);
    const result = await createApiToken(undefined, { name: "Mine", scope: "READ_WRITE", expiresInDays: "30" });
    if (result.status !== "success") throw new Error(JSON.stringify(result));
    const row = await testDb.apiToken.findFirstOrThrow({ where: { userId: owner.id } });

    const other = await createUser({ role: "ADMIN" });
    actAs(other);
    expect(await revokeApiToken(undefined, { id: row.id })).toMatchObject({ formError: "errors.notFound" });
    expect((await read(result.data.token)).status).toBe(200);

    actAs(owner);
    expect(await revokeApiToken(undefined, { id: row.id })).toMatchObject({ status: "success" });
    expect(await testDb.auditEvent.count({ where: { entityType: "ApiToken", entityId: row.id, action: "apiToken.revoke", actorId: owner.id } })).toBe(1);
    expect((await read(result.data.token)).status).toBe(401);
    actAs(null);
  });
});
