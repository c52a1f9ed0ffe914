// Builders for milestone tests: an agreement with two parties and an area, and milestones under it.
import { createOrganisation, createUser, testDb, unique } from "./factories";

export async function createAgreementWithArea() {
  const malaysia = await createOrganisation({ side: "MALAYSIA" });
  const china = await createOrganisation({ side: "CHINA" });
  const agreement = await testDb.agreement.create({
    data: {
      type: "MOU",
      status: "SIGNED",
      titleEn: unique("Agreement"),
      parties: { create: [{ organisationId: malaysia.id, side: "MALAYSIA", order: 1 }, { organisationId: china.id, side: "CHINA", order: 2 }] },
      areas: { create: [{ number: 1, titleEn: "Policy coordination", clauseRef: "Article 2(a)", clauseTextEn: "Policy coordination and regulatory alignment." }] },
    },
    include: { areas: true },
  });
  const area = agreement.areas[0];
  if (!area) throw new Error("area not created");
  const officerMy = await createUser({ role: "OFFICER", organisationId: malaysia.id });
  const officerCn = await createUser({ role: "OFFICER", organisationId: china.id });
  return { malaysia, china, agreement, area, officerMy, officerCn };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function createMilestone(options: {
  agreementId: string;
  areaId: string;
  ownerOrganisationId: string;
  ownerSide?: "MALAYSIA" | "CHINA" | "JOINT";
  responsibleUserId?: string | null;
  startOn?: string;
  targetOn?: string;
  lastUpdateOn?: string | null;
  order?: number;
  indicator?: { baseline: number; target: number };
  weight?: number;
}) {
  return testDb.milestone.create({
    data: {
      agreementId: options.agreementId,
      cooperationAreaId: options.areaId,
      titleEn: unique("Milestone"),
      descriptionEn: "Described",
      ownerOrganisationId: options.ownerOrganisationId,
      ownerSide: options.ownerSide ?? "MALAYSIA",
      responsibleUserId: options.responsibleUserId ?? null,
      startOn: day(options.startOn ?? "2025-01-01"),
      targetOn: day(options.targetOn ?? "2030-12-31"),
      lastUpdateOn: options.lastUpdateOn ? day(options.lastUpdateOn) : null,
      order: options.order ?? 1,
      weight: options.weight ?? 1,
      indicatorUnit: options.indicator ? "people" : null,
      indicatorBaseline: options.indicator?.baseline ?? null,
      indicatorTarget: options.indicator?.target ?? null,
    },
  });
}

export { day };
