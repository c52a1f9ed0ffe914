import { describe, expect, it } from "vitest";
import { getMilestoneDetail, listMyMilestones } from "@/lib/data/milestones";
import { getEvidenceFile } from "@/lib/data/evidence";
import { dueState } from "@/lib/milestones/rules";
import { actAs } from "../helpers/request";
import { createUser, testDb } from "../helpers/factories";
import { createAgreementWithArea, createMilestone } from "../helpers/milestone-factories";
import { dayFromToday as iso, fixedInstants, fixClock } from "../helpers/clock";
import { today } from "@/lib/dates";

describe.each(fixedInstants)("my milestones at $label", ({ at }) => {
  fixClock(at);

  it("groups an officer's milestones by due state in the database, exactly as dueState does", async () => {
    const setup = await createAgreementWithArea();
    const base = { agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id };
    const overdue = await createMilestone({ ...base, startOn: iso(-200), targetOn: iso(-1), lastUpdateOn: iso(-5) });
    const dueSoon = await createMilestone({ ...base, startOn: iso(-200), targetOn: iso(30), lastUpdateOn: iso(-100) });
    const stale = await createMilestone({ ...base, startOn: iso(-200), targetOn: iso(31), lastUpdateOn: iso(-61) });
    const neverUpdated = await createMilestone({ ...base, startOn: iso(-61), targetOn: iso(90), lastUpdateOn: null });
    const onTrack = await createMilestone({ ...base, startOn: iso(-200), targetOn: iso(90), lastUpdateOn: iso(-60) });
    const newlyStarted = await createMilestone({ ...base, startOn: iso(-60), targetOn: iso(95), lastUpdateOn: null });
    const completed = await createMilestone({ ...base, targetOn: iso(-10) });
    await testDb.milestone.update({ where: { id: completed.id }, data: { status: "COMPLETED" } });
    // Not the officer's: another organisation's, unless they are responsible for it.
    const others = await createMilestone({ ...base, ownerOrganisationId: setup.china.id, ownerSide: "CHINA", targetOn: iso(-3) });
    const responsible = await createMilestone({ ...base, ownerOrganisationId: setup.china.id, ownerSide: "CHINA", responsibleUserId: setup.officerMy.id, targetOn: iso(-2) });

    actAs(setup.officerMy);
    const { groups, seesAll } = await listMyMilestones();
    expect(seesAll).toBe(false);
    const byState = Object.fromEntries(groups.map((group) => [group.state, group.rows.map((row) => row.id)]));
    expect(byState).toEqual({
      // Each group is ordered by target date, soonest first.
      overdue: [responsible.id, overdue.id],
      dueSoon: [dueSoon.id],
      stale: [stale.id, neverUpdated.id],
      onTrack: [onTrack.id, newlyStarted.id],
    });
    expect(groups.flatMap((group) => group.rows.map((row) => row.id))).not.toContain(others.id);
    for (const group of groups) {
      for (const row of group.rows) {
        const stored = await testDb.milestone.findUniqueOrThrow({ where: { id: row.id } });
        expect(dueState(stored, today())).toBe(group.state);
      }
    }
    expect(groups.find((group) => group.state === "overdue")?.rows.find((row) => row.id === responsible.id)?.canEdit).toBe(false);
  });

  it("shows managers every milestone, and reads refuse anonymous callers", async () => {
    const setup = await createAgreementWithArea();
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.china.id, ownerSide: "CHINA", targetOn: iso(-1) });
    actAs(await createUser({ role: "MANAGER" }));
    const { groups, seesAll } = await listMyMilestones();
    expect(seesAll).toBe(true);
    expect(groups.find((group) => group.state === "overdue")?.rows.map((row) => row.id)).toContain(milestone.id);
    actAs(null);
    await expect(listMyMilestones()).rejects.toThrow();
  });
});

describe("milestone page data", () => {
  it("returns updates in history order, the change history, and whether the reader may edit", async () => {
    const setup = await createAgreementWithArea();
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    const first = await testDb.progressUpdate.create({ data: { milestoneId: milestone.id, reportedOn: new Date("2025-03-01"), percentComplete: 10, status: "ON_TRACK", narrative: "a" } });
    await testDb.progressUpdate.create({ data: { milestoneId: milestone.id, reportedOn: new Date("2025-02-01"), percentComplete: 5, status: "ON_TRACK", narrative: "b" } });
    await testDb.auditEvent.create({ data: { action: "progressUpdate.create", entityType: "ProgressUpdate", entityId: first.id } });
    const file = await testDb.storedFile.create({ data: { fileName: "a.pdf", mimeType: "application/pdf", sizeBytes: 1, sha256: "x", storageKey: crypto.randomUUID() } });
    const evidence = await testDb.evidence.create({ data: { progressUpdateId: first.id, title: "a.pdf", fileId: file.id } });

    actAs(setup.officerMy);
    const detail = await getMilestoneDetail(milestone.id);
    expect(detail?.updates.map((update) => update.percentComplete)).toEqual([5, 10]);
    expect(detail?.history.rows.map((event) => event.action)).toEqual(["progressUpdate.create"]);
    expect(detail?.history.total).toBe(1);
    expect(detail?.canEdit).toBe(true);
    expect(await getEvidenceFile(evidence.id)).toMatchObject({ fileName: "a.pdf" });
    actAs(setup.officerCn);
    expect((await getMilestoneDetail(milestone.id))?.canEdit).toBe(false);
    expect(await getMilestoneDetail("missing")).toBeNull();
    actAs(null);
    await expect(getEvidenceFile(evidence.id)).rejects.toThrow();
  });
});

describe("downloads", () => {
  it("serves import templates to officers only", async () => {
    const { GET } = await import("@/app/api/milestones/import-template/[kind]/route");
    const setup = await createAgreementWithArea();
    const request = (kind: string, format = "csv") => GET(new Request(`http://test/api/milestones/import-template/${kind}?format=${format}`), { params: Promise.resolve({ kind }) });
    actAs(null);
    expect((await request("milestones")).status).toBe(401);
    actAs(await createUser({ role: "MANAGER" }));
    expect((await request("milestones")).status).toBe(404);
    actAs(setup.officerMy);
    expect((await request("elephants")).status).toBe(404);
    const csv = await request("milestones");
    expect(csv.status).toBe(200);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = bytes.subarray(3).toString("utf8");
    expect(text.split("\r\n")[0]).toBe("area_id,title_en,title_ms,title_zh,description_en,description_ms,description_zh,owner_organisation,owner_side,responsible_email,start_on,target_on,weight,indicator_unit,indicator_baseline,indicator_target");
    expect(text).toContain(setup.area.id);
    const xlsx = await request("progress", "xlsx");
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
  });

  it("sends evidence files only to signed-in readers", async () => {
    const { GET } = await import("@/app/api/evidence/[id]/route");
    const { withStoredUploads } = await import("@/lib/files/storage");
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    process.env.FILE_STORAGE_DIR = mkdtempSync(`${tmpdir()}/mou-evidence-read-`);
    const setup = await createAgreementWithArea();
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    const update = await testDb.progressUpdate.create({ data: { milestoneId: milestone.id, reportedOn: new Date("2025-03-01"), percentComplete: 10, status: "ON_TRACK", narrative: "a" } });
    const evidence = await withStoredUploads([{ fileName: "proof.pdf", mimeType: "application/pdf", bytes: Buffer.from("%PDF-1.4 proof") }], ([stored]) =>
      testDb.evidence.create({ data: { progressUpdate: { connect: { id: update.id } }, title: "proof.pdf", file: { create: stored } } }),
    );
    const request = (id: string) => GET(new Request(`http://test/api/evidence/${id}`), { params: Promise.resolve({ id }) });
    actAs(null);
    expect((await request(evidence.id)).status).toBe(401);
    actAs(setup.officerCn);
    const response = await request(evidence.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("attachment");
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe("%PDF-1.4 proof");
    expect((await request("missing")).status).toBe(404);
  });
});

describe("area weighted progress", () => {
  it("is computed in the database exactly as weightedProgress computes it", async () => {
    const { getAreaWeightedProgress } = await import("@/lib/data/milestones");
    const { weightedProgress } = await import("@/lib/milestones/rules");
    const setup = await createAgreementWithArea();
    const base = { agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id };
    actAs(setup.officerMy);
    expect(await getAreaWeightedProgress(setup.area.id)).toEqual({ percent: null, count: 0 });
    const specs = [
      { weight: 1, percentComplete: 10, status: "ON_TRACK" as const },
      { weight: 2, percentComplete: 20, status: "AT_RISK" as const },
      { weight: 5, percentComplete: 90, status: "CANCELLED" as const },
    ];
    for (const spec of specs) {
      const milestone = await createMilestone({ ...base, weight: spec.weight });
      await testDb.milestone.update({ where: { id: milestone.id }, data: { percentComplete: spec.percentComplete, status: spec.status, cancelledAt: spec.status === "CANCELLED" ? new Date() : null } });
    }
    expect(await getAreaWeightedProgress(setup.area.id)).toEqual({ percent: weightedProgress(specs), count: 2 });
    expect(weightedProgress(specs)).toBe(16.7);
  });
});
