// Milestones, progress and imports. Targets are owned by one side's organisation, so the officer
// of the other side is refused (only joint milestones are shared); imports are checked row by row.
import { createHash } from "node:crypto";
import { canEditMilestone, canImportMilestones } from "@/lib/permissions";
import { todayIso } from "@/lib/dates";
import { actionCase, type ActionCase } from "../cases";
import type { World } from "../world";
import { createMilestone } from "../../../helpers/milestone-factories";

type Owner = { ownerOrganisationId: string; ownerSide: "MALAYSIA" | "CHINA"; partyOrganisationIds: string[] };

/** A milestone of this world's agreement owned by one side's party, with what canEditMilestone needs. */
async function milestoneOwnedBy(world: World, side: "MALAYSIA" | "CHINA") {
  const owner: Owner = {
    ownerOrganisationId: side === "MALAYSIA" ? world.malaysia.id : world.china.id,
    ownerSide: side,
    partyOrganisationIds: world.agreement.partyOrganisationIds,
  };
  const milestone = await createMilestone({ agreementId: world.agreement.id, areaId: world.agreement.areaId, ...owner, order: 1_000 });
  return { milestone, context: owner };
}

/** Every field of the milestone form, valid, for the Malaysian party. */
const malaysianPlan = (world: World) => ({
  cooperationAreaId: world.agreement.areaId,
  titleEn: "Cross-border data pilot",
  descriptionEn: "A pilot agreed by the Joint Working Group.",
  ownerOrganisationId: world.malaysia.id,
  ownerSide: "MALAYSIA",
  startOn: "2025-05-01",
  targetOn: "2026-12-31",
  weight: "2",
});

const mayEdit = (actor: Parameters<typeof canEditMilestone>[0], _world: World, owner: Owner) => canEditMilestone(actor, owner);

const csvFile = (text: string) => new File([text], "rows.csv", { type: "text/csv" });
const sha256Of = (text: string) => createHash("sha256").update(text).digest("hex");

export const milestonesCases: Record<string, ActionCase> = {
  createMilestone: actionCase({
    arrange: async (world) => ({
      input: malaysianPlan(world),
      context: { ownerOrganisationId: world.malaysia.id, ownerSide: "MALAYSIA", partyOrganisationIds: world.agreement.partyOrganisationIds } satisfies Owner,
    }),
    allowed: mayEdit,
  }),
  updateMilestone: actionCase({
    arrange: async (world) => {
      const { milestone, context } = await milestoneOwnedBy(world, "MALAYSIA");
      return { input: { ...malaysianPlan(world), id: milestone.id, version: String(milestone.version), titleEn: "Renamed pilot" }, context };
    },
    allowed: mayEdit,
  }),
  cancelMilestone: actionCase({
    arrange: async (world) => {
      const { milestone, context } = await milestoneOwnedBy(world, "MALAYSIA");
      return { input: { id: milestone.id, version: String(milestone.version), reason: "Superseded by the AI MoU's plan.", confirm: "yes" }, context };
    },
    allowed: mayEdit,
  }),
  deleteMilestone: actionCase({
    arrange: async (world) => {
      const { milestone, context } = await milestoneOwnedBy(world, "MALAYSIA");
      return { input: { id: milestone.id, version: String(milestone.version), confirm: "yes" }, context };
    },
    allowed: mayEdit,
  }),
  moveMilestone: actionCase({
    arrange: async (world) => {
      // Made last in its area, so there is always one above it to swap with.
      const { milestone, context } = await milestoneOwnedBy(world, "MALAYSIA");
      return { input: { id: milestone.id, version: String(milestone.version), direction: "up" }, context };
    },
    allowed: mayEdit,
  }),
  // Owned by the Chinese party this time: the same rule from the other side.
  logProgress: actionCase({
    arrange: async (world) => {
      const { milestone, context } = await milestoneOwnedBy(world, "CHINA");
      return {
        input: { milestoneId: milestone.id, reportedOn: todayIso(), percentComplete: "25", status: "ON_TRACK", narrative: "Pilot sites chosen." },
        context,
      };
    },
    allowed: mayEdit,
  }),
  // Previewing writes nothing; any caller who may import at all sees their rows checked.
  previewImport: actionCase({
    arrange: async (world) => {
      const { milestone } = await milestoneOwnedBy(world, "MALAYSIA");
      return { input: { kind: "progress", file: csvFile(`milestone_id,reported_on,percent_complete,status,narrative\n${milestone.id},2025-06-01,10,ON_TRACK,Started\n`) }, context: null };
    },
    allowed: (actor) => canImportMilestones(actor),
    audited: false,
  }),
  // Confirming writes only rows for milestones the caller may change; anyone else's rows are
  // refused as unknown milestones (the row-level form of "not found").
  confirmImport: actionCase({
    arrange: async (world) => {
      const { milestone, context } = await milestoneOwnedBy(world, "MALAYSIA");
      const text = `milestone_id,reported_on,percent_complete,status,narrative\n${milestone.id},2025-06-01,10,ON_TRACK,Started\n`;
      return { input: { kind: "progress", file: csvFile(text), sha256: sha256Of(text) }, context };
    },
    allowed: (actor, world, owner) => canImportMilestones(actor) && canEditMilestone(actor, owner),
  }),
};
