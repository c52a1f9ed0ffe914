// Working groups, meetings, action items and calendar feeds. Setting a group up follows the
// agreement's parties (canManageWorkingGroup); meetings, new items and corrections to items follow
// the group's roles (canCoordinateWorkingGroup), so of this world's callers the administrator and the
// group's secretariat coordinate world.group — the plain member and the co-chair of another group are refused.
import { checkTransition, type ActionItemStatus } from "@/lib/action-items/status-machine";
import {
  canCommentInWorkingGroup,
  canCoordinateWorkingGroup,
  canManageWorkingGroup,
  canReviewActionItem,
  isActionItemOwner,
} from "@/lib/permissions";
import { actionCase, type ActionCase } from "../cases";
import { seesWorldGroup, type Actor, type World } from "../world";
import { testDb, unique } from "../../../helpers/factories";
import { createMeeting } from "../../../helpers/groups-factories";

/** A group of its own on the world's agreement: setting it up must not change world.group, whose memberships the other rules read. */
const freshGroup = (world: World) => testDb.workingGroup.create({ data: { agreementId: world.agreement.id, nameEn: unique("Matrix group") } });

/** A person of one party, not yet in any group. */
async function partyPerson(world: World, side: "MALAYSIA" | "CHINA") {
  const organisationId = side === "MALAYSIA" ? world.malaysia.id : world.china.id;
  return { organisationId, person: await testDb.person.create({ data: { name: unique(`${side} person`), organisationId, side } }) };
}

async function memberOfFreshGroup(world: World, side: "MALAYSIA" | "CHINA", workingGroupId?: string) {
  const groupId = workingGroupId ?? (await freshGroup(world)).id;
  const { organisationId, person } = await partyPerson(world, side);
  return testDb.workingGroupMember.create({ data: { workingGroupId: groupId, personId: person.id, organisationId, side, role: "MEMBER" } });
}

const mayManage = (actor: Actor, world: World) => canManageWorkingGroup(actor, world.agreement);
const mayCoordinate = (actor: Actor, world: World) => canCoordinateWorkingGroup(actor, world.group.members);

type Item = { status: ActionItemStatus; malaysiaOwnerId: string | null; chinaOwnerId: string | null };

/** An action item of world.group with only a Malaysian owner. */
const itemOf = (world: World, status: ActionItemStatus, malaysiaOwnerId: string) =>
  testDb.actionItem.create({
    data: { workingGroupId: world.group.id, titleEn: unique("Action"), ownerSide: "MALAYSIA", malaysiaOwnerId, dueOn: new Date("2030-01-01T00:00:00Z"), status },
  });

const toItem = (row: Item): Item => ({ status: row.status, malaysiaOwnerId: row.malaysiaOwnerId, chinaOwnerId: row.chinaOwnerId });

const blockedReason = "Waiting for the data-sharing arrangement to be signed.";

export const groupsCases: Record<string, ActionCase> = {
  createWorkingGroup: actionCase({
    arrange: async (world) => ({ input: { agreementId: world.agreement.id, nameEn: unique("Joint Working Group on AI"), establishedOn: "2025-06-01" }, context: null }),
    allowed: mayManage,
  }),
  updateWorkingGroup: actionCase({
    arrange: async (world) => {
      const group = await freshGroup(world);
      return { input: { id: group.id, version: String(group.version), nameEn: unique("Renamed group"), termsOfReferenceEn: "Meets twice a year." }, context: null };
    },
    allowed: mayManage,
  }),
  addWorkingGroupMember: actionCase({
    arrange: async (world) => {
      const group = await freshGroup(world);
      const { person } = await partyPerson(world, "CHINA");
      return { input: { workingGroupId: group.id, personId: person.id, role: "MEMBER", startsOn: "2025-06-01" }, context: null };
    },
    allowed: mayManage,
  }),
  updateWorkingGroupMember: actionCase({
    arrange: async (world) => {
      const member = await memberOfFreshGroup(world, "MALAYSIA");
      return { input: { id: member.id, version: String(member.version), role: "SECRETARIAT", startsOn: "2025-06-01", endsOn: "2027-06-01" }, context: null };
    },
    allowed: mayManage,
  }),
  removeWorkingGroupMember: actionCase({
    arrange: async (world) => {
      const member = await memberOfFreshGroup(world, "MALAYSIA");
      return { input: { id: member.id, version: String(member.version), confirm: "yes" }, context: null };
    },
    allowed: mayManage,
  }),
  setWorkingGroupCounterpart: actionCase({
    arrange: async (world) => {
      const malaysian = await memberOfFreshGroup(world, "MALAYSIA");
      const chinese = await memberOfFreshGroup(world, "CHINA", malaysian.workingGroupId);
      return { input: { memberId: malaysian.id, counterpartMemberId: chinese.id }, context: null };
    },
    allowed: mayManage,
  }),

  scheduleMeeting: actionCase({
    arrange: async (world) => ({
      input: { workingGroupId: world.group.id, titleEn: unique("Meeting"), startsAtLocal: "2030-06-10T10:00", endsAtLocal: "2030-06-10T12:00", timeZone: "Asia/Kuala_Lumpur", venue: "Putrajaya", agenda: [{ title: "Adoption of the agenda", presenterId: world.group.secretariatPersonId }] },
      context: null,
    }),
    allowed: mayCoordinate,
    visible: seesWorldGroup,
  }),
  // Minutes only of a meeting that has started (and is not cancelled).
  recordMeetingMinutes: actionCase({
    arrange: async (world) => {
      const meeting = await createMeeting(world.group.id, new Date(Date.now() - 86_400_000), "SCHEDULED");
      return {
        input: { id: meeting.id, version: String(meeting.version), minutesSummary: "Agreed the work plan.", attendedPersonId: [world.group.secretariatPersonId, world.group.coChairPersonId], decisions: [{ textEn: "Adopt the 2026 work plan." }] },
        context: null,
      };
    },
    allowed: mayCoordinate,
    visible: seesWorldGroup,
  }),
  moveMeeting: actionCase({
    arrange: async (world) => {
      const meeting = await createMeeting(world.group.id, new Date("2030-06-10T02:00:00Z"), "SCHEDULED");
      return { input: { id: meeting.id, version: String(meeting.version), startsAtLocal: "2030-06-11T10:00", endsAtLocal: "", timeZone: "Asia/Kuala_Lumpur" }, context: null };
    },
    allowed: mayCoordinate,
    visible: seesWorldGroup,
  }),
  cancelMeeting: actionCase({
    arrange: async (world) => {
      const meeting = await createMeeting(world.group.id, new Date("2030-06-10T02:00:00Z"), "SCHEDULED");
      return { input: { id: meeting.id, version: String(meeting.version), confirm: "yes" }, context: null };
    },
    allowed: mayCoordinate,
    visible: seesWorldGroup,
  }),

  createActionItem: actionCase({
    arrange: async (world) => ({
      input: { workingGroupId: world.group.id, titleEn: unique("Action"), malaysiaOwnerId: world.group.secretariatPersonId, chinaOwnerId: world.group.coChairPersonId, dueOn: "2030-01-01", priority: "HIGH", cooperationAreaId: world.agreement.areaId },
      context: null,
    }),
    allowed: mayCoordinate,
    visible: seesWorldGroup,
  }),
  // Correcting an item is the coordinators' (like raising one), whoever owns it: the plain member
  // owns this one and is still refused.
  updateActionItem: actionCase({
    arrange: async (world) => {
      const item = await itemOf(world, "IN_PROGRESS", world.group.memberPersonId);
      return {
        input: { id: item.id, version: String(item.version), titleEn: unique("Corrected action"), malaysiaOwnerId: world.group.secretariatPersonId, chinaOwnerId: world.group.coChairPersonId, dueOn: "2030-02-01", priority: "LOW", cooperationAreaId: world.agreement.areaId },
        context: null,
      };
    },
    allowed: mayCoordinate,
    visible: seesWorldGroup,
  }),
  // OPEN → BLOCKED is open to the owner and to coordinators: an item owned by the plain member
  // lets that member (owner) and the administrator (coordinator) block it, while the manager and
  // the officers of the agreement's parties read it but may not, and the others may not even read it.
  transitionActionItem: actionCase({
    arrange: async (world) => {
      const item = await itemOf(world, "OPEN", world.group.memberPersonId);
      return { input: { id: item.id, version: String(item.version), to: "BLOCKED", comment: blockedReason }, context: toItem(item) };
    },
    allowed: (actor, world, item) => {
      const members = world.group.members;
      if (!seesWorldGroup(actor, world)) return false;
      const roles = { isOwner: isActionItemOwner(actor, item), isReviewer: canReviewActionItem(actor, item, members), isCoordinator: canCoordinateWorkingGroup(actor, members) };
      return checkTransition(item.status, "BLOCKED", roles, blockedReason).ok;
    },
    visible: seesWorldGroup,
  }),
  // Owned by the secretariat, so the plain member comments as a member, not as its owner.
  commentOnActionItem: actionCase({
    arrange: async (world) => {
      const item = await itemOf(world, "IN_PROGRESS", world.group.secretariatPersonId);
      return { input: { id: item.id, body: "The draft is with the legal team." }, context: null };
    },
    allowed: (actor, world) => canCommentInWorkingGroup(actor, world.group.members),
    visible: seesWorldGroup,
  }),

  // Each caller's own feed: no rule in lib/permissions.ts limits it (navigationFor only chooses
  // the menu — milestones, too, are open to members who do not see them there), and the feed
  // shows only the groups the holder may read, so every signed-in user manages their own.
  regenerateCalendarToken: actionCase({
    arrange: async () => ({ input: {}, context: null }),
    allowed: (actor) => Boolean(actor.role),
  }),
  revokeCalendarToken: actionCase({
    arrange: async () => ({ input: {}, context: null }),
    allowed: (actor) => Boolean(actor.role),
  }),
};
