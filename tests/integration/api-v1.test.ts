// /api/v1 end to end through its route handlers: tokens (scope, expiry, revocation), reads scoped
// as the interface scopes them, writes through the same actions with If-Match, problem+json, the
// audit trail naming the token, and every answer checked against the OpenAPI document (ajv).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import { Webhook } from "standardwebhooks";
import { newApiToken } from "@/lib/api/tokens";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { GET as listMilestones } from "@/app/api/v1/milestones/route";
import { GET as getMilestone } from "@/app/api/v1/milestones/[id]/route";
import { GET as listProgress, POST as createProgress } from "@/app/api/v1/milestones/[id]/progress-updates/route";
import { GET as listAgreements } from "@/app/api/v1/agreements/route";
import { GET as getActionItem } from "@/app/api/v1/action-items/[id]/route";
import { POST as transition } from "@/app/api/v1/action-items/[id]/transitions/route";
import { POST as comment } from "@/app/api/v1/action-items/[id]/comments/route";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { createWebhook, disableWebhook, rotateWebhookSecret } from "@/lib/actions/webhooks";
import { queueWebhookEvent } from "@/lib/webhooks/queue";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { checkWebhookTarget } from "@/lib/webhooks/target";
import { actAs } from "../helpers/request";
import { createUser, testDb } from "../helpers/factories";
import { createAgreementWithArea, createMilestone } from "../helpers/milestone-factories";
import { createActionItemRow, createGroupFixture } from "../helpers/groups-factories";

process.env.AUTH_SECRET ??= "integration-test-secret-integration-test-secret";

type Setup = Awaited<ReturnType<typeof createAgreementWithArea>>;
let setup: Setup;
const document = buildOpenApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat("date-time", (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value));
ajv.addFormat("uri", (value: string) => URL.canParse(value));
ajv.addSchema({ $id: "openapi", components: document.components } as object);

/** Validates a body against `#/components/schemas/<name>` of the served document. */
function expectMatches(name: string, body: unknown) {
  const validate = ajv.compile({ $ref: `openapi#/components/schemas/${name}` });
  expect(validate(body), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

async function tokenFor(userId: string, options: { scope?: "READ" | "READ_WRITE"; expiresAt?: Date; revokedAt?: Date } = {}) {
  const { token, hash, hint } = newApiToken();
  const row = await testDb.apiToken.create({ data: { userId, name: "test", scope: options.scope ?? "READ", tokenHash: hash, hint, expiresAt: options.expiresAt ?? new Date(Date.now() + 86_400_000), revokedAt: options.revokedAt ?? null } });
  return { token, id: row.id };
}

function call<P>(handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>, url: string, params: P, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  return handler(new Request(`http://localhost${url}`, { ...init, headers }), { params: Promise.resolve(params) });
}

beforeAll(async () => {
  actAs(null);
  setup = await createAgreementWithArea();
});

describe("the OpenAPI document", () => {
  it("is served without signing in, as OpenAPI 3.1 generated from the schemas", async () => {
    const response = openApi();
    expect(response.status).toBe(200);
    const body = (await response.json()) as typeof document;
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.components.schemas)).toEqual(expect.arrayContaining(["Milestone", "MilestonePage", "CreateProgressUpdate", "Problem"]));
  });
});

describe("tokens", () => {
  it("reads the owner's milestones, scoped as the milestones page scopes them, with an ETag", async () => {
    const officer = await createUser({ role: "OFFICER", organisationId: setup.malaysia.id });
    const mine = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    const theirs = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.china.id, ownerSide: "CHINA" });
    const { token } = await tokenFor(officer.id);
    const response = await call(listMilestones, "/api/v1/milestones?limit=100", {}, { token });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { id: string }[] };
    expectMatches("MilestonePage", body);
    const ids = body.data.map((row) => row.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    const etag = response.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await call(listMilestones, "/api/v1/milestones?limit=100", {}, { token, headers: { "if-none-match": etag ?? "" } });
    expect(again.status).toBe(304);

    const one = await call(getMilestone, `/api/v1/milestones/${mine.id}`, { id: mine.id }, { token });
    expect(one.headers.get("etag")).toMatch(new RegExp(`^"${mine.version}\\.`));
    expectMatches("Milestone", await one.json());
  });

  it("pages by cursor without repeating or skipping rows", async () => {
    const manager = await createUser({ role: "MANAGER" });
    const { token } = await tokenFor(manager.id);
    const seen: string[] = [];
    let cursor: string | null = "";
    for (let round = 0; round < 50 && cursor !== null; round += 1) {
      const response = await call(listAgreements, `/api/v1/agreements?limit=2${cursor ? `&cursor=${cursor}` : ""}`, {}, { token });
      const body = (await response.json()) as { data: { id: string }[]; next: string | null };
      expectMatches("AgreementPage", body);
      seen.push(...body.data.map((row) => row.id));
      cursor = body.next;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(setup.agreement.id);
  });

  it("refuses missing, expired and revoked tokens and tokens of deactivated users, as problem+json", async () => {
    const officer = await createUser({ role: "OFFICER", organisationId: setup.malaysia.id });
    const expired = await tokenFor(officer.id, { expiresAt: new Date(Date.now() - 1000) });
    const revoked = await tokenFor(officer.id, { revokedAt: new Date() });
    const inactive = await createUser({ role: "OFFICER", organisationId: setup.malaysia.id, isActive: false });
    const ofInactive = await tokenFor(inactive.id);
    for (const token of [undefined, "mou_pat_guessed", expired.token, revoked.token, ofInactive.token]) {
      const response = await call(listMilestones, "/api/v1/milestones", {}, { token });
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const body = await response.json();
      expectMatches("Problem", body);
      expect(body).toMatchObject({ status: 401, type: "/api-docs#problem-unauthenticated" });
    }
  });

  it("records when a token was last used", async () => {
    const officer = await createUser({ role: "OFFICER", organisationId: setup.malaysia.id });
    const { token, id } = await tokenFor(officer.id);
    await call(listMilestones, "/api/v1/milestones", {}, { token });
    expect((await testDb.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
  });
});

describe("writes", () => {
  it("a read token cannot write (403), a read-write token reports progress through the action, audited with the token", async () => {
    const officer = await createUser({ role: "OFFICER", organisationId: setup.malaysia.id });
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id, startOn: "2025-01-01" });
    const body = JSON.stringify({ reportedOn: "2025-03-01", percentComplete: 40, status: "ON_TRACK", narrative: "Through the API." });
    const headers = { "content-type": "application/json" };
    const read = await tokenFor(officer.id);
    const refused = await call(createProgress, `/api/v1/milestones/${milestone.id}/progress-updates`, { id: milestone.id }, { method: "POST", body, headers, token: read.token });
    expect(refused.status).toBe(403);
    expect(await testDb.progressUpdate.count({ where: { milestoneId: milestone.id } })).toBe(0);

    const write = await tokenFor(officer.id, { scope: "READ_WRITE" });
    const tagBefore = (await call(getMilestone, `/api/v1/milestones/${milestone.id}`, { id: milestone.id }, { token: read.token })).headers.get("etag");
    const made = await call(createProgress, `/api/v1/milestones/${milestone.id}/progress-updates`, { id: milestone.id }, { method: "POST", body, headers, token: write.token });
    expect(made.status).toBe(201);
    const update = (await made.json()) as { id: string };
    expectMatches("ProgressUpdate", update);
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { entityType: "ProgressUpdate", entityId: update.id } });
    expect(audit).toMatchObject({ actorId: officer.id, apiTokenId: write.id });
    // The report moved the milestone's current state: a cached copy is no longer current.
    const after = await call(getMilestone, `/api/v1/milestones/${milestone.id}`, { id: milestone.id }, { token: read.token, headers: { "if-none-match": tagBefore ?? "" } });
    expect(after.status).toBe(200);
    expect(((await after.json()) as { percentComplete: number }).percentComplete).toBe(40);

    const listed = await call(listProgress, `/api/v1/milestones/${milestone.id}/progress-updates`, { id: milestone.id }, { token: read.token });
    expectMatches("ProgressUpdatePage", await listed.json());
  });

  it("answers refused input with field errors as JSON pointers, and rules of the form the same way", async () => {
    const officer = await createUser({ role: "OFFICER", organisationId: setup.malaysia.id });
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id, startOn: "2025-01-01" });
    const { token } = await tokenFor(officer.id, { scope: "READ_WRITE" });
    const headers = { "content-type": "application/json" };
    const invalid = await call(createProgress, `/api/v1/milestones/${milestone.id}/progress-updates`, { id: milestone.id }, { method: "POST", headers, token, body: JSON.stringify({ reportedOn: "2025-03-01", percentComplete: 400, status: "GREAT", narrative: "" }) });
    expect(invalid.status).toBe(422);
    const problem = (await invalid.json()) as { errors: { pointer: string }[] };
    expectMatches("Problem", problem);
    expect(problem.errors.map((error) => error.pointer)).toEqual(expect.arrayContaining(["#/percentComplete", "#/status", "#/narrative"]));

    const future = await call(createProgress, `/api/v1/milestones/${milestone.id}/progress-updates`, { id: milestone.id }, { method: "POST", headers, token, body: JSON.stringify({ reportedOn: "2099-01-01", percentComplete: 10, status: "ON_TRACK", narrative: "Too early." }) });
    expect(future.status).toBe(422);
    expect(((await future.json()) as { errors: { pointer: string }[] }).errors[0]?.pointer).toBe("#/reportedOn");

    const china = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.china.id, ownerSide: "CHINA", startOn: "2025-01-01" });
    const notTheirs = await call(createProgress, `/api/v1/milestones/${china.id}/progress-updates`, { id: china.id }, { method: "POST", headers, token, body: JSON.stringify({ reportedOn: "2025-03-01", percentComplete: 10, status: "ON_TRACK", narrative: "Not mine." }) });
    expect(notTheirs.status).toBe(404);
  });

  it("moves an action item with If-Match: 428 without it, 412 on a stale version, 200 with the new ETag", async () => {
    const fixture = await createGroupFixture();
    const item = await createActionItemRow(fixture);
    const endpoint = await testDb.webhookEndpoint.create({ data: { url: "https://hooks.example/items", events: ["action_item.status_changed"], sealedSecret: "v1.sealed" } });
    const { token } = await tokenFor(fixture.myMember.user.id, { scope: "READ_WRITE" });
    const url = `/api/v1/action-items/${item.id}/transitions`;
    const body = JSON.stringify({ to: "IN_PROGRESS" });
    const headers = { "content-type": "application/json" };
    expect((await call(transition, url, { id: item.id }, { method: "POST", body, headers, token })).status).toBe(428);
    const stale = await call(transition, url, { id: item.id }, { method: "POST", body, headers: { ...headers, "if-match": `"${item.version + 5}"` }, token });
    expect(stale.status).toBe(412);
    expectMatches("Problem", await stale.json());
    const read = await call(getActionItem, `/api/v1/action-items/${item.id}`, { id: item.id }, { token });
    const moved = await call(transition, url, { id: item.id }, { method: "POST", body, headers: { ...headers, "if-match": read.headers.get("etag") ?? "" }, token });
    expect(moved.status).toBe(200);
    const after = (await moved.json()) as { status: string; version: number };
    expectMatches("ActionItem", after);
    expect(after).toMatchObject({ status: "IN_PROGRESS", version: item.version + 1 });
    expect(moved.headers.get("etag")).toMatch(new RegExp(`^"${item.version + 1}\\.`));
    // The move queued its webhook event in the same transaction.
    const queued = await testDb.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(queued).toMatchObject({ eventType: "action_item.status_changed", status: "PENDING", payload: { type: "action_item.status_changed", data: { id: item.id, from: "OPEN", to: "IN_PROGRESS" } } });
    await testDb.webhookEndpoint.delete({ where: { id: endpoint.id } }); // its delivery with it: the webhook test below sends what is due

    const said = await call(comment, `/api/v1/action-items/${item.id}/comments`, { id: item.id }, { method: "POST", body: JSON.stringify({ body: "Started." }), headers, token });
    expect(said.status).toBe(201);
    expectMatches("Comment", await said.json());

    // A member of another group does not see the item at all.
    const other = await createGroupFixture();
    const outsider = await tokenFor(other.myMember.user.id, { scope: "READ_WRITE" });
    expect((await call(getActionItem, `/api/v1/action-items/${item.id}`, { id: item.id }, { token: outsider.token })).status).toBe(404);
  });
});

describe("webhooks", () => {
  let server: Server;
  let received: { headers: IncomingMessage["headers"]; body: string }[] = [];
  let failuresLeft = 0;
  let url = "";

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", () => {
        received.push({ headers: request.headers, body });
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          response.writeHead(503).end();
        } else response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("refuses private targets unless WEBHOOK_ALLOW_PRIVATE=1, at registration and after DNS resolution", async () => {
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
    for (const target of [url, "http://10.1.2.3/", "http://169.254.169.254/latest", "http://[::1]/", "http://[::ffff:127.0.0.1]/"]) {
      expect(await checkWebhookTarget(target), target).toEqual({ ok: false, reason: "private" });
    }
    expect(await checkWebhookTarget("https://hooks.example/", async () => ["192.168.1.5"])).toEqual({ ok: false, reason: "private" });
    expect(await checkWebhookTarget("https://hooks.example/", async () => ["93.184.216.34"])).toEqual({ ok: true });
    const admin = await createUser({ role: "ADMIN" });
    actAs(admin);
    const refused = await createWebhook(undefined, { url, events: ["meeting.scheduled"] });
    expect(refused).toMatchObject({ status: "error", fieldErrors: { url: ["webhooks.errors.private"] } });
    actAs(null);
  });

  it("signs each delivery per Standard Webhooks, retries after the receiver fails, and logs the attempts", async () => {
    process.env.WEBHOOK_ALLOW_PRIVATE = "1";
    const admin = await createUser({ role: "ADMIN" });
    actAs(admin);
    const made = await createWebhook(undefined, { url, events: ["agreement.status_changed"] });
    actAs(null);
    if (made.status !== "success") throw new Error(JSON.stringify(made));
    const secret = made.data.secret;
    expect(secret).toMatch(/^whsec_/);

    received = [];
    failuresLeft = 1;
    const queued = await testDb.$transaction((tx) => queueWebhookEvent(tx, "agreement.status_changed", { id: setup.agreement.id, from: "SIGNED", to: "IN_FORCE" }));
    expect(queued).toBeGreaterThanOrEqual(1);
    const now = new Date();
    const first = await deliverDueWebhooks(testDb, { now, retryBaseMs: 1000 });
    expect(first.retrying).toBe(1);
    const logged = await testDb.webhookDelivery.findFirstOrThrow({ where: { endpoint: { url } }, orderBy: { createdAt: "desc" } });
    expect(logged).toMatchObject({ status: "PENDING", attempts: 1, responseStatus: 503 });
    const second = await deliverDueWebhooks(testDb, { now: new Date(now.getTime() + 5000), retryBaseMs: 1000 });
    expect(second.delivered).toBe(1);
    expect(await testDb.webhookDelivery.findUniqueOrThrow({ where: { id: logged.id } })).toMatchObject({ status: "DELIVERED", attempts: 2, responseStatus: 204 });

    expect(received).toHaveLength(2);
    const [, last] = received;
    if (!last) throw new Error("nothing received");
    // Verified by the Standard Webhooks reference library, not by our own code.
    const verified = new Webhook(secret).verify(last.body, { "webhook-id": String(last.headers["webhook-id"]), "webhook-timestamp": String(last.headers["webhook-timestamp"]), "webhook-signature": String(last.headers["webhook-signature"]) }) as { type: string; data: { id: string } };
    expect(verified).toMatchObject({ type: "agreement.status_changed", data: { id: setup.agreement.id } });
    expect(received[0]?.headers["webhook-id"]).toBe(last.headers["webhook-id"]);
    expect(() => new Webhook(secret).verify(last.body.replace("IN_FORCE", "EXPIRED"), { "webhook-id": String(last.headers["webhook-id"]), "webhook-timestamp": String(last.headers["webhook-timestamp"]), "webhook-signature": String(last.headers["webhook-signature"]) })).toThrow();
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
  });

  it("replaces an endpoint's secret: shown once, never audited, deliveries signed with the new one only; a stale or disabled endpoint is refused", async () => {
    process.env.WEBHOOK_ALLOW_PRIVATE = "1";
    const admin = await createUser({ role: "ADMIN" });
    actAs(admin);
    const made = await createWebhook(undefined, { url, events: ["meeting.scheduled"] });
    if (made.status !== "success") throw new Error(JSON.stringify(made));
    const endpoint = await testDb.webhookEndpoint.findFirstOrThrow({ where: { url, events: { has: "meeting.scheduled" } }, orderBy: { createdAt: "desc" } });

    const rotated = await rotateWebhookSecret(undefined, { id: endpoint.id, version: String(endpoint.version) });
    if (rotated.status !== "success") throw new Error(JSON.stringify(rotated));
    const newSecret = rotated.data.secret;
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(made.data.secret);
    // The form still holds the version it was opened with: a second replacement from it is a conflict.
    expect(await rotateWebhookSecret(undefined, { id: endpoint.id, version: String(endpoint.version) })).toMatchObject({ status: "conflict" });
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { entityId: endpoint.id, action: "webhook.rotateSecret" } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify(audit)).not.toContain(newSecret.slice("whsec_".length, 20));

    received = [];
    failuresLeft = 0;
    await testDb.$transaction((tx) => queueWebhookEvent(tx, "meeting.scheduled", { id: "meeting-rotation-test" }));
    await deliverDueWebhooks(testDb, { now: new Date(), retryBaseMs: 1000 });
    const delivery = received.find((request) => request.body.includes("meeting-rotation-test"));
    if (!delivery) throw new Error("nothing received");
    const headers = { "webhook-id": String(delivery.headers["webhook-id"]), "webhook-timestamp": String(delivery.headers["webhook-timestamp"]), "webhook-signature": String(delivery.headers["webhook-signature"]) };
    expect(new Webhook(newSecret).verify(delivery.body, headers)).toMatchObject({ type: "meeting.scheduled" });
    expect(() => new Webhook(made.data.secret).verify(delivery.body, headers)).toThrow();

    const current = await testDb.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(await disableWebhook(undefined, { id: endpoint.id, version: String(current.version) })).toMatchObject({ status: "success" });
    expect(await rotateWebhookSecret(undefined, { id: endpoint.id, version: String(current.version + 1) })).toMatchObject({ status: "conflict" });
    actAs(null);
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
  });
});
