// Agreements, their documents and cooperation areas. Every target is a fresh agreement between
// the world's Malaysian and Chinese parties, so officers of either side may change it and an
// officer of no party may not (canEditAgreement).
import { canCreateAgreement, canEditAgreement, canRecordAgreementWithParties } from "@/lib/permissions";
import { testDb, unique } from "../../../helpers/factories";
import { createAgreementRecord, day } from "../../../helpers/agreement-factories";
import { actionCase, type ActionCase } from "../cases";
import type { Actor, World } from "../world";

type Parties = { partyOrganisationIds: string[] };

const partiesOf = (world: World): Parties => ({ partyOrganisationIds: [world.malaysia.id, world.china.id] });

const freshAgreement = (world: World, options: { signedOn?: Date; areaTitles?: string[] } = {}) =>
  createAgreementRecord({ partyIds: { malaysia: world.malaysia.id, china: world.china.id }, ...options });

const agreementForm = (parties: Parties) => ({
  type: "MOU",
  titleEn: unique("Matrix MoU"),
  summaryEn: "Cooperation on the digital economy.",
  partyIds: parties.partyOrganisationIds,
});

/** The fresh agreement's first area, with the agreement's parties as context. */
async function freshArea(world: World, areaTitles = ["Digital infrastructure"]) {
  const { areas } = await freshAgreement(world, { areaTitles });
  const [first, second] = areas;
  if (!first) throw new Error("area not created");
  return { first, second, context: partiesOf(world) };
}

const mayEdit = (actor: Actor, _world: World, context: Parties) => canEditAgreement(actor, context);

export const agreementsCases: Record<string, ActionCase> = {
  // The parties sent decide it too: an officer records only instruments their organisation is party to.
  createAgreement: actionCase({
    arrange: async (world) => {
      const context = partiesOf(world);
      return { input: agreementForm(context), context };
    },
    allowed: (actor, _world, context) => canCreateAgreement(actor) && canRecordAgreementWithParties(actor, context.partyOrganisationIds),
  }),
  updateAgreement: actionCase({
    arrange: async (world) => {
      const agreement = await freshAgreement(world);
      const context = partiesOf(world);
      return { input: { ...agreementForm(context), id: agreement.id, version: agreement.version }, context };
    },
    allowed: mayEdit,
  }),
  // DRAFT → SIGNED needs a signing date, so the fresh draft has one.
  changeAgreementStatus: actionCase({
    arrange: async (world) => {
      const agreement = await freshAgreement(world, { signedOn: day("2025-04-16") });
      return { input: { id: agreement.id, version: agreement.version, toStatus: "SIGNED", reason: "Signed at the ceremony." }, context: partiesOf(world) };
    },
    allowed: mayEdit,
  }),
  archiveAgreement: actionCase({
    arrange: async (world) => {
      const agreement = await freshAgreement(world);
      return { input: { id: agreement.id, version: agreement.version, archived: "true" }, context: partiesOf(world) };
    },
    allowed: mayEdit,
  }),
  // A link rather than an upload: the rights are the same and no file is written to disk.
  addAgreementDocument: actionCase({
    arrange: async (world) => {
      const agreement = await freshAgreement(world);
      return { input: { agreementId: agreement.id, title: unique("Signed copy"), url: "https://www.digital.gov.my/mou.pdf" }, context: partiesOf(world) };
    },
    allowed: mayEdit,
  }),
  removeAgreementDocument: actionCase({
    arrange: async (world) => {
      const agreement = await freshAgreement(world);
      const document = await testDb.agreementDocument.create({ data: { agreementId: agreement.id, title: unique("Official text"), url: "https://www.digital.gov.my/mou.pdf" } });
      return { input: { id: document.id }, context: partiesOf(world) };
    },
    allowed: mayEdit,
  }),
  createCooperationArea: actionCase({
    arrange: async (world) => {
      const agreement = await freshAgreement(world);
      return { input: { agreementId: agreement.id, clauseRef: "Article 2", titleEn: "Talent development", titleMs: "Pembangunan bakat", titleZh: "人才培养" }, context: partiesOf(world) };
    },
    allowed: mayEdit,
  }),
  updateCooperationArea: actionCase({
    arrange: async (world) => {
      const { first, context } = await freshArea(world);
      return { input: { id: first.id, version: first.version, titleEn: "Digital infrastructure and connectivity", clauseRef: "Art. 1" }, context };
    },
    allowed: mayEdit,
  }),
  // Two areas, so moving the second up really swaps them (a move at the end does nothing and audits nothing).
  moveCooperationArea: actionCase({
    arrange: async (world) => {
      const { second, context } = await freshArea(world, ["Policy coordination", "Talent development"]);
      if (!second) throw new Error("second area not created");
      return { input: { id: second.id, version: second.version, direction: "up" }, context };
    },
    allowed: mayEdit,
  }),
  retireCooperationArea: actionCase({
    arrange: async (world) => {
      const { first, context } = await freshArea(world);
      return { input: { id: first.id, version: first.version }, context };
    },
    allowed: mayEdit,
  }),
};
