"use server";
// Agreed minutes: the secretariat circulates the drafted minutes; each side's designated approver
// approves or asks for changes (with a comment); when both sides have approved, the revision is
// agreed and locked (agreeMinutes). Agreed minutes change only through a new revision, which needs
// both approvals again. Rules: lib/meetings/minutes-approval.ts; who may: lib/permissions.ts.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { today } from "@/lib/dates";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import type { TransactionClient } from "@/lib/prisma-client";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadMinutesContent } from "@/lib/meetings/minutes-content";
import { draftRevisionNumber, isAgreedByBothSides, isLocked, mayCirculate, mayRespond, minutesSides, type MinutesResponseKind, type MinutesSide } from "@/lib/meetings/minutes-approval";
import { canApproveMinutesForSide, canChooseMinutesApprovers, canCirculateMinutes, canMarkDecisionPublic, canReadWorkingGroup } from "@/lib/permissions";
import { approveMinutesSchema, circulateMinutesSchema, requestMinutesChangesSchema, setDecisionPublicSchema, startMinutesRevisionSchema, updateMinutesApproversSchema } from "@/lib/schemas/minutes";
import { loadGroupAccess, type GroupAccess } from "@/lib/working-groups/access";
import { notifyMinutes } from "@/lib/notifications/minutes";
import { queueWebhookEvent } from "@/lib/webhooks/queue";
import { defineAction } from "./define-action";
import { ConflictError, NotFoundError, RuleError } from "./errors";
import { loadMinutesFacts, supersedeRevision, type MinutesFacts } from "./minutes-facts";

/** Moves the meeting to its next version: every minutes change does, so an answer to stale minutes is a conflict. */
async function bumpMeetingVersion(tx: TransactionClient, id: string, version: number, userId: string): Promise<void> {
  const { count } = await tx.meeting.updateMany({ where: { id, version }, data: { version: { increment: 1 }, updatedById: userId } });
  if (count === 0) throw new ConflictError({ entityType: "Meeting", entityId: id, version });
}

async function loadForGroup(meetingId: string, actor: SessionUser): Promise<{ facts: MinutesFacts; group: GroupAccess }> {
  const facts = await loadMinutesFacts(meetingId);
  if (!facts) throw new NotFoundError();
  const group = await loadGroupAccess(db, facts.meeting.workingGroupId);
  if (!group || !canReadWorkingGroup(actor, group)) throw new NotFoundError();
  return { facts, group };
}

function revalidateMeeting(facts: MinutesFacts): void {
  revalidatePath(`/meetings/${facts.meeting.id}`);
  revalidatePath(`/working-groups/${facts.meeting.workingGroupId}`);
}

export const circulateMinutes = defineAction(circulateMinutesSchema, async ({ user: actor, input }) => {
  const { facts, group } = await loadForGroup(input.id, actor);
  if (!canCirculateMinutes(actor, group.members)) throw new NotFoundError();
  if (facts.state === "NONE") throw new RuleError("agreedMinutes.errors.noMinutes");
  if (!mayCirculate(facts.state)) throw new RuleError("agreedMinutes.errors.notDraft");
  if (minutesSides.some((side) => facts.approvers[side] === null)) throw new RuleError("agreedMinutes.errors.noApprover");
  const number = draftRevisionNumber(facts.revision ? [facts.revision] : []);

  await db.$transaction(async (tx) => {
    await bumpMeetingVersion(tx, input.id, input.version, actor.id);
    const content = await loadMinutesContent(tx, input.id);
    const revision = await tx.minutesRevision.create({ data: { meetingId: input.id, number, content, circulatedById: actor.id }, select: { id: true, number: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "minutes.circulate",
      entityType: "Meeting",
      entityId: input.id,
      after: auditSnapshot({ version: input.version + 1, revision: number, revisionId: revision.id, content }),
    });
    await notifyMinutes(tx, { kind: "MINUTES_CIRCULATED", approverPersonIds: Object.values(facts.approverPersonIds) }, facts.meeting, { number, occurrence: `r${number}` }, group, actor, today());
  });
  revalidateMeeting(facts);
  return { saved: "minutesCirculated", data: undefined, redirectTo: `/meetings/${input.id}` };
});

/**
 * The moment both sides have approved: the revision becomes the agreed minutes, dated now and
 * locked. Kept in this one function so whatever else should follow an agreement is added here.
 */
async function agreeMinutes(tx: TransactionClient, context: { facts: MinutesFacts; revisionId: string; group: GroupAccess; actor: SessionUser; version: number }): Promise<void> {
  const { facts, revisionId, group, actor, version } = context;
  const agreedAt = new Date();
  const { count } = await tx.minutesRevision.updateMany({ where: { id: revisionId, agreedAt: null, supersededAt: null }, data: { agreedAt } });
  if (count === 0) throw new ConflictError({ entityType: "Meeting", entityId: facts.meeting.id, version });
  const number = facts.revision?.number ?? 0;
  await recordAudit(tx, { actorId: actor.id, action: "minutes.agree", entityType: "Meeting", entityId: facts.meeting.id, after: auditSnapshot({ version: version + 1, revision: number, agreedAt }) });
  await notifyMinutes(tx, { kind: "MINUTES_AGREED" }, facts.meeting, { number, occurrence: `r${number}` }, group, actor, today());
  await queueWebhookEvent(tx, "minutes.agreed", { meetingId: facts.meeting.id, workingGroupId: group.id, revision: number, agreedAt, version: version + 1 });
}

async function respond(actor: SessionUser, input: { id: string; version: number; side: MinutesSide; comment?: string }, kind: MinutesResponseKind) {
  const { facts, group } = await loadForGroup(input.id, actor);
  if (!canApproveMinutesForSide(actor, facts.approverPersonIds, input.side)) throw new NotFoundError();
  const revision = facts.revision;
  if (!revision || !mayRespond(facts.state)) throw new RuleError("agreedMinutes.errors.notCirculated");
  const approver = facts.approvers[input.side];
  if (!approver) throw new NotFoundError();
  const ownLatest = revision.responses.filter((response) => response.side === input.side).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (kind === "APPROVED" && ownLatest?.kind === "APPROVED") throw new RuleError("agreedMinutes.errors.alreadyApproved");
  const comment = input.comment ?? null;

  const agreed = await db.$transaction(async (tx) => {
    await bumpMeetingVersion(tx, input.id, input.version, actor.id);
    const response = await tx.minutesResponse.create({
      data: {
        revisionId: revision.id,
        side: input.side,
        kind,
        comment,
        personId: approver.personId,
        userId: actor.id,
        approverName: approver.person.name,
        approverNameZh: approver.person.nameZh,
        approverTitleEn: approver.person.titleEn,
        approverTitleMs: approver.person.titleMs,
        approverTitleZh: approver.person.titleZh,
      },
      select: { id: true, side: true, kind: true, createdAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: kind === "APPROVED" ? "minutes.approve" : "minutes.requestChanges",
      entityType: "Meeting",
      entityId: input.id,
      after: auditSnapshot({ version: input.version + 1, revision: revision.number, side: input.side, kind, comment }),
      reason: comment,
    });
    const isAgreed = kind === "APPROVED" && isAgreedByBothSides([...revision.responses, response]);
    if (isAgreed) await agreeMinutes(tx, { facts, revisionId: revision.id, group, actor, version: input.version });
    if (kind === "CHANGES_REQUESTED") {
      await notifyMinutes(tx, { kind: "MINUTES_CHANGES_REQUESTED", comment: comment ?? "" }, facts.meeting, { number: revision.number, occurrence: response.id }, group, actor, today());
    }
    return isAgreed;
  });
  revalidateMeeting(facts);
  return agreed;
}

export const approveMinutes = defineAction(approveMinutesSchema, async ({ user: actor, input }) => {
  const agreed = await respond(actor, input, "APPROVED");
  return { saved: agreed ? "minutesAgreed" : "minutesApproved", data: undefined, redirectTo: `/meetings/${input.id}` };
});

export const requestMinutesChanges = defineAction(requestMinutesChangesSchema, async ({ user: actor, input }) => {
  await respond(actor, input, "CHANGES_REQUESTED");
  return { saved: "minutesChangesRequested", data: undefined, redirectTo: `/meetings/${input.id}` };
});

/** Agreed minutes are locked: changing them starts the next revision (a draft), which needs both approvals again. */
export const startMinutesRevision = defineAction(startMinutesRevisionSchema, async ({ user: actor, input }) => {
  const { facts, group } = await loadForGroup(input.id, actor);
  if (!canCirculateMinutes(actor, group.members)) throw new NotFoundError();
  const revision = facts.revision;
  if (!revision || !isLocked(facts.state)) throw new RuleError("agreedMinutes.errors.notAgreed");
  await db.$transaction(async (tx) => {
    await bumpMeetingVersion(tx, input.id, input.version, actor.id);
    await supersedeRevision(tx, revision.id, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "minutes.startRevision",
      entityType: "Meeting",
      entityId: input.id,
      after: auditSnapshot({ version: input.version + 1, supersededRevision: revision.number, revision: revision.number + 1 }),
    });
  });
  revalidateMeeting(facts);
  return { saved: "minutesRevisionStarted", data: undefined, redirectTo: `/meetings/${input.id}/record` };
});

/** Each side's approver: a current member of the group on that side, or (empty) the side's co-chair. */
export const updateMinutesApprovers = defineAction(updateMinutesApproversSchema, async ({ user: actor, input }) => {
  const before = await db.workingGroup.findUnique({
    where: { id: input.id },
    select: {
      id: true,
      version: true,
      minutesApproverMalaysiaId: true,
      minutesApproverChinaId: true,
      agreement: { select: { parties: { select: { organisationId: true } } } },
      members: { select: { id: true, side: true, endsOn: true } },
    },
  });
  if (!before || !canChooseMinutesApprovers(actor, { partyOrganisationIds: before.agreement.parties.map((party) => party.organisationId) })) throw new NotFoundError();
  const day = today();
  const chosen = [
    ["malaysiaApproverId", "MALAYSIA", input.malaysiaApproverId],
    ["chinaApproverId", "CHINA", input.chinaApproverId],
  ] as const;
  for (const [field, side, memberId] of chosen) {
    if (!memberId) continue;
    const member = before.members.find((row) => row.id === memberId);
    if (!member || member.side !== side || (member.endsOn !== null && member.endsOn < day)) throw new RuleError("agreedMinutes.errors.approverNotOnSide", field);
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.workingGroup.updateMany({
      where: { id: input.id, version: input.version },
      data: { minutesApproverMalaysiaId: input.malaysiaApproverId, minutesApproverChinaId: input.chinaApproverId, version: { increment: 1 }, updatedById: actor.id },
    });
    if (count === 0) throw new ConflictError({ entityType: "WorkingGroup", entityId: input.id, version: input.version });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "workingGroup.minutesApprovers",
      entityType: "WorkingGroup",
      entityId: input.id,
      before: auditSnapshot({ version: before.version, minutesApproverMalaysiaId: before.minutesApproverMalaysiaId, minutesApproverChinaId: before.minutesApproverChinaId }),
      after: auditSnapshot({ version: before.version + 1, minutesApproverMalaysiaId: input.malaysiaApproverId, minutesApproverChinaId: input.chinaApproverId }),
    });
  });
  revalidatePath(`/working-groups/${input.id}`);
  return { saved: "minutesApproversUpdated", data: undefined, redirectTo: `/working-groups/${input.id}` };
});

/**
 * Marks a decision of the minutes public or internal. It changes no word of the minutes, so it is
 * allowed at every stage and needs no new revision; it moves the meeting's version like every
 * minutes change, so a stale page is a conflict.
 */
export const setDecisionPublic = defineAction(setDecisionPublicSchema, async ({ user, input }) => {
  const { facts, group } = await loadForGroup(input.id, user);
  if (!canMarkDecisionPublic(user, group.members)) throw new NotFoundError();
  const decision = await db.decision.findFirst({ where: { id: input.decisionId, meetingId: input.id }, select: { id: true, isPublic: true } });
  if (!decision) throw new NotFoundError();
  const isPublic = input.isPublic === "yes";
  await db.$transaction(async (tx) => {
    await bumpMeetingVersion(tx, input.id, input.version, user.id);
    await tx.decision.update({ where: { id: decision.id }, data: { isPublic } });
    await recordAudit(tx, {
      actorId: user.id,
      action: isPublic ? "decision.makePublic" : "decision.makeInternal",
      entityType: "Meeting",
      entityId: input.id,
      before: auditSnapshot({ decisionId: decision.id, isPublic: decision.isPublic, version: input.version }),
      after: auditSnapshot({ decisionId: decision.id, isPublic, version: input.version + 1 }),
    });
  });
  revalidateMeeting(facts);
  return { data: undefined, saved: isPublic ? "decisionMadePublic" : "decisionMadeInternal" };
});
