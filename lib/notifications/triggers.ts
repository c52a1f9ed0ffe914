// What each change tells whom: one function per kind of change, called by the action inside its
// transaction. Each loads the candidates, lets the pure rules (./rules.ts) choose, and notify()s.
import type { TransactionClient } from "@/lib/prisma-client";
import type { GroupAccess } from "@/lib/working-groups/access";
import { isoDay, today as appToday } from "@/lib/dates";
import { notify } from "./notify";
import { localizedTitle } from "./params";
import { candidatesForParties, candidatesForPersons } from "./recipients";
import {
  agreementStatusRecipients,
  assignedRecipients,
  commentRecipients,
  groupMemberRecipients,
  isWorryingProgress,
  meetingInvitation,
  mayReadMilestone,
  mentionedRecipients,
  ownerRecipients,
  partyOfficerRecipients,
  reviewerRecipients,
  type Owners,
} from "./rules";

type Actor = { id: string; name: string };
type ItemForNotice = Owners & { id: string; version: number; titleEn: string; titleMs: string | null; titleZh: string | null; dueOn: Date };


function itemParams(item: ItemForNotice, actor: Actor) {
  return { title: localizedTitle(item), actor: actor.name, date: isoDay(item.dueOn) };
}

/** A new item, or owners changed on an existing one: each new owner, on each side. */
export async function notifyActionItemAssigned(tx: TransactionClient, item: ItemForNotice, before: Owners | null, group: GroupAccess, actor: Actor): Promise<void> {
  const candidates = await candidatesForPersons(tx, [item.malaysiaOwnerId, item.chinaOwnerId].filter((id): id is string => id !== null));
  await notify(tx, {
    kind: "ACTION_ITEM_ASSIGNED",
    recordType: "ActionItem",
    recordId: item.id,
    occurrence: `v${item.version}`,
    params: itemParams(item, actor),
    recipientIds: assignedRecipients(candidates, before, item, group, actor.id),
  });
}

/** Submitted work goes to its reviewers; returned or accepted work back to its owners. */
export async function notifyActionItemTransition(tx: TransactionClient, item: ItemForNotice & { status: string }, group: GroupAccess, actor: Actor, reason: string | null): Promise<void> {
  const kind = item.status === "SUBMITTED" ? "ACTION_ITEM_SUBMITTED" : item.status === "RETURNED" ? "ACTION_ITEM_RETURNED" : item.status === "ACCEPTED" ? "ACTION_ITEM_ACCEPTED" : null;
  if (!kind) return;
  const candidates = await candidatesForPersons(tx, group.memberPersonIds);
  const recipientIds = kind === "ACTION_ITEM_SUBMITTED" ? reviewerRecipients(candidates, item, group, actor.id, appToday()) : ownerRecipients(candidates, item, group, actor.id);
  await notify(tx, {
    kind,
    recordType: "ActionItem",
    recordId: item.id,
    occurrence: `v${item.version}`,
    params: { ...itemParams(item, actor), ...(reason ? { excerpt: reason.slice(0, 280) } : {}) },
    recipientIds,
  });
}

/** A comment: owners and reviewers are told; anyone @mentioned is told so separately (and only once). */
export async function notifyActionItemComment(tx: TransactionClient, item: ItemForNotice, comment: { id: string; body: string }, group: GroupAccess, actor: Actor): Promise<void> {
  const candidates = await candidatesForPersons(tx, group.memberPersonIds);
  const params = { ...itemParams(item, actor), excerpt: comment.body.slice(0, 280) };
  const mentioned = mentionedRecipients(comment.body, candidates, group, actor.id);
  await notify(tx, { kind: "ACTION_ITEM_MENTIONED", recordType: "ActionItem", recordId: item.id, occurrence: comment.id, params, recipientIds: mentioned });
  const mentionedSet = new Set(mentioned);
  await notify(tx, {
    kind: "ACTION_ITEM_COMMENTED",
    recordType: "ActionItem",
    recordId: item.id,
    occurrence: comment.id,
    params,
    recipientIds: commentRecipients(candidates, item, group, actor.id, appToday()).filter((id) => !mentionedSet.has(id)),
  });
}

type MeetingForNotice = { id: string; version: number; status: string; titleEn: string; titleMs: string | null; titleZh: string | null; startsAt: Date; timeZone: string };

/** Scheduled, moved, cancelled or minuted: the group's current members. */
export async function notifyMeeting(
  tx: TransactionClient,
  kind: "MEETING_SCHEDULED" | "MEETING_MOVED" | "MEETING_CANCELLED" | "MINUTES_RECORDED",
  meeting: MeetingForNotice,
  group: GroupAccess,
  actor: Actor,
): Promise<void> {
  const candidates = await candidatesForPersons(tx, group.memberPersonIds);
  await notify(tx, {
    kind,
    recordType: "Meeting",
    recordId: meeting.id,
    occurrence: `v${meeting.version}`,
    params: { title: localizedTitle(meeting), actor: actor.name, startsAt: meeting.startsAt.toISOString(), timeZone: meeting.timeZone, sequence: meetingInvitation(meeting).sequence },
    recipientIds: groupMemberRecipients(candidates, group, actor.id, appToday()),
  });
}

/** A progress update reporting at risk or off track: the officers of the agreement's parties. */
export async function notifyWorryingProgress(
  tx: TransactionClient,
  milestone: { id: string; titleEn: string; titleMs: string | null; titleZh: string | null; partyOrganisationIds: readonly string[] },
  update: { id: string; status: string },
  actor: Actor,
): Promise<void> {
  if (!isWorryingProgress(update.status)) return;
  const candidates = await candidatesForParties(tx, milestone.partyOrganisationIds, false);
  await notify(tx, {
    kind: "PROGRESS_AT_RISK",
    recordType: "Milestone",
    recordId: milestone.id,
    occurrence: update.id,
    params: { title: localizedTitle(milestone), actor: actor.name, status: update.status },
    recipientIds: partyOfficerRecipients(candidates, milestone.partyOrganisationIds, actor.id, mayReadMilestone),
  });
}

/** An agreement's status changed: the officers of its parties and the managers. */
export async function notifyAgreementStatus(
  tx: TransactionClient,
  agreement: { id: string; version: number; titleEn: string; titleMs: string | null; titleZh: string | null; status: string; partyOrganisationIds: readonly string[] },
  actor: Actor,
): Promise<void> {
  const candidates = await candidatesForParties(tx, agreement.partyOrganisationIds, true);
  await notify(tx, {
    kind: "AGREEMENT_STATUS_CHANGED",
    recordType: "Agreement",
    recordId: agreement.id,
    occurrence: `v${agreement.version}`,
    params: { title: localizedTitle(agreement), actor: actor.name, status: agreement.status },
    recipientIds: agreementStatusRecipients(candidates, agreement.partyOrganisationIds, actor.id),
  });
}
