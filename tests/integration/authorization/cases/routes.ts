// Every route handler's row in the authorization matrix: downloads refuse callers who may not
// read the record behind them; lists and feeds are served to everyone signed in, scoped to what
// each caller may read.
import { canCreateAgreement, canExportOpenData, canImportMilestones, canManageSignInSecurity, canReadAgreements, canReadMilestone, canViewDashboards } from "@/lib/permissions";
import { withStoredUploads } from "@/lib/files/storage";
import { newCalendarToken } from "@/lib/calendar/token";
import { routeCase, type RouteCase } from "../cases";
import { seesWorldGroup, type World } from "../world";
import { testDb, unique } from "../../../helpers/factories";
import { createMilestone } from "../../../helpers/milestone-factories";
import { apiRouteCases } from "./api";

const base = "http://localhost";

async function meetingOfGroup(world: World) {
  const titleEn = unique("Matrix meeting");
  const meeting = await testDb.meeting.create({
    data: { workingGroupId: world.group.id, titleEn, startsAt: new Date(Date.now() + 7 * 86_400_000), timeZone: "Asia/Kuala_Lumpur", venue: "Putrajaya", status: "SCHEDULED" },
  });
  return { meeting, titleEn };
}

async function storedText(text: string) {
  return withStoredUploads([{ fileName: "note.txt", mimeType: "text/plain", bytes: Buffer.from(text) }], async ([stored]) => {
    if (!stored) throw new Error("the upload was not stored");
    return testDb.storedFile.create({ data: stored });
  });
}

export const routeCases: Record<string, RouteCase> = {
  ...apiRouteCases,
  // The IATI file of chosen agreements: administrators and managers; the marker is the agreement's title.
  "GET app/(app)/admin/open-data/iati/route.ts": routeCase({
    arrange: async (world) => {
      const marker = unique("Matrix IATI agreement");
      const agreement = await testDb.agreement.create({
        data: { type: "MOU", status: "SIGNED", titleEn: marker, parties: { create: [{ organisationId: world.malaysia.id, side: "MALAYSIA" }, { organisationId: world.china.id, side: "CHINA" }] } },
        select: { id: true },
      });
      return { url: `${base}/admin/open-data/iati?agreement=${agreement.id}`, params: {}, context: null, marker };
    },
    allowed: (actor) => canExportOpenData(actor),
    shows: (actor) => canExportOpenData(actor),
  }),
  // Security events of every account: administrators only. The marker is a failed sign-in of an unknown email.
  "GET app/(app)/admin/security-events/export/route.ts": routeCase({
    arrange: async () => {
      const marker = unique("matrix-nobody").toLowerCase();
      await testDb.auditEvent.create({ data: { action: "auth.signInFail", entityType: "User", entityId: `unknown:${marker}@test.example`, after: { reason: "invalid" } } });
      return { url: `${base}/admin/security-events/export?kind=auth.signInFail&user=${encodeURIComponent(`${marker}@test.example`)}`, params: {}, context: null, marker };
    },
    allowed: (actor) => canManageSignInSecurity(actor),
    shows: (actor) => canManageSignInSecurity(actor),
  }),
  "GET app/(app)/agreements/export/route.ts": routeCase({
    arrange: async (world) => {
      const marker = unique("Exported agreement");
      await testDb.agreement.create({
        data: { type: "MOU", titleEn: marker, parties: { create: [{ organisationId: world.malaysia.id, side: "MALAYSIA" }, { organisationId: world.china.id, side: "CHINA" }] } },
      });
      return { url: `${base}/agreements/export?format=csv&q=${encodeURIComponent(marker)}`, params: {}, context: null, marker };
    },
    allowed: (actor) => canReadAgreements(actor),
    shows: (actor) => canReadAgreements(actor),
  }),
  "GET app/(app)/agreements/[id]/documents/[documentId]/route.ts": routeCase({
    arrange: async (world) => {
      const file = await storedText("Signed text of the MoU.");
      const document = await testDb.agreementDocument.create({ data: { agreementId: world.agreement.id, title: "Signed text", fileId: file.id } });
      return { url: `${base}/agreements/${world.agreement.id}/documents/${document.id}`, params: { id: world.agreement.id, documentId: document.id }, context: null };
    },
    allowed: (actor) => canReadAgreements(actor),
  }),
  "GET app/api/evidence/[id]/route.ts": routeCase({
    arrange: async (world) => {
      const milestone = await createMilestone({ agreementId: world.agreement.id, areaId: world.agreement.areaId, ownerOrganisationId: world.malaysia.id });
      const update = await testDb.progressUpdate.create({ data: { milestoneId: milestone.id, reportedOn: new Date("2025-06-01"), percentComplete: 10, status: "ON_TRACK", narrative: "Started" } });
      const file = await storedText("Attendance list.");
      const evidence = await testDb.evidence.create({ data: { progressUpdateId: update.id, title: "Attendance", fileId: file.id } });
      return { url: `${base}/api/evidence/${evidence.id}`, params: { id: evidence.id }, context: null };
    },
    allowed: (actor) => canReadMilestone(actor),
  }),
  "GET app/api/milestones/import-template/[kind]/route.ts": routeCase({
    arrange: async () => ({ url: `${base}/api/milestones/import-template/progress?format=csv`, params: { kind: "progress" }, context: null }),
    allowed: (actor) => canImportMilestones(actor),
  }),
  "GET app/api/dashboard/figures/route.ts": routeCase({
    arrange: async () => ({ url: `${base}/api/dashboard/figures?format=csv`, params: {}, context: null }),
    allowed: (actor) => canViewDashboards(actor),
  }),
  "GET app/(app)/meetings/[id]/ics/route.ts": routeCase({
    arrange: async (world) => {
      const { meeting } = await meetingOfGroup(world);
      return { url: `${base}/meetings/${meeting.id}/ics`, params: { id: meeting.id }, context: null };
    },
    allowed: (actor, world) => seesWorldGroup(actor, world),
  }),
  "GET app/(app)/meetings/[id]/minutes.pdf/route.ts": routeCase({
    arrange: async (world) => {
      const { meeting } = await meetingOfGroup(world);
      return { url: `${base}/meetings/${meeting.id}/minutes.pdf`, params: { id: meeting.id }, context: null };
    },
    allowed: (actor, world) => seesWorldGroup(actor, world),
  }),
  "GET app/(app)/action-items/export/route.ts": routeCase({
    arrange: async (world) => {
      const marker = unique("Exported action");
      await testDb.actionItem.create({
        data: { workingGroupId: world.group.id, titleEn: marker, ownerSide: "MALAYSIA", malaysiaOwnerId: world.group.memberPersonId, dueOn: new Date("2030-01-01T00:00:00Z") },
      });
      // Every item the caller may see, not only their default queue ("mine" or "to review").
      return { url: `${base}/action-items/export?format=csv&scope=all&status=any`, params: {}, context: null, marker };
    },
    allowed: (actor) => Boolean(actor.role),
    shows: (actor, world) => seesWorldGroup(actor, world),
  }),
  // The comboboxes' server search: people for those who record agreements (agreements, for
  // dashboard viewers, are covered in tests/integration/combobox-search.test.ts).
  "GET app/api/search/[source]/route.ts": routeCase({
    arrange: async (world) => {
      const marker = unique("Searchable person");
      await testDb.person.create({ data: { name: marker, organisationId: world.china.id } });
      return { url: `${base}/api/search/people?q=${encodeURIComponent(marker)}`, params: { source: "people" }, context: null, marker };
    },
    allowed: (actor) => canCreateAgreement(actor),
    shows: (actor) => canCreateAgreement(actor),
  }),
  // The feed authenticates by its token, not the session: each caller fetches their own feed, and
  // the group's meeting is in it only for those who may read the group. Anonymous has no token
  // and guesses one.
  "GET app/api/calendar/[token]/route.ts": routeCase({
    arrange: async (world, actor) => {
      const { titleEn } = await meetingOfGroup(world);
      const { token, hash } = newCalendarToken();
      if (actor) await testDb.user.update({ where: { id: actor.id }, data: { calendarTokenHash: hash } });
      return { url: `${base}/api/calendar/${token}.ics`, params: { token: `${token}.ics` }, context: null, marker: titleEn };
    },
    allowed: (actor) => Boolean(actor.role),
    shows: (actor, world) => seesWorldGroup(actor, world),
  }),
};

/** Route handlers outside the matrix, each with the reason. */
export const exemptRoutes: Record<string, string> = {
  "GET app/security.txt/route.ts": "Public by design (RFC 9116): it names only the security contact an administrator set (tests/integration/public-pages.test.ts, tests/e2e/public-pages.spec.ts).",
  "GET app/api/auth/[...nextauth]/route.ts": "Auth.js's own endpoints: signing in is how a caller stops being anonymous.",
  "POST app/api/auth/[...nextauth]/route.ts": "Auth.js's own endpoints: signing in is how a caller stops being anonymous.",
  "POST app/api/notifications/unsubscribe/[token]/route.ts":
    "One-click unsubscribe (RFC 8058) from a mail program: no session, the signed token is the authorisation (tests/integration/notifications-ui.test.ts).",
  "GET app/api/v1/openapi.json/route.ts": "Describes the API, not the data: served to anyone (tests/integration/api-v1.test.ts).",
};
