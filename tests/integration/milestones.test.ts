import { beforeAll, describe, expect, it } from "vitest";
import { cancelMilestone, createMilestone as createMilestoneAction, deleteMilestone, moveMilestone, updateMilestone } from "@/lib/actions/milestones";
import { actAs } from "../helpers/request";
import { createUser, testDb } from "../helpers/factories";
import { createAgreementWithArea, createMilestone, day } from "../helpers/milestone-factories";

type Setup = Awaited<ReturnType<typeof createAgreementWithArea>>;
let setup: Setup;

const redirected = (result: unknown) => String((result as Error)?.message ?? result).includes("NEXT_REDIRECT");

function plan(overrides: Record<string, unknown> = {}) {
  return {
    cooperationAreaId: setup.area.id,
    titleEn: "Joint policy review",
    titleMs: "",
    titleZh: "联合政策审查",
    descriptionEn: "A side-by-side review.",
    ownerOrganisationId: setup.malaysia.id,
    ownerSide: "MALAYSIA",
    responsibleUserId: setup.officerMy.id,
    startOn: "2025-06-01",
    targetOn: "2025-12-31",
    weight: "2",
    indicatorUnit: "",
    indicatorBaseline: "",
    indicatorTarget: "",
    ...overrides,
  };
}

beforeAll(async () => {
  setup = await createAgreementWithArea();
});

describe("creating milestones", () => {
  it("creates the milestone with its audit event, last in its area", async () => {
    actAs(setup.officerMy);
    const existing = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id, order: 4 });
    const title = `Review ${Date.now()}`;
    const result = await createMilestoneAction(undefined, plan({ titleEn: title })).catch((error: unknown) => error);
    expect(redirected(result)).toBe(true);
    const created = await testDb.milestone.findFirstOrThrow({ where: { titleEn: title } });
    expect(created).toMatchObject({ agreementId: setup.agreement.id, ownerSide: "MALAYSIA", weight: 2, titleMs: null, titleZh: "联合政策审查", order: existing.order + 1, status: "NOT_STARTED" });
    const events = await testDb.auditEvent.findMany({ where: { entityId: created.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "milestone.create", actorId: setup.officerMy.id });
  });

  it("refuses anonymous callers", async () => {
    actAs(null);
    expect(await createMilestoneAction(undefined, plan())).toEqual({ status: "error", formError: "errors.unauthenticated" });
  });

  it("refuses an officer creating work for the other side's organisation", async () => {
    actAs(setup.officerCn);
    const result = await createMilestoneAction(undefined, plan({ titleEn: "Not mine" }));
    expect(result).toMatchObject({ status: "error", fieldErrors: { ownerOrganisationId: ["milestones.errors.notYourOrganisation"] } });
    expect(await testDb.milestone.count({ where: { titleEn: "Not mine" } })).toBe(0);
  });

  it.each(["MANAGER", "WG_MEMBER"] as const)("refuses a %s", async (role) => {
    actAs(await createUser({ role, organisationId: setup.malaysia.id }));
    const result = await createMilestoneAction(undefined, plan({ titleEn: `By ${role}` }));
    // Refused for who they are, not for something else wrong with an otherwise valid plan.
    expect(result).toMatchObject({ status: "error", fieldErrors: { ownerOrganisationId: ["milestones.errors.notYourOrganisation"] } });
    expect(await testDb.milestone.count({ where: { titleEn: `By ${role}` } })).toBe(0);
  });

  it("lets a party's officer create a joint milestone owned by the other party", async () => {
    actAs(setup.officerCn);
    const result = await createMilestoneAction(undefined, plan({ titleEn: "Joint one", ownerSide: "JOINT", responsibleUserId: "" })).catch((error: unknown) => error);
    expect(redirected(result)).toBe(true);
  });

  it("names inconsistent dates, a half indicator, a wrong side, a non-officer and unknown fields", async () => {
    actAs(setup.officerMy);
    const result = await createMilestoneAction(undefined, plan({ startOn: "2025-12-31", targetOn: "2025-06-01", indicatorUnit: "people" }));
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { targetOn: ["milestones.errors.targetBeforeStart"], indicatorBaseline: ["milestones.errors.indicatorIncomplete"], indicatorTarget: ["milestones.errors.indicatorIncomplete"] },
    });
    expect(await createMilestoneAction(undefined, plan({ ownerSide: "CHINA" }))).toMatchObject({ fieldErrors: { ownerSide: ["milestones.errors.sideMismatch"] } });
    const manager = await createUser({ role: "MANAGER" });
    expect(await createMilestoneAction(undefined, plan({ responsibleUserId: manager.id }))).toMatchObject({ fieldErrors: { responsibleUserId: ["milestones.errors.responsibleNotOfficer"] } });
    expect(await createMilestoneAction(undefined, plan({ status: "COMPLETED" }))).toMatchObject({ fieldErrors: { _form: ["errors.unknownFields"] } });
    expect(await createMilestoneAction(undefined, plan({ startOn: "2025-02-30" }))).toMatchObject({ fieldErrors: { startOn: ["errors.invalidFormat"] } });
  });
});

describe("editing milestones", () => {
  it("saves with the version seen, and a stale version is a conflict", async () => {
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    actAs(setup.officerMy);
    const first = await updateMilestone(undefined, plan({ id: milestone.id, version: "1", titleEn: "First edit" })).catch((error: unknown) => error);
    expect(redirected(first)).toBe(true);
    const second = await updateMilestone(undefined, plan({ id: milestone.id, version: "1", titleEn: "Second edit" }));
    // The version went stale through this officer's own edit: the answer says so, blaming nobody else.
    expect(second).toMatchObject({ status: "conflict", formError: "forms.conflictOwnChange" });
    const saved = await testDb.milestone.findUniqueOrThrow({ where: { id: milestone.id } });
    expect(saved).toMatchObject({ titleEn: "First edit", version: 2 });
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { entityId: milestone.id, action: "milestone.update" } });
    expect(audit.before).toMatchObject({ titleEn: milestone.titleEn });
    expect(audit.after).toMatchObject({ titleEn: "First edit" });
  });

  it("refuses the other organisation's officer as not found", async () => {
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    actAs(setup.officerCn);
    expect(await updateMilestone(undefined, plan({ id: milestone.id, version: "1", titleEn: "Taken" }))).toMatchObject({ status: "error", formError: "errors.notFound" });
    expect((await testDb.milestone.findUniqueOrThrow({ where: { id: milestone.id } })).titleEn).toBe(milestone.titleEn);
  });

  it("refuses moving the start after reported progress", async () => {
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id, startOn: "2025-01-01" });
    await testDb.progressUpdate.create({ data: { milestoneId: milestone.id, reportedOn: day("2025-03-01"), percentComplete: 10, status: "ON_TRACK", narrative: "x" } });
    actAs(setup.officerMy);
    expect(await updateMilestone(undefined, plan({ id: milestone.id, version: "1", startOn: "2025-04-01" }))).toMatchObject({ fieldErrors: { startOn: ["milestones.errors.startAfterUpdates"] } });
  });

  it("reorders within the area", async () => {
    const fresh = await createAgreementWithArea();
    const a = await createMilestone({ agreementId: fresh.agreement.id, areaId: fresh.area.id, ownerOrganisationId: fresh.malaysia.id, order: 1 });
    const b = await createMilestone({ agreementId: fresh.agreement.id, areaId: fresh.area.id, ownerOrganisationId: fresh.malaysia.id, order: 2 });
    actAs(fresh.officerMy);
    expect(await moveMilestone(undefined, { id: b.id, version: "1", direction: "up" })).toMatchObject({ status: "success" });
    const order = await testDb.milestone.findMany({ where: { cooperationAreaId: fresh.area.id }, orderBy: { order: "asc" }, select: { id: true } });
    expect(order.map((row) => row.id)).toEqual([b.id, a.id]);
    expect(await moveMilestone(undefined, { id: b.id, version: "1", direction: "down" })).toMatchObject({ status: "conflict" });
  });
});

describe("cancelling and deleting", () => {
  it("cancels with a reason after confirmation, and refuses without", async () => {
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    actAs(setup.officerMy);
    expect(await cancelMilestone(undefined, { id: milestone.id, version: "1", reason: "Merged" })).toMatchObject({ fieldErrors: { confirm: ["milestones.errors.confirmRequired"] } });
    expect(await cancelMilestone(undefined, { id: milestone.id, version: "1", reason: "", confirm: "yes" })).toMatchObject({ fieldErrors: { reason: ["errors.required"] } });
    const result = await cancelMilestone(undefined, { id: milestone.id, version: "1", reason: "Merged into another", confirm: "yes" }).catch((error: unknown) => error);
    expect(redirected(result)).toBe(true);
    const saved = await testDb.milestone.findUniqueOrThrow({ where: { id: milestone.id } });
    expect(saved).toMatchObject({ status: "CANCELLED", cancelReason: "Merged into another" });
    expect(await testDb.auditEvent.findFirst({ where: { entityId: milestone.id, action: "milestone.cancel", reason: "Merged into another" } })).not.toBeNull();
  });

  it("deletes a milestone without history but never one with history", async () => {
    actAs(setup.officerMy);
    const empty = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    const result = await deleteMilestone(undefined, { id: empty.id, version: "1", confirm: "yes" }).catch((error: unknown) => error);
    expect(redirected(result)).toBe(true);
    expect(await testDb.milestone.count({ where: { id: empty.id } })).toBe(0);
    expect(await testDb.auditEvent.count({ where: { entityId: empty.id, action: "milestone.delete" } })).toBe(1);

    const used = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    await testDb.progressUpdate.create({ data: { milestoneId: used.id, reportedOn: day("2025-03-01"), percentComplete: 10, status: "ON_TRACK", narrative: "x" } });
    expect(await deleteMilestone(undefined, { id: used.id, version: "1", confirm: "yes" })).toMatchObject({ formError: "milestones.errors.hasHistory" });
    expect(await testDb.milestone.count({ where: { id: used.id } })).toBe(1);
  });

  it("refuses deleting another organisation's milestone", async () => {
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    actAs(setup.officerCn);
    expect(await deleteMilestone(undefined, { id: milestone.id, version: "1", confirm: "yes" })).toMatchObject({ formError: "errors.notFound" });
    expect(await testDb.milestone.count({ where: { id: milestone.id } })).toBe(1);
  });
});
