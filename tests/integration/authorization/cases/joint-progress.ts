// Progress confirmed by both sides: a progress update on a joint milestone, reported by the
// Malaysian party, is answered (confirmed or disputed) only by the other side — the Chinese
// party's officer here; the group's Malaysian secretariat and member are refused like the
// reporting officer (nobody confirms their own side's update), and so is everyone with no side.
import { canAnswerJointProgress } from "@/lib/permissions";
import type { Side } from "@/lib/auth/session-user";
import { actionCase, type ActionCase } from "../cases";
import type { Actor, World } from "../world";
import { createMilestone } from "../../../helpers/milestone-factories";
import { testDb } from "../../../helpers/factories";

type Context = { memberships: { personId: string; side: Side; endsOn: Date | null }[] };

/** The update the call answers, with what the rule needs (the group's memberships and their sides). */
async function reportedByMalaysia(world: World) {
  const milestone = await createMilestone({
    agreementId: world.agreement.id,
    areaId: world.agreement.areaId,
    ownerOrganisationId: world.malaysia.id,
    ownerSide: "JOINT",
    order: 2_000,
  });
  const update = await testDb.progressUpdate.create({
    data: { milestoneId: milestone.id, reportedOn: new Date("2025-06-01T00:00:00Z"), percentComplete: 30, status: "ON_TRACK", narrative: "Pilot sites chosen." },
  });
  const confirmation = await testDb.progressConfirmation.create({ data: { progressUpdateId: update.id, milestoneId: milestone.id, reportedSide: "MALAYSIA" } });
  const memberships = await testDb.workingGroupMember.findMany({ where: { workingGroup: { agreementId: world.agreement.id } }, select: { personId: true, side: true, endsOn: true } });
  return { input: { id: confirmation.id, version: String(confirmation.version) }, context: { memberships } satisfies Context };
}

/** The actor's side is their organisation's: the world's parties, and the Malaysian "elsewhere". */
function sideOf(actor: Actor, world: World): Side | null {
  if (actor.organisationId === world.china.id) return "CHINA";
  return actor.organisationId ? "MALAYSIA" : null;
}

const mayAnswer = (actor: Actor, world: World, context: Context) =>
  canAnswerJointProgress(
    { ...actor, side: sideOf(actor, world) },
    { ownerSide: "JOINT", partyOrganisationIds: world.agreement.partyOrganisationIds, memberships: context.memberships, reportedSide: "MALAYSIA" },
  );

export const jointProgressCases: Record<string, ActionCase> = {
  confirmProgressUpdate: actionCase({
    arrange: reportedByMalaysia,
    allowed: mayAnswer,
    // Not the caller's to answer looks exactly like an unknown update.
    visible: mayAnswer,
  }),
  disputeProgressUpdate: actionCase({
    arrange: async (world) => {
      const { input, context } = await reportedByMalaysia(world);
      return { input: { ...input, comment: "The figure counts sites not yet chosen." }, context };
    },
    allowed: mayAnswer,
    visible: mayAnswer,
  }),
};
