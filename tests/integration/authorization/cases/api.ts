// /api/v1 in the authorization matrix: each caller calls with a read-write token of their own
// (anonymous with none). Reads follow the same rules as the pages; writes reuse the rows of the
// server actions they go through (same arrangement, same rule), sent as JSON with If-Match.
import { canListAllMilestones, canReadAgreements, canReadMilestone } from "@/lib/permissions";
import { newApiToken } from "@/lib/api/tokens";
import { routeCase, type RouteCase } from "../cases";
import { seesWorldGroup, type Actor, type World } from "../world";
import { testDb, unique } from "../../../helpers/factories";
import { createMilestone } from "../../../helpers/milestone-factories";
import { groupsCases } from "./groups";
import { milestonesCases } from "./milestones";

const base = "http://localhost";

async function bearer(actor: Actor | null): Promise<Record<string, string>> {
  if (!actor) return {};
  const { token, hash, hint } = newApiToken();
  await testDb.apiToken.create({ data: { userId: actor.id, name: "matrix", scope: "READ_WRITE", tokenHash: hash, hint, expiresAt: new Date(Date.now() + 86_400_000) } });
  return { authorization: `Bearer ${token}` };
}

const milestoneOf = (world: World, side: "MALAYSIA" | "CHINA") =>
  createMilestone({ agreementId: world.agreement.id, areaId: world.agreement.areaId, ownerOrganisationId: side === "MALAYSIA" ? world.malaysia.id : world.china.id, ownerSide: side, order: 2_000 });

const itemOfGroup = (world: World) =>
  testDb.actionItem.create({ data: { workingGroupId: world.group.id, titleEn: unique("API action"), ownerSide: "MALAYSIA", malaysiaOwnerId: world.group.memberPersonId, dueOn: new Date("2030-01-01T00:00:00Z"), status: "OPEN" } });

const meetingOfGroup = (world: World) =>
  testDb.meeting.create({ data: { workingGroupId: world.group.id, titleEn: unique("API meeting"), startsAt: new Date(Date.now() + 7 * 86_400_000), timeZone: "Asia/Kuala_Lumpur", status: "SCHEDULED" } });

/** A write case from the server action it goes through. */
function writeCase(actionName: keyof typeof groupsCases | keyof typeof milestonesCases, request: (input: Record<string, unknown>) => { url: string; params: Record<string, string>; body: Record<string, unknown>; ifMatch?: string }): RouteCase {
  const action = groupsCases[actionName] ?? milestonesCases[actionName];
  if (!action) throw new Error(`no action case ${actionName}`);
  return routeCase({
    arrange: async (world, actor) => {
      const { input, context } = await action.arrange(world);
      const { url, params, body, ifMatch } = request(input as Record<string, unknown>);
      const headers = { ...(await bearer(actor)), "content-type": "application/json", ...(ifMatch ? { "if-match": `"${ifMatch}"` } : {}) };
      return { url: `${base}${url}`, params, context, init: { headers, body: JSON.stringify(body) } };
    },
    allowed: (actor, world, context) => action.allowed(actor, world, context),
  });
}

export const apiRouteCases: Record<string, RouteCase> = {
  "GET app/api/v1/agreements/route.ts": routeCase({
    arrange: async (world, actor) => ({ url: `${base}/api/v1/agreements?limit=100`, params: {}, context: null, marker: world.agreement.id, init: { headers: await bearer(actor) } }),
    allowed: (actor) => canReadAgreements(actor),
    shows: (actor) => canReadAgreements(actor),
  }),
  "GET app/api/v1/agreements/[id]/route.ts": routeCase({
    arrange: async (world, actor) => ({ url: `${base}/api/v1/agreements/${world.agreement.id}`, params: { id: world.agreement.id }, context: null, init: { headers: await bearer(actor) } }),
    allowed: (actor) => canReadAgreements(actor),
  }),
  "GET app/api/v1/agreements/[id]/cooperation-areas/route.ts": routeCase({
    arrange: async (world, actor) => ({ url: `${base}/api/v1/agreements/${world.agreement.id}/cooperation-areas`, params: { id: world.agreement.id }, context: null, marker: world.agreement.areaId, init: { headers: await bearer(actor) } }),
    allowed: (actor) => canReadAgreements(actor),
    shows: (actor) => canReadAgreements(actor),
  }),
  // The milestones page's scope: everything for administrators and managers, else the caller's organisation's.
  "GET app/api/v1/milestones/route.ts": routeCase({
    arrange: async (world, actor) => {
      const milestone = await milestoneOf(world, "MALAYSIA");
      return { url: `${base}/api/v1/milestones?limit=100&agreement=${world.agreement.id}&area=${world.agreement.areaId}`, params: {}, context: null, marker: milestone.id, init: { headers: await bearer(actor) } };
    },
    allowed: (actor) => canReadMilestone(actor),
    shows: (actor, world) => canListAllMilestones(actor) || actor.organisationId === world.malaysia.id,
  }),
  "GET app/api/v1/milestones/[id]/route.ts": routeCase({
    arrange: async (world, actor) => {
      const milestone = await milestoneOf(world, "CHINA");
      return { url: `${base}/api/v1/milestones/${milestone.id}`, params: { id: milestone.id }, context: null, init: { headers: await bearer(actor) } };
    },
    allowed: (actor) => canReadMilestone(actor),
  }),
  "GET app/api/v1/milestones/[id]/progress-updates/route.ts": routeCase({
    arrange: async (world, actor) => {
      const milestone = await milestoneOf(world, "MALAYSIA");
      const update = await testDb.progressUpdate.create({ data: { milestoneId: milestone.id, reportedOn: new Date("2025-06-01T00:00:00Z"), percentComplete: 10, status: "ON_TRACK", narrative: unique("API progress") } });
      return { url: `${base}/api/v1/milestones/${milestone.id}/progress-updates`, params: { id: milestone.id }, context: null, marker: update.id, init: { headers: await bearer(actor) } };
    },
    allowed: (actor) => canReadMilestone(actor),
    shows: (actor) => canReadMilestone(actor),
  }),
  "POST app/api/v1/milestones/[id]/progress-updates/route.ts": writeCase("logProgress", ({ milestoneId, ...body }) => ({ url: `/api/v1/milestones/${String(milestoneId)}/progress-updates`, params: { id: String(milestoneId) }, body })),
  // All open items of the caller's groups (the queue's "all" scope): only those who read world.group see its item.
  "GET app/api/v1/action-items/route.ts": routeCase({
    arrange: async (world, actor) => {
      const item = await itemOfGroup(world);
      return { url: `${base}/api/v1/action-items?scope=all&group=${world.group.id}&limit=100`, params: {}, context: null, marker: item.id, init: { headers: await bearer(actor) } };
    },
    allowed: (actor) => Boolean(actor.role),
    shows: seesWorldGroup,
  }),
  "GET app/api/v1/action-items/[id]/route.ts": routeCase({
    arrange: async (world, actor) => {
      const item = await itemOfGroup(world);
      return { url: `${base}/api/v1/action-items/${item.id}`, params: { id: item.id }, context: null, init: { headers: await bearer(actor) } };
    },
    allowed: seesWorldGroup,
  }),
  "POST app/api/v1/action-items/[id]/transitions/route.ts": writeCase("transitionActionItem", ({ id, version, ...body }) => ({ url: `/api/v1/action-items/${String(id)}/transitions`, params: { id: String(id) }, body, ifMatch: String(version) })),
  "POST app/api/v1/action-items/[id]/comments/route.ts": writeCase("commentOnActionItem", ({ id, ...body }) => ({ url: `/api/v1/action-items/${String(id)}/comments`, params: { id: String(id) }, body })),
  "GET app/api/v1/meetings/route.ts": routeCase({
    arrange: async (world, actor) => {
      const meeting = await meetingOfGroup(world);
      return { url: `${base}/api/v1/meetings?group=${world.group.id}&limit=100`, params: {}, context: null, marker: meeting.id, init: { headers: await bearer(actor) } };
    },
    allowed: (actor) => Boolean(actor.role),
    shows: seesWorldGroup,
  }),
  "GET app/api/v1/meetings/[id]/route.ts": routeCase({
    arrange: async (world, actor) => {
      const meeting = await meetingOfGroup(world);
      return { url: `${base}/api/v1/meetings/${meeting.id}`, params: { id: meeting.id }, context: null, init: { headers: await bearer(actor) } };
    },
    allowed: seesWorldGroup,
  }),
  // Each caller's own notifications: one made for the administrator shows to them only.
  "GET app/api/v1/notifications/route.ts": routeCase({
    arrange: async (world, actor) => {
      const notification = await testDb.notification.create({ data: { recipientId: world.actors.admin.id, kind: "MILESTONE_OVERDUE", recordType: "Milestone", recordId: unique("m"), params: {}, idempotencyKey: unique("matrix") } });
      return { url: `${base}/api/v1/notifications?limit=100`, params: {}, context: null, marker: notification.id, init: { headers: await bearer(actor) } };
    },
    allowed: (actor) => Boolean(actor.role),
    shows: (actor, world) => actor.id === world.actors.admin.id,
  }),
};
