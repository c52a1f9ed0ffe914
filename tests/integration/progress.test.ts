import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { logProgress } from "@/lib/actions/progress";
import { actAs } from "../helpers/request";
import { createUser, testDb } from "../helpers/factories";
import { createAgreementWithArea, createMilestone, day } from "../helpers/milestone-factories";
import { dayFromToday, fixedInstants, setClock } from "../helpers/clock";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "mou-evidence-"));

let setup: Awaited<ReturnType<typeof createAgreementWithArea>>;
const pdf = (name = "report.pdf") => new File([Buffer.from("%PDF-1.4\n% evidence\n")], name, { type: "application/pdf" });

beforeAll(async () => {
  setup = await createAgreementWithArea();
});

async function newMilestone(options: Partial<Parameters<typeof createMilestone>[0]> = {}) {
  return createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id, startOn: "2025-01-01", ...options });
}

function update(milestoneId: string, overrides: Record<string, unknown> = {}) {
  return { milestoneId, reportedOn: "2025-03-01", percentComplete: "30", status: "ON_TRACK", narrative: "Work is moving.", ...overrides };
}

describe("logging progress", () => {
  it("appends the update with its audit event and moves the milestone's current state", async () => {
    const milestone = await newMilestone();
    actAs(setup.officerMy);
    // An evidence input left empty still sends one empty file: it is ignored, not refused.
    const emptyInput = new File([], "blob", { type: "application/octet-stream" });
    const result = await logProgress(undefined, update(milestone.id, { evidenceLinks: "https://example.org/minutes\n\n", evidenceFiles: emptyInput }));
    expect(result).toMatchObject({ status: "success", data: { percentComplete: 30 } });
    const saved = await testDb.milestone.findUniqueOrThrow({ where: { id: milestone.id } });
    expect(saved).toMatchObject({ status: "ON_TRACK", percentComplete: 30, lastUpdateOn: day("2025-03-01"), completedOn: null, version: 1 });
    const updates = await testDb.progressUpdate.findMany({ where: { milestoneId: milestone.id }, include: { evidence: true } });
    expect(updates).toHaveLength(1);
    expect(updates[0]?.evidence.map((item) => item.url)).toEqual(["https://example.org/minutes"]);
    expect(await testDb.auditEvent.count({ where: { entityType: "ProgressUpdate", entityId: updates[0]?.id, actorId: setup.officerMy.id } })).toBe(1);
  });

  it("keeps the current state at the latest by date when an older report is entered later", async () => {
    const milestone = await newMilestone();
    actAs(setup.officerMy);
    await logProgress(undefined, update(milestone.id, { reportedOn: "2025-05-01", percentComplete: "60" }));
    expect(await logProgress(undefined, update(milestone.id, { reportedOn: "2025-04-01", percentComplete: "50" }))).toMatchObject({ status: "success" });
    expect(await testDb.milestone.findUniqueOrThrow({ where: { id: milestone.id } })).toMatchObject({ percentComplete: 60, lastUpdateOn: day("2025-05-01") });
  });

  it("keeps both of two concurrent updates, and the state is the latest of them", async () => {
    const milestone = await newMilestone();
    const other = await createUser({ role: "OFFICER", organisationId: setup.malaysia.id });
    actAs(setup.officerMy);
    const first = logProgress(undefined, update(milestone.id, { reportedOn: "2025-06-02", percentComplete: "40", narrative: "first" }));
    actAs(other);
    const second = logProgress(undefined, update(milestone.id, { reportedOn: "2025-06-01", percentComplete: "35", narrative: "second" }));
    const results = await Promise.all([first, second]);
    expect(results.map((result) => result.status)).toEqual(["success", "success"]);
    expect(await testDb.progressUpdate.count({ where: { milestoneId: milestone.id } })).toBe(2);
    expect(await testDb.milestone.findUniqueOrThrow({ where: { id: milestone.id } })).toMatchObject({ percentComplete: 40, lastUpdateOn: day("2025-06-02") });
  });

  it("derives percent from the indicator's actual value", async () => {
    const milestone = await newMilestone({ indicator: { baseline: 0, target: 40 } });
    actAs(setup.officerMy);
    expect(await logProgress(undefined, update(milestone.id, { percentComplete: "", indicatorActual: "10" }))).toMatchObject({ status: "success", data: { percentComplete: 25 } });
    const plain = await newMilestone();
    expect(await logProgress(undefined, update(plain.id, { percentComplete: "", indicatorActual: "10" }))).toMatchObject({ fieldErrors: { indicatorActual: ["progress.errors.noIndicator"] } });
  });

  it("asks to confirm going backwards without a reason, and accepts AT_RISK, a correction or the confirmation", async () => {
    const milestone = await newMilestone();
    actAs(setup.officerMy);
    const first = await logProgress(undefined, update(milestone.id, { percentComplete: "50", reportedOn: "2025-03-01" }));
    const backwards = await logProgress(undefined, update(milestone.id, { percentComplete: "40", reportedOn: "2025-03-02" }));
    expect(backwards).toMatchObject({ status: "error", fieldErrors: { confirmBackwards: ["progress.errors.backwards"] } });
    expect(await testDb.progressUpdate.count({ where: { milestoneId: milestone.id } })).toBe(1);
    expect(await logProgress(undefined, update(milestone.id, { percentComplete: "40", reportedOn: "2025-03-02", confirmBackwards: "on" }))).toMatchObject({ status: "success" });
    expect(await logProgress(undefined, update(milestone.id, { percentComplete: "30", reportedOn: "2025-03-03", status: "AT_RISK" }))).toMatchObject({ status: "success" });
    const correctedId = first.status === "success" ? first.data.id : "";
    expect(await logProgress(undefined, update(milestone.id, { percentComplete: "20", reportedOn: "2025-03-04", correctsUpdateId: correctedId }))).toMatchObject({ status: "success" });
    const correction = await testDb.progressUpdate.findFirstOrThrow({ where: { milestoneId: milestone.id, correctsUpdateId: correctedId } });
    expect(correction.percentComplete).toBe(20);
    expect(await testDb.progressUpdate.count({ where: { id: correctedId } })).toBe(1);
  });

  it("refuses correcting an update of another milestone", async () => {
    const a = await newMilestone();
    const b = await newMilestone();
    actAs(setup.officerMy);
    const first = await logProgress(undefined, update(a.id));
    const id = first.status === "success" ? first.data.id : "";
    expect(await logProgress(undefined, update(b.id, { correctsUpdateId: id }))).toMatchObject({ fieldErrors: { correctsUpdateId: ["progress.errors.unknownCorrected"] } });
  });

  it("requires evidence to mark completed, and stores attached files", async () => {
    const milestone = await newMilestone();
    actAs(setup.officerMy);
    expect(await logProgress(undefined, update(milestone.id, { percentComplete: "100", status: "COMPLETED" }))).toMatchObject({ fieldErrors: { evidenceFiles: ["progress.errors.completedNeedsEvidence"] } });
    const done = await logProgress(undefined, update(milestone.id, { percentComplete: "100", status: "COMPLETED", evidenceFiles: pdf("final report.pdf") }));
    expect(done).toMatchObject({ status: "success" });
    const saved = await testDb.milestone.findUniqueOrThrow({ where: { id: milestone.id } });
    expect(saved).toMatchObject({ status: "COMPLETED", completedOn: day("2025-03-01") });
    const evidence = await testDb.evidence.findFirstOrThrow({ where: { progressUpdate: { milestoneId: milestone.id } }, include: { file: true } });
    expect(evidence.file).toMatchObject({ fileName: "final report.pdf", mimeType: "application/pdf", uploadedById: setup.officerMy.id });
  });

  it("refuses a bad file (wrong type or lying content) and writes nothing", async () => {
    const milestone = await newMilestone();
    actAs(setup.officerMy);
    const exe = new File([Buffer.from("MZ...")], "tool.exe", { type: "application/octet-stream" });
    expect(await logProgress(undefined, update(milestone.id, { evidenceFiles: exe }))).toMatchObject({ fieldErrors: { evidenceFiles: ["errors.fileTypeNotAllowed"] } });
    const fake = new File([Buffer.from("not a pdf")], "fake.pdf", { type: "application/pdf" });
    expect(await logProgress(undefined, update(milestone.id, { evidenceFiles: [pdf(), fake] }))).toMatchObject({ fieldErrors: { evidenceFiles: ["errors.fileContentMismatch"] } });
    expect(await testDb.progressUpdate.count({ where: { milestoneId: milestone.id } })).toBe(0);
  });

  it.each(fixedInstants)("refuses dates in the future (at $label: tomorrow in Kuala Lumpur) or before the start, and percentages outside 0–100", async ({ at }) => {
    setClock(at);
    try {
      const milestone = await newMilestone({ startOn: "2025-02-01" });
      actAs(setup.officerMy);
      expect(await logProgress(undefined, update(milestone.id, { reportedOn: dayFromToday(1) }))).toMatchObject({ fieldErrors: { reportedOn: ["progress.errors.reportedInFuture"] } });
      expect(await logProgress(undefined, update(milestone.id, { reportedOn: "2025-01-15" }))).toMatchObject({ fieldErrors: { reportedOn: ["progress.errors.reportedBeforeStart"] } });
      expect(await logProgress(undefined, update(milestone.id, { percentComplete: "101" }))).toMatchObject({ fieldErrors: { percentComplete: ["errors.tooBig|max=100"] } });
      // Today in Kuala Lumpur is accepted even where UTC is still on yesterday (00:30 KL).
      expect(await logProgress(undefined, update(milestone.id, { reportedOn: dayFromToday(0) }))).toMatchObject({ status: "success" });
    } finally {
      vi.useRealTimers();
    }
  });

  it("refuses the other organisation's officer, managers and anonymous callers", async () => {
    const milestone = await newMilestone();
    actAs(setup.officerCn);
    expect(await logProgress(undefined, update(milestone.id))).toMatchObject({ formError: "errors.notFound" });
    actAs(await createUser({ role: "MANAGER" }));
    expect(await logProgress(undefined, update(milestone.id))).toMatchObject({ formError: "errors.notFound" });
    actAs(null);
    expect(await logProgress(undefined, update(milestone.id))).toEqual({ status: "error", formError: "errors.unauthenticated" });
    expect(await logProgress(undefined, { ...update(milestone.id), extra: "x" })).toMatchObject({ status: "error" });
    expect(await testDb.progressUpdate.count({ where: { milestoneId: milestone.id } })).toBe(0);
  });

  it("lets the other party's officer report on a joint milestone, but not on a cancelled one", async () => {
    const joint = await newMilestone({ ownerSide: "JOINT" });
    actAs(setup.officerCn);
    expect(await logProgress(undefined, update(joint.id))).toMatchObject({ status: "success" });
    await testDb.milestone.update({ where: { id: joint.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    expect(await logProgress(undefined, update(joint.id, { reportedOn: "2025-03-05" }))).toMatchObject({ formError: "milestones.errors.cancelled" });
  });
});
