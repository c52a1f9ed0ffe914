// Authentic texts and entry into force (helper "texts"). Every target is a fresh agreement
// between the world's Malaysian and Chinese parties: officers of either party and administrators
// edit texts and the rule (canEditAgreementTexts); a translation is signed off for Malaysia only by
// an officer of the Malaysian party (canSignOffTranslation); Malaysia's domestic steps are recorded
// by that party's officers and administrators (canRecordDomesticStep). Every signed-in role reads
// agreements, so no caller is told more than "not found".
import { canEditAgreement, canEditAgreementTexts, canRecordDomesticStep, canSignOffTranslation } from "@/lib/permissions";
import { testDb } from "../../../helpers/factories";
import { createAgreementRecord, day } from "../../../helpers/agreement-factories";
import { actionCase, type ActionCase } from "../cases";
import type { Actor, World } from "../world";

type Parties = { partyOrganisationIds: string[]; parties: { organisationId: string; side: "MALAYSIA" | "CHINA" }[] };

const partiesOf = (world: World): Parties => ({
  partyOrganisationIds: [world.malaysia.id, world.china.id],
  parties: [
    { organisationId: world.malaysia.id, side: "MALAYSIA" },
    { organisationId: world.china.id, side: "CHINA" },
  ],
});

const freshAgreement = (world: World, options: { areaTitles?: string[]; status?: "SIGNED"; signedOn?: Date } = {}) =>
  createAgreementRecord({ partyIds: { malaysia: world.malaysia.id, china: world.china.id }, ...options });

/** A fresh agreement with an English authentic text (clause 1) and a Malay translation (clause 1). */
async function freshTexts(world: World) {
  const agreement = await freshAgreement(world, { areaTitles: ["Talent development"] });
  const english = await testDb.agreementText.create({ data: { agreementId: agreement.id, language: "en", standing: "AUTHENTIC", clauses: { create: [{ number: "1", body: "The Parties shall cooperate." }] } } });
  const malay = await testDb.agreementText.create({ data: { agreementId: agreement.id, language: "ms", standing: "TRANSLATION", clauses: { create: [{ number: "1", body: "Pihak-Pihak hendaklah bekerjasama." }] } } });
  const clause = await testDb.agreementClause.findFirstOrThrow({ where: { textId: malay.id } });
  const [area] = agreement.areas;
  if (!area) throw new Error("area not created");
  return { agreement, english, malay, clause, area, context: partiesOf(world) };
}

const mayEditTexts = (actor: Actor, _world: World, context: Parties) => canEditAgreementTexts(actor, context);
const mayRecordForMalaysia = (actor: Actor, _world: World, context: Parties) => canRecordDomesticStep(actor, context, "MALAYSIA");

export const textsCases: Record<string, ActionCase> = {
  addAgreementText: actionCase({
    arrange: async (world) => {
      const agreement = await freshAgreement(world);
      return { input: { agreementId: agreement.id, language: "zh", standing: "AUTHENTIC" }, context: partiesOf(world) };
    },
    allowed: mayEditTexts,
  }),
  updateAgreementText: actionCase({
    arrange: async (world) => {
      const { malay, context } = await freshTexts(world);
      return { input: { id: malay.id, version: malay.version, standing: "AUTHENTIC" }, context };
    },
    allowed: mayEditTexts,
  }),
  removeAgreementText: actionCase({
    arrange: async (world) => {
      const { malay, context } = await freshTexts(world);
      return { input: { id: malay.id, version: malay.version }, context };
    },
    allowed: mayEditTexts,
  }),
  signOffAgreementText: actionCase({
    arrange: async (world) => {
      const { malay, context } = await freshTexts(world);
      return { input: { id: malay.id, version: malay.version, side: "MALAYSIA" }, context };
    },
    allowed: (actor, _world, context) => canSignOffTranslation(actor, context, "MALAYSIA"),
  }),
  addAgreementClause: actionCase({
    arrange: async (world) => {
      const { malay, context } = await freshTexts(world);
      return { input: { textId: malay.id, number: "2", heading: "Bakat", body: "Pembangunan bakat." }, context };
    },
    allowed: mayEditTexts,
  }),
  updateAgreementClause: actionCase({
    arrange: async (world) => {
      const { clause, context } = await freshTexts(world);
      return { input: { id: clause.id, version: clause.version, number: "1", heading: "Kerjasama", body: "Pihak-Pihak hendaklah terus bekerjasama." }, context };
    },
    allowed: mayEditTexts,
  }),
  removeAgreementClause: actionCase({
    arrange: async (world) => {
      const { clause, context } = await freshTexts(world);
      return { input: { id: clause.id, version: clause.version }, context };
    },
    allowed: mayEditTexts,
  }),
  setPrevailingText: actionCase({
    arrange: async (world) => {
      const { agreement, context } = await freshTexts(world);
      return { input: { agreementId: agreement.id, version: agreement.version, language: "en" }, context };
    },
    allowed: mayEditTexts,
  }),
  linkAreaToClause: actionCase({
    arrange: async (world) => {
      const { area, context } = await freshTexts(world);
      return { input: { id: area.id, version: area.version, clauseNumber: "1" }, context };
    },
    allowed: mayEditTexts,
  }),
  recordDomesticStep: actionCase({
    arrange: async (world) => {
      const agreement = await freshAgreement(world, { status: "SIGNED", signedOn: day("2025-04-16") });
      return { input: { agreementId: agreement.id, side: "MALAYSIA", kind: "CABINET_APPROVAL", occurredOn: "2025-05-07", note: "Cabinet meeting" }, context: partiesOf(world) };
    },
    allowed: mayRecordForMalaysia,
  }),
  removeDomesticStep: actionCase({
    arrange: async (world) => {
      const agreement = await freshAgreement(world, { status: "SIGNED", signedOn: day("2025-04-16") });
      const step = await testDb.domesticStep.create({ data: { agreementId: agreement.id, side: "MALAYSIA", kind: "NOTIFICATION", occurredOn: day("2025-06-02") } });
      return { input: { id: step.id, version: step.version }, context: partiesOf(world) };
    },
    allowed: mayRecordForMalaysia,
  }),
  correctDomesticStep: actionCase({
    arrange: async (world) => {
      const agreement = await freshAgreement(world, { status: "SIGNED", signedOn: day("2025-04-16") });
      const step = await testDb.domesticStep.create({ data: { agreementId: agreement.id, side: "MALAYSIA", kind: "NOTIFICATION", occurredOn: day("2025-06-02") } });
      return { input: { id: step.id, version: step.version, kind: "NOTIFICATION", occurredOn: "2025-06-03", note: "" }, context: partiesOf(world) };
    },
    allowed: mayRecordForMalaysia,
  }),
  setEntryIntoForceRule: actionCase({
    arrange: async (world) => {
      const agreement = await freshAgreement(world);
      return { input: { agreementId: agreement.id, version: agreement.version, rule: "AFTER_LATER_NOTIFICATION", fixedOn: "", after: "30", unit: "DAYS" }, context: partiesOf(world) };
    },
    allowed: mayEditTexts,
  }),
  // A signed agreement whose rule is met (both notifications in the past), so only the caller's rights decide.
  confirmEntryIntoForce: actionCase({
    arrange: async (world) => {
      const agreement = await freshAgreement(world, { status: "SIGNED", signedOn: day("2025-04-16") });
      await testDb.agreement.update({ where: { id: agreement.id }, data: { entryIntoForceRule: "LATER_NOTIFICATION" } });
      await testDb.domesticStep.createMany({
        data: [
          { agreementId: agreement.id, side: "MALAYSIA", kind: "NOTIFICATION", occurredOn: day("2025-06-02") },
          { agreementId: agreement.id, side: "CHINA", kind: "NOTIFICATION", occurredOn: day("2025-06-10") },
        ],
      });
      return { input: { agreementId: agreement.id, version: agreement.version }, context: partiesOf(world) };
    },
    allowed: (actor, _world, context) => canEditAgreement(actor, context),
  }),
};
