// Progress confirmed by both sides: the confirm and dispute actions (allowed and refused, stale
// versions), what a report, a correction, an import and marking a milestone joint put to the
// other side, the queue, and who is told.
import { beforeAll, describe, expect, it } from "vitest";
import { confirmProgressUpdate, disputeProgressUpdate } from "@/lib/actions/joint-progress";
import { logProgress } from "@/lib/actions/progress";
import { updateMilestone as updateMilestoneAction } from "@/lib/actions/milestones";
import { getConfirmationQueue } from "@/lib/data/joint-progress";
import { confirmImport, previewImport } from "@/lib/actions/imports";
import { actAs } from "../helpers/request";
import { createUser, testDb, unique } from "../helpers/factories";
import { expectRedirect } from "../helpers/agreement-factories";
import { queuedWebhooks } from "../helpers/webhook-capture";
import { createAgreementWithArea, createMilestone } from "../helpers/milestone-factories";

let setup: Awaited<ReturnType<typeof createAgreementWithArea>>;

beforeAll(async () => {
  setup = await createAgreementWithArea();
});

async function jointMilestone() {
  return createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id, ownerSide: "JOINT", startOn: "2025-01-01" });
}

async function report(milestoneId: string, user: { id: string }, overrides: Record<string, unknown> = {}) {
  actAs(user);
  const result = await logProgress(undefined, { milestoneId, reportedOn: "2025-03-01", percentComplete: "40", status: "ON_TRACK", narrative: "Reported.", ...overrides });
  expect(result).toMatchObject({ status: "success" });
  return testDb.progressUpdate.findFirstOrThrow({ where: { milestoneId }, orderBy: { createdAt: "desc" }, select: { id: true } });
}

const confirmationId = async (progressUpdateId: string) => (await testDb.progressConfirmation.findUniqueOrThrow({ where: { progressUpdateId }, select: { id: true } })).id;
const confirmation = (progressUpdateId: string) => testDb.progressConfirmation.findUnique({ where: { progressUpdateId } });
const auditCount = (entityId: string, action: string) => testDb.auditEvent.count({ where: { entityType: "ProgressUpdate", entityId, action } });

describe("a report on a joint milestone", () => {
  it("is put to the other side, reported by the reporter's side, and the other side's officers are told", async () => {
    const milestone = await jointMilestone();
    const update = await report(milestone.id, setup.officerMy);
    expect(await confirmation(update.id)).toMatchObject({ state: "REPORTED", reportedSide: "MALAYSIA", milestoneId: milestone.id, version: 1 });
    expect(await auditCount(update.id, "progressUpdate.putToOtherSide")).toBe(1);
    const told = await testDb.notification.findMany({ where: { kind: "JOINT_PROGRESS_TO_CONFIRM", recordId: milestone.id }, select: { recipientId: true } });
    expect(told.map((row) => row.recipientId)).toEqual([setup.officerCn.id]);
  });

  it("asks nothing on a milestone that is not joint", async () => {
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    const update = await report(milestone.id, setup.officerMy);
    expect(await confirmation(update.id)).toBeNull();
  });

  it("puts the latest update to the other side when the milestone is marked joint", async () => {
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    await report(milestone.id, setup.officerMy, { reportedOn: "2025-02-01", percentComplete: "20" });
    const latest = await report(milestone.id, setup.officerMy, { reportedOn: "2025-03-01", percentComplete: "30" });
    actAs(setup.officerMy);
    const saved = await testDb.milestone.findUniqueOrThrow({ where: { id: milestone.id } });
    await expectRedirect(
      updateMilestoneAction(undefined, {
        id: milestone.id,
        version: String(saved.version),
        cooperationAreaId: setup.area.id,
        titleEn: saved.titleEn,
        descriptionEn: "Described",
        ownerOrganisationId: setup.malaysia.id,
        ownerSide: "JOINT",
        startOn: "2025-01-01",
        targetOn: "2030-12-31",
        weight: "1",
      }),
    );
    const rows = await testDb.progressConfirmation.findMany({ where: { milestoneId: milestone.id } });
    expect(rows.map((row) => [row.progressUpdateId, row.state, row.reportedSide])).toEqual([[latest.id, "REPORTED", "MALAYSIA"]]);
  });

  it("puts imported updates on joint milestones to the other side, and only those", async () => {
    const milestone = await jointMilestone();
    const plain = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    const text = `milestone_id,reported_on,percent_complete,status,narrative\n${milestone.id},2025-06-01,10,ON_TRACK,Started\n${plain.id},2025-06-01,20,ON_TRACK,Started\n`;
    const file = () => new File([text], "rows.csv", { type: "text/csv" });
    actAs(setup.officerMy);
    const preview = await previewImport(undefined, { kind: "progress", file: file() });
    const sha256 = (preview as { data?: { sha256?: string } }).data?.sha256;
    expect(await confirmImport(undefined, { kind: "progress", file: file(), sha256 })).toMatchObject({ status: "success" });
    expect(await testDb.progressConfirmation.findMany({ where: { milestoneId: milestone.id }, select: { state: true, reportedSide: true } })).toEqual([{ state: "REPORTED", reportedSide: "MALAYSIA" }]);
    expect(await testDb.progressConfirmation.count({ where: { milestoneId: plain.id } })).toBe(0);
  });
});

describe("confirming and disputing", () => {
  it("lets the other side confirm, with its audit event, and moves the update off its queue", async () => {
    const milestone = await jointMilestone();
    const update = await report(milestone.id, setup.officerMy);
    actAs(setup.officerCn);
    expect((await getConfirmationQueue()).awaiting.rows.map((row) => row.progressUpdateId)).toContain(update.id);
    const id = await confirmationId(update.id);
    let target = "";
    const hooks = await queuedWebhooks("progress_update.confirmed", async () => {
      target = await expectRedirect(confirmProgressUpdate(undefined, { id, version: "1", from: "queue" }));
    });
    expect(target).toContain("/to-confirm");
    expect(hooks).toEqual([{ type: "progress_update.confirmed", data: expect.objectContaining({ id: update.id, milestoneId: milestone.id, state: "CONFIRMED", confirmedBySide: "CHINA" }) }]);
    expect(await confirmation(update.id)).toMatchObject({ state: "CONFIRMED", answerSide: "CHINA", confirmedById: setup.officerCn.id, version: 2 });
    expect(await auditCount(update.id, "progressUpdate.confirm")).toBe(1);
    expect((await getConfirmationQueue()).awaiting.rows.map((row) => row.progressUpdateId)).not.toContain(update.id);
  });

  it("refuses the reporting side, as if the update did not exist, and writes nothing", async () => {
    const milestone = await jointMilestone();
    const update = await report(milestone.id, setup.officerMy);
    const colleague = await createUser({ role: "OFFICER", organisationId: setup.malaysia.id });
    for (const user of [setup.officerMy, colleague]) {
      actAs(user);
      expect(await confirmProgressUpdate(undefined, { id: await confirmationId(update.id), version: "1" })).toMatchObject({ status: "error", formError: "errors.notFound" });
      expect(await disputeProgressUpdate(undefined, { id: await confirmationId(update.id), version: "1", comment: "No." })).toMatchObject({ status: "error", formError: "errors.notFound" });
    }
    actAs(setup.officerMy);
    expect((await getConfirmationQueue()).awaiting.rows.map((row) => row.progressUpdateId)).not.toContain(update.id);
    expect(await confirmation(update.id)).toMatchObject({ state: "REPORTED", version: 1 });
    expect(await auditCount(update.id, "progressUpdate.confirm")).toBe(0);
  });

  it("refuses administrators, managers and officers of no party", async () => {
    const milestone = await jointMilestone();
    const update = await report(milestone.id, setup.officerMy);
    const outsiderOrg = await testDb.organisation.create({ data: { nameEn: unique("Outsider"), country: "CN", side: "CHINA" } });
    for (const user of [await createUser({ role: "ADMIN" }), await createUser({ role: "MANAGER" }), await createUser({ role: "OFFICER", organisationId: outsiderOrg.id })]) {
      actAs(user);
      expect(await confirmProgressUpdate(undefined, { id: await confirmationId(update.id), version: "1" })).toMatchObject({ status: "error", formError: "errors.notFound" });
    }
    expect(await confirmation(update.id)).toMatchObject({ state: "REPORTED", version: 1 });
  });

  it("lets a working-group member of the other side answer", async () => {
    const milestone = await jointMilestone();
    const update = await report(milestone.id, setup.officerMy);
    const group = await testDb.workingGroup.create({ data: { agreementId: setup.agreement.id, nameEn: unique("JWG") } });
    const person = await testDb.person.create({ data: { name: unique("CN member"), organisationId: setup.china.id, side: "CHINA" } });
    await testDb.workingGroupMember.create({ data: { workingGroupId: group.id, personId: person.id, organisationId: setup.china.id, side: "CHINA" } });
    const member = await createUser({ role: "WG_MEMBER", personId: person.id });
    actAs(member);
    expect((await getConfirmationQueue()).awaiting.rows.map((row) => row.progressUpdateId)).toContain(update.id);
    await expectRedirect(disputeProgressUpdate(undefined, { id: await confirmationId(update.id), version: "1", comment: "The figure counts pending work." }));
    expect(await confirmation(update.id)).toMatchObject({ state: "DISPUTED", answerSide: "CHINA", disputedById: member.id, disputeComment: "The figure counts pending work." });
  });

  it("requires a comment to dispute", async () => {
    const milestone = await jointMilestone();
    const update = await report(milestone.id, setup.officerMy);
    actAs(setup.officerCn);
    expect(await disputeProgressUpdate(undefined, { id: await confirmationId(update.id), version: "1", comment: "  " })).toMatchObject({ status: "error", fieldErrors: { comment: ["errors.required"] } });
    expect(await disputeProgressUpdate(undefined, { id: await confirmationId(update.id), version: "1", comment: "x", extra: "1" })).toMatchObject({ status: "error", formError: "errors.invalidInput" });
    expect(await confirmation(update.id)).toMatchObject({ state: "REPORTED", version: 1 });
  });

  it("answers a stale version with the conflict and writes nothing, then succeeds with the current one", async () => {
    const milestone = await jointMilestone();
    const update = await report(milestone.id, setup.officerMy);
    actAs(setup.officerCn);
    await expectRedirect(disputeProgressUpdate(undefined, { id: await confirmationId(update.id), version: "1", comment: "Not yet." }));
    // Another Chinese officer still sees the page of version 1.
    const second = await createUser({ role: "OFFICER", organisationId: setup.china.id });
    actAs(second);
    expect(await confirmProgressUpdate(undefined, { id: await confirmationId(update.id), version: "1" })).toMatchObject({ status: "conflict" });
    expect(await confirmation(update.id)).toMatchObject({ state: "DISPUTED", version: 2 });
    await expectRedirect(confirmProgressUpdate(undefined, { id: await confirmationId(update.id), version: "2" }));
    expect(await confirmation(update.id)).toMatchObject({ state: "CONFIRMED", version: 3 });
  });

  it("settles a dispute by the other side confirming after all, and refuses a second dispute or confirmation", async () => {
    const milestone = await jointMilestone();
    const update = await report(milestone.id, setup.officerMy);
    actAs(setup.officerCn);
    await expectRedirect(disputeProgressUpdate(undefined, { id: await confirmationId(update.id), version: "1", comment: "Figure too high." }));
    expect(await disputeProgressUpdate(undefined, { id: await confirmationId(update.id), version: "2", comment: "Again." })).toMatchObject({ status: "error", formError: "jointProgress.errors.alreadyDisputed" });
    await expectRedirect(confirmProgressUpdate(undefined, { id: await confirmationId(update.id), version: "2" }));
    expect(await confirmation(update.id)).toMatchObject({ state: "CONFIRMED", disputeComment: "Figure too high.", disputedById: setup.officerCn.id, confirmedById: setup.officerCn.id });
    expect(await confirmProgressUpdate(undefined, { id: await confirmationId(update.id), version: "3" })).toMatchObject({ status: "error", formError: "jointProgress.errors.alreadyConfirmed" });
  });

  it("settles a dispute by a correction from the reporting side, which is put to the other side in turn; the reporter is told of the dispute", async () => {
    const milestone = await jointMilestone();
    const update = await report(milestone.id, setup.officerMy);
    actAs(setup.officerCn);
    await expectRedirect(disputeProgressUpdate(undefined, { id: await confirmationId(update.id), version: "1", comment: "Figure too high." }));
    const disputedTold = await testDb.notification.findMany({ where: { kind: "JOINT_PROGRESS_DISPUTED", recordId: milestone.id }, select: { recipientId: true } });
    expect(disputedTold.map((row) => row.recipientId)).toEqual([setup.officerMy.id]);
    actAs(setup.officerMy);
    expect((await getConfirmationQueue()).disputedMine.rows.map((row) => row.progressUpdateId)).toContain(update.id);

    const correction = await report(milestone.id, setup.officerMy, { percentComplete: "30", correctsUpdateId: update.id });
    expect(await confirmation(update.id)).toMatchObject({ state: "SUPERSEDED", version: 3 });
    expect(await auditCount(update.id, "progressUpdate.supersede")).toBe(1);
    expect(await confirmation(correction.id)).toMatchObject({ state: "REPORTED", reportedSide: "MALAYSIA" });
    expect((await getConfirmationQueue()).disputedMine.rows.map((row) => row.progressUpdateId)).not.toContain(update.id);
    actAs(setup.officerCn);
    expect(await confirmProgressUpdate(undefined, { id: await confirmationId(update.id), version: "3" })).toMatchObject({ status: "error", formError: "jointProgress.errors.superseded" });
    await expectRedirect(confirmProgressUpdate(undefined, { id: await confirmationId(correction.id), version: "1" }));
  });

  it("answers an unknown update as not found", async () => {
    actAs(setup.officerCn);
    expect(await confirmProgressUpdate(undefined, { id: "no-such-update", version: "1" })).toMatchObject({ status: "error", formError: "errors.notFound" });
    actAs(null);
    expect(await confirmProgressUpdate(undefined, { id: "no-such-update", version: "1" })).toMatchObject({ status: "error", formError: "errors.unauthenticated" });
  });
});

describe("the queue", () => {
  it("shows the first 50 waiting updates, oldest first, and says how many there are in all", async () => {
    const milestone = await jointMilestone();
    for (let index = 0; index < 51; index += 1) {
      const update = await testDb.progressUpdate.create({
        data: { milestoneId: milestone.id, reportedOn: new Date(Date.UTC(2025, 2, 1) + index * 86_400_000), percentComplete: index, status: "ON_TRACK", narrative: "Bulk." },
      });
      await testDb.progressConfirmation.create({ data: { progressUpdateId: update.id, milestoneId: milestone.id, reportedSide: "MALAYSIA" } });
    }
    const viewer = await createUser({ role: "OFFICER", organisationId: setup.china.id });
    actAs(viewer);
    const { awaiting } = await getConfirmationQueue();
    const mine = awaiting.rows.filter((row) => row.milestone.id === milestone.id);
    expect(awaiting.rows).toHaveLength(50);
    expect(awaiting.total).toBeGreaterThanOrEqual(51);
    expect(mine[0]?.progressUpdate.percentComplete).toBe(0);
  });

  it("is refused to managers and administrators", async () => {
    actAs(await createUser({ role: "MANAGER" }));
    await expect(getConfirmationQueue()).rejects.toThrow();
  });
});
