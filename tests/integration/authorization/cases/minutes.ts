// Agreed minutes. Circulating and starting a new revision follow the group's roles
// (canCirculateMinutes: the coordinators); answering for a side is only that side's designated
// approver's (canApproveMinutesForSide) — here the plain member, whom world.group names as
// Malaysia's approver, so neither the secretariat nor the administrator may answer; choosing the
// approvers follows the agreement's parties (canChooseMinutesApprovers).
import { canApproveMinutesForSide, canChooseMinutesApprovers, canCirculateMinutes, canMarkDecisionPublic } from "@/lib/permissions";
import { actionCase, type ActionCase } from "../cases";
import { seesWorldGroup, type Actor, type World } from "../world";
import { testDb, unique } from "../../../helpers/factories";
import { createMeeting } from "../../../helpers/groups-factories";

const emptyContent = { summary: "Agreed the work plan.", attendance: [], agenda: [], decisions: [] };

/** World.group names its plain member as Malaysia's approver (China's is its co-chair, by default). */
async function withApprovers(world: World) {
  const member = await testDb.workingGroupMember.findFirstOrThrow({ where: { workingGroupId: world.group.id, personId: world.group.memberPersonId }, select: { id: true } });
  await testDb.workingGroup.update({ where: { id: world.group.id }, data: { minutesApproverMalaysiaId: member.id } });
  return { MALAYSIA: world.group.memberPersonId, CHINA: world.group.coChairPersonId };
}

/** A held meeting of world.group whose minutes are recorded; circulated (revision 1) or agreed when asked. */
async function meetingWithMinutes(world: World, stage: "draft" | "circulated" | "agreed") {
  await withApprovers(world);
  const meeting = await createMeeting(world.group.id, new Date(Date.now() - 86_400_000), "HELD");
  await testDb.meeting.update({ where: { id: meeting.id }, data: { minutesSummary: "Agreed the work plan." } });
  if (stage !== "draft") {
    const agreedAt = stage === "agreed" ? new Date() : null;
    const answers = (["MALAYSIA", "CHINA"] as const).map((side) => ({ side, kind: "APPROVED" as const, personId: side === "MALAYSIA" ? world.group.memberPersonId : world.group.coChairPersonId, userId: "seeded", approverName: unique("Approver") }));
    await testDb.minutesRevision.create({ data: { meetingId: meeting.id, number: 1, content: emptyContent, agreedAt, responses: stage === "agreed" ? { create: answers } : undefined } });
  }
  return testDb.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
}

const mayCirculate = (actor: Actor, world: World) => canCirculateMinutes(actor, world.group.members);
const approverOf = (side: "MALAYSIA" | "CHINA") => (actor: Actor, world: World) =>
  canApproveMinutesForSide(actor, { MALAYSIA: world.group.memberPersonId, CHINA: world.group.coChairPersonId }, side);

export const minutesCases: Record<string, ActionCase> = {
  circulateMinutes: actionCase({
    arrange: async (world) => {
      const meeting = await meetingWithMinutes(world, "draft");
      return { input: { id: meeting.id, version: String(meeting.version) }, context: null };
    },
    allowed: mayCirculate,
    visible: seesWorldGroup,
  }),
  approveMinutes: actionCase({
    arrange: async (world) => {
      const meeting = await meetingWithMinutes(world, "circulated");
      return { input: { id: meeting.id, version: String(meeting.version), side: "MALAYSIA" }, context: null };
    },
    allowed: approverOf("MALAYSIA"),
    visible: seesWorldGroup,
  }),
  requestMinutesChanges: actionCase({
    arrange: async (world) => {
      const meeting = await meetingWithMinutes(world, "circulated");
      return { input: { id: meeting.id, version: String(meeting.version), side: "MALAYSIA", comment: "Please record the venue of the next meeting." }, context: null };
    },
    allowed: approverOf("MALAYSIA"),
    visible: seesWorldGroup,
  }),
  startMinutesRevision: actionCase({
    arrange: async (world) => {
      const meeting = await meetingWithMinutes(world, "agreed");
      return { input: { id: meeting.id, version: String(meeting.version), confirm: "yes" }, context: null };
    },
    allowed: mayCirculate,
    visible: seesWorldGroup,
  }),
  setDecisionPublic: actionCase({
    arrange: async (world) => {
      const meeting = await meetingWithMinutes(world, "agreed");
      const decision = await testDb.decision.create({ data: { meetingId: meeting.id, order: 1, textEn: unique("Matrix decision") } });
      return { input: { id: meeting.id, version: String(meeting.version), decisionId: decision.id, isPublic: "yes" }, context: null };
    },
    allowed: (actor, world) => canMarkDecisionPublic(actor, world.group.members),
    visible: seesWorldGroup,
  }),
  updateMinutesApprovers: actionCase({
    arrange: async (world) => {
      // A group of its own: choosing world.group's approvers would change who may answer above.
      const group = await testDb.workingGroup.create({ data: { agreementId: world.agreement.id, nameEn: unique("Matrix group") } });
      const person = await testDb.person.create({ data: { name: unique("CHINA person"), organisationId: world.china.id, side: "CHINA" } });
      const member = await testDb.workingGroupMember.create({ data: { workingGroupId: group.id, personId: person.id, organisationId: world.china.id, side: "CHINA", role: "MEMBER" } });
      return { input: { id: group.id, version: String(group.version), malaysiaApproverId: "", chinaApproverId: member.id }, context: null };
    },
    allowed: (actor, world) => canChooseMinutesApprovers(actor, world.agreement),
  }),
};
