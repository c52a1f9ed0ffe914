"use server";
// Meetings of a working group: scheduled by a co-chair or the secretariat (open action items of
// earlier meetings are carried onto the new agenda in the same transaction), then recorded as
// held with attendance, minutes per agenda item and decisions.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { queueWebhookEvent } from "@/lib/webhooks/queue";
import { openStatuses } from "@/lib/action-items/status-machine";
import { selectCarryOverItems } from "@/lib/meetings/carry-over";
import { zonedLocalToUtc } from "@/lib/meetings/time-zone";
import { canCoordinateWorkingGroup } from "@/lib/permissions";
import { cancelMeetingSchema, moveMeetingSchema, recordMinutesSchema, scheduleMeetingSchema } from "@/lib/schemas/meetings";
import { loadGroupAccess } from "@/lib/working-groups/access";
import { notifyMeeting } from "@/lib/notifications/triggers";
import { editSupersedesRevision, isLocked } from "@/lib/meetings/minutes-approval";
import { defineAction } from "./define-action";
import { loadMinutesFacts, supersedeRevision } from "./minutes-facts";
import { ConflictError, NotFoundError, RuleError } from "./errors";

const meetingFields = { id: true, workingGroupId: true, titleEn: true, titleMs: true, titleZh: true, startsAt: true, endsAt: true, timeZone: true, venue: true, onlineUrl: true, status: true, minutesSummary: true, version: true } as const;

function pickMeetingFields<T extends { agendaItems: unknown; _count: unknown }>(row: T): Omit<T, "agendaItems" | "_count"> {
  const copy: Partial<T> = { ...row };
  delete copy.agendaItems;
  delete copy._count;
  return copy as Omit<T, "agendaItems" | "_count">;
}

export const scheduleMeeting = defineAction(scheduleMeetingSchema, async ({ user, input }) => {
  const group = await loadGroupAccess(db, input.workingGroupId);
  if (!group || !canCoordinateWorkingGroup(user, group.members)) throw new NotFoundError();
  const startsAt = zonedLocalToUtc(input.startsAtLocal, input.timeZone);
  const endsAt = input.endsAtLocal ? zonedLocalToUtc(input.endsAtLocal, input.timeZone) : null;
  for (const [index, row] of input.agenda.entries()) {
    if (row.title && row.presenterId && !group.memberPersonIds.includes(row.presenterId)) throw new RuleError("meetings.errors.presenterNotMember", `agenda[${index}].presenterId`);
  }
  const agenda = input.agenda.flatMap((row) => (row.title ? [{ title: row.title, presenterId: row.presenterId || null }] : []));

  const created = await db.$transaction(async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        workingGroupId: group.id,
        titleEn: input.titleEn,
        titleMs: input.titleMs,
        titleZh: input.titleZh,
        startsAt,
        endsAt,
        timeZone: input.timeZone,
        venue: input.venue,
        onlineUrl: input.onlineUrl,
        updatedById: user.id,
        agendaItems: { create: agenda.map((item, index) => ({ ...item, order: index + 1, updatedById: user.id })) },
      },
      select: meetingFields,
    });
    // Bounded by the group's open items; the pure rule decides which of them carry over.
    const candidates = await tx.actionItem.findMany({
      where: { workingGroupId: group.id, status: { in: [...openStatuses] }, meeting: { startsAt: { lt: startsAt } } },
      select: { id: true, status: true, dueOn: true, titleEn: true, malaysiaOwnerId: true, chinaOwnerId: true, meeting: { select: { startsAt: true } } },
    });
    const carried = selectCarryOverItems({
      meetingStartsAt: startsAt,
      candidates: candidates.map((item) => ({ id: item.id, status: item.status, dueOn: item.dueOn, originMeetingStartsAt: item.meeting?.startsAt ?? null })),
      alreadyCarriedIds: new Set(),
    });
    const byId = new Map(candidates.map((item) => [item.id, item]));
    await tx.agendaItem.createMany({
      data: carried.flatMap((item, index) => {
        const source = byId.get(item.id);
        if (!source) return [];
        return [{ meetingId: meeting.id, order: agenda.length + index + 1, title: source.titleEn, presenterId: source.malaysiaOwnerId ?? source.chinaOwnerId, carriedActionItemId: item.id, updatedById: user.id }];
      }),
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "meeting.schedule",
      entityType: "Meeting",
      entityId: meeting.id,
      after: auditSnapshot({ ...meeting, agenda, carriedActionItemIds: carried.map((item) => item.id) }),
    });
    await notifyMeeting(tx, "MEETING_SCHEDULED", meeting, group, user);
    await queueWebhookEvent(tx, "meeting.scheduled", { id: meeting.id, workingGroupId: group.id, startsAt: meeting.startsAt, timeZone: meeting.timeZone, version: meeting.version });
    return meeting;
  });
  revalidatePath(`/working-groups/${group.id}`);
  return { saved: "meetingScheduled", data: { id: created.id }, redirectTo: `/meetings/${created.id}` };
});

export const recordMeetingMinutes = defineAction(recordMinutesSchema, async ({ user, input }) => {
  const before = await db.meeting.findUnique({
    where: { id: input.id },
    select: { ...meetingFields, agendaItems: { select: { id: true } }, _count: { select: { decisions: true } } },
  });
  if (!before) throw new NotFoundError();
  const group = await loadGroupAccess(db, before.workingGroupId);
  if (!group || !canCoordinateWorkingGroup(user, group.members)) throw new NotFoundError();
  if (before.status === "CANCELLED") throw new RuleError("meetings.errors.cancelled");
  if (before.startsAt > new Date()) throw new RuleError("meetings.errors.notYetStarted");
  // Agreed minutes are locked (a new revision is started first); circulated ones are withdrawn by the edit.
  const minutes = await loadMinutesFacts(input.id);
  if (minutes && isLocked(minutes.state)) throw new RuleError("agreedMinutes.errors.locked");
  const withdrawnRevision = minutes && editSupersedesRevision(minutes.state) ? minutes.revision : null;
  const agendaIds = new Set(before.agendaItems.map((item) => item.id));
  if (input.agendaMinutes.some((row) => !agendaIds.has(row.agendaItemId))) throw new NotFoundError();
  if (input.attendedPersonId.some((id) => !group.memberPersonIds.includes(id))) throw new RuleError("meetings.errors.attendeeNotMember");
  const decisions = input.decisions.flatMap((row, index) => {
    const agendaItemId = row.agendaItemId || null;
    if (agendaItemId && !agendaIds.has(agendaItemId)) throw new NotFoundError();
    const textEn = row.textEn;
    const textMs = row.textMs || null;
    const textZh = row.textZh || null;
    if (!textEn && (textMs || textZh)) throw new RuleError("errors.required", `decisions[${index}].textEn`);
    return textEn ? [{ textEn, textMs, textZh, agendaItemId }] : [];
  });
  const attended = new Set(input.attendedPersonId);

  await db.$transaction(async (tx) => {
    const { count } = await tx.meeting.updateMany({
      where: { id: input.id, version: input.version },
      data: { status: "HELD", minutesSummary: input.minutesSummary, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) throw new ConflictError({ entityType: "Meeting", entityId: input.id, version: input.version });
    if (withdrawnRevision) await supersedeRevision(tx, withdrawnRevision.id, user.id);
    for (const personId of new Set(group.memberPersonIds)) {
      await tx.meetingAttendance.upsert({
        where: { meetingId_personId: { meetingId: input.id, personId } },
        create: { meetingId: input.id, personId, attended: attended.has(personId) },
        update: { attended: attended.has(personId) },
      });
    }
    for (const { agendaItemId, minutes } of input.agendaMinutes) {
      await tx.agendaItem.update({ where: { id: agendaItemId }, data: { minutes: minutes || null, version: { increment: 1 }, updatedById: user.id } });
    }
    await tx.decision.createMany({ data: decisions.map((decision, index) => ({ ...decision, meetingId: input.id, order: before._count.decisions + index + 1 })) });
    const after = await tx.meeting.findUniqueOrThrow({ where: { id: input.id }, select: meetingFields });
    await recordAudit(tx, {
      actorId: user.id,
      action: "meeting.recordMinutes",
      entityType: "Meeting",
      entityId: input.id,
      before: auditSnapshot(pickMeetingFields(before)),
      after: auditSnapshot({ ...after, attendedPersonIds: [...attended], agendaMinutes: input.agendaMinutes.map((row) => ({ id: row.agendaItemId, minutes: row.minutes || null })), newDecisions: decisions, ...(withdrawnRevision ? { supersededMinutesRevision: withdrawnRevision.number } : {}) }),
    });
    await notifyMeeting(tx, "MINUTES_RECORDED", after, group, user);
  });
  revalidatePath(`/meetings/${input.id}`);
  return { saved: "minutesRecorded", data: undefined, redirectTo: `/meetings/${input.id}` };
});

/**
 * Moves a scheduled meeting to a new time: the members are told in the same transaction, and
 * their mail carries the invitation again with the same UID and a higher SEQUENCE (the new
 * version), so calendars replace the old time instead of adding a second meeting.
 */
export const moveMeeting = defineAction(moveMeetingSchema, async ({ user, input }) => {
  const before = await db.meeting.findUnique({ where: { id: input.id }, select: meetingFields });
  if (!before) throw new NotFoundError();
  const group = await loadGroupAccess(db, before.workingGroupId);
  if (!group || !canCoordinateWorkingGroup(user, group.members)) throw new NotFoundError();
  if (before.status !== "SCHEDULED") throw new RuleError("meetings.errors.onlyScheduledMove");
  const startsAt = zonedLocalToUtc(input.startsAtLocal, input.timeZone);
  const endsAt = input.endsAtLocal ? zonedLocalToUtc(input.endsAtLocal, input.timeZone) : null;
  const isSameTime = startsAt.getTime() === before.startsAt.getTime() && (endsAt?.getTime() ?? null) === (before.endsAt?.getTime() ?? null);
  if (isSameTime) throw new RuleError("meetings.errors.notMoved", "startsAtLocal");

  await db.$transaction(async (tx) => {
    const { count } = await tx.meeting.updateMany({
      where: { id: input.id, version: input.version, status: "SCHEDULED" },
      data: { startsAt, endsAt, timeZone: input.timeZone, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) throw new ConflictError({ entityType: "Meeting", entityId: input.id, version: input.version });
    const after = await tx.meeting.findUniqueOrThrow({ where: { id: input.id }, select: meetingFields });
    await recordAudit(tx, { actorId: user.id, action: "meeting.move", entityType: "Meeting", entityId: input.id, before: auditSnapshot(before), after: auditSnapshot(after) });
    await notifyMeeting(tx, "MEETING_MOVED", after, group, user);
    await queueWebhookEvent(tx, "meeting.changed", { id: input.id, workingGroupId: group.id, change: "moved", startsAt: after.startsAt, timeZone: after.timeZone, status: after.status, version: after.version });
  });
  revalidatePath(`/meetings/${input.id}`);
  revalidatePath(`/working-groups/${group.id}`);
  return { saved: "meetingMoved", data: undefined, redirectTo: `/meetings/${input.id}` };
});

export const cancelMeeting = defineAction(cancelMeetingSchema, async ({ user, input }) => {
  const before = await db.meeting.findUnique({ where: { id: input.id }, select: meetingFields });
  if (!before) throw new NotFoundError();
  const group = await loadGroupAccess(db, before.workingGroupId);
  if (!group || !canCoordinateWorkingGroup(user, group.members)) throw new NotFoundError();
  if (before.status !== "SCHEDULED") throw new RuleError("meetings.errors.onlyScheduledCancel");
  await db.$transaction(async (tx) => {
    const { count } = await tx.meeting.updateMany({ where: { id: input.id, version: input.version }, data: { status: "CANCELLED", version: { increment: 1 }, updatedById: user.id } });
    if (count === 0) throw new ConflictError({ entityType: "Meeting", entityId: input.id, version: input.version });
    await recordAudit(tx, { actorId: user.id, action: "meeting.cancel", entityType: "Meeting", entityId: input.id, before: auditSnapshot(before), after: auditSnapshot({ ...before, status: "CANCELLED", version: before.version + 1 }) });
    await notifyMeeting(tx, "MEETING_CANCELLED", { ...before, status: "CANCELLED", version: before.version + 1 }, group, user);
    await queueWebhookEvent(tx, "meeting.changed", { id: input.id, workingGroupId: group.id, change: "cancelled", status: "CANCELLED", version: before.version + 1 });
  });
  revalidatePath(`/meetings/${input.id}`);
  return { saved: "meetingCancelled", data: undefined };
});
