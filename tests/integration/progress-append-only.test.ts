// Progress updates and their evidence are append-only in the database itself (migration
// *_progress_append_only), whoever asks: the app, a script, or SQL typed by hand. Only the
// database's referential actions touch them, and only once what they hang on is gone.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser, testDb, unique } from "../helpers/factories";
import { createAgreementWithArea, createMilestone, day } from "../helpers/milestone-factories";

type Setup = Awaited<ReturnType<typeof createAgreementWithArea>>;
let setup: Setup;

beforeAll(async () => {
  setup = await createAgreementWithArea();
});

async function storedFile() {
  return testDb.storedFile.create({ data: { fileName: "report.pdf", mimeType: "application/pdf", sizeBytes: 9, sha256: "0".repeat(64), storageKey: unique("key") } });
}

/** A milestone with an update (with a file and a link as evidence) and a correction of it. */
async function milestoneWithHistory(authorId = setup.officerMy.id) {
  const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
  const file = await storedFile();
  const update = await testDb.progressUpdate.create({
    data: {
      milestoneId: milestone.id,
      reportedOn: day("2025-06-01"),
      percentComplete: 30,
      status: "ON_TRACK",
      narrative: "Draft circulated.",
      authorId,
      evidence: { create: [{ title: "Draft", fileId: file.id }, { title: "Press note", url: "https://www.digital.gov.my/" }] },
    },
    include: { evidence: { orderBy: { title: "asc" } } },
  });
  const correction = await testDb.progressUpdate.create({
    data: { milestoneId: milestone.id, reportedOn: day("2025-06-01"), percentComplete: 25, status: "ON_TRACK", narrative: "Corrected: 25%.", correctsUpdateId: update.id, authorId },
  });
  return { milestone, file, update, correction, evidence: update.evidence };
}

const appendOnly = /append-only/;

describe("progress updates", () => {
  it("refuse every change and removal, through Prisma or SQL", async () => {
    const { update } = await milestoneWithHistory();
    await expect(testDb.progressUpdate.update({ where: { id: update.id }, data: { percentComplete: 90 } })).rejects.toThrow(appendOnly);
    await expect(testDb.progressUpdate.updateMany({ where: { id: update.id }, data: { narrative: "Rewritten." } })).rejects.toThrow(appendOnly);
    await expect(testDb.progressUpdate.delete({ where: { id: update.id } })).rejects.toThrow(appendOnly);
    await expect(testDb.$executeRawUnsafe(`UPDATE "ProgressUpdate" SET "reportedOn" = '2025-01-01' WHERE id = $1`, update.id)).rejects.toThrow(appendOnly);
    await expect(testDb.$executeRawUnsafe(`DELETE FROM "ProgressUpdate" WHERE id = $1`, update.id)).rejects.toThrow(appendOnly);
    await expect(testDb.$executeRawUnsafe(`TRUNCATE "ProgressUpdate" CASCADE`)).rejects.toThrow(appendOnly);
    const after = await testDb.progressUpdate.findUniqueOrThrow({ where: { id: update.id } });
    expect(after).toMatchObject({ percentComplete: 30, narrative: "Draft circulated.", reportedOn: day("2025-06-01") });
  });

  it("refuse emptying a link whose target still exists, even alone", async () => {
    const { update, correction } = await milestoneWithHistory();
    await expect(testDb.progressUpdate.update({ where: { id: update.id }, data: { authorId: null } })).rejects.toThrow(appendOnly);
    await expect(testDb.progressUpdate.update({ where: { id: correction.id }, data: { correctsUpdateId: null } })).rejects.toThrow(appendOnly);
    // …or pointing it somewhere else.
    const other = await createUser({ role: "OFFICER", organisationId: setup.malaysia.id });
    await expect(testDb.progressUpdate.update({ where: { id: update.id }, data: { authorId: other.id } })).rejects.toThrow(appendOnly);
  });

  it("lose only their author's link when the author's account is deleted", async () => {
    const author = await createUser({ role: "OFFICER", organisationId: setup.malaysia.id });
    const { update } = await milestoneWithHistory(author.id);
    const before = await testDb.progressUpdate.findUniqueOrThrow({ where: { id: update.id } });
    await testDb.user.delete({ where: { id: author.id } });
    expect(await testDb.progressUpdate.findUniqueOrThrow({ where: { id: update.id } })).toEqual({ ...before, authorId: null });
  });
});

describe("evidence", () => {
  it("refuses every change and removal, through Prisma or SQL", async () => {
    const { evidence } = await milestoneWithHistory();
    const [draft] = evidence;
    if (!draft) throw new Error("no evidence");
    await expect(testDb.evidence.update({ where: { id: draft.id }, data: { title: "Final" } })).rejects.toThrow(appendOnly);
    await expect(testDb.evidence.update({ where: { id: draft.id }, data: { fileId: null } })).rejects.toThrow(appendOnly);
    await expect(testDb.evidence.delete({ where: { id: draft.id } })).rejects.toThrow(appendOnly);
    await expect(testDb.$executeRawUnsafe(`DELETE FROM "Evidence" WHERE id = $1`, draft.id)).rejects.toThrow(appendOnly);
    await expect(testDb.$executeRawUnsafe(`TRUNCATE "Evidence"`)).rejects.toThrow(appendOnly);
    expect(await testDb.evidence.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(draft);
  });

  it("loses only its file link when the stored file is deleted", async () => {
    const { evidence, file } = await milestoneWithHistory();
    const draft = evidence.find((item) => item.fileId === file.id);
    if (!draft) throw new Error("no file evidence");
    await testDb.storedFile.delete({ where: { id: file.id } });
    expect(await testDb.evidence.findUniqueOrThrow({ where: { id: draft.id } })).toEqual({ ...draft, fileId: null });
  });
});

describe("deleting what the history hangs on", () => {
  it("takes a milestone's updates, corrections and evidence with it", async () => {
    const { milestone, update, correction } = await milestoneWithHistory();
    await testDb.milestone.delete({ where: { id: milestone.id } });
    expect(await testDb.progressUpdate.count({ where: { id: { in: [update.id, correction.id] } } })).toBe(0);
    expect(await testDb.evidence.count({ where: { progressUpdateId: update.id } })).toBe(0);
  });

  it("takes an agreement's milestones and their history with it", async () => {
    const other = await createAgreementWithArea();
    const milestone = await createMilestone({ agreementId: other.agreement.id, areaId: other.area.id, ownerOrganisationId: other.malaysia.id });
    const update = await testDb.progressUpdate.create({
      data: { milestoneId: milestone.id, reportedOn: day("2025-07-01"), percentComplete: 10, status: "ON_TRACK", narrative: "Started.", evidence: { create: [{ title: "Link", url: "https://example.org/" }] } },
    });
    await testDb.agreement.delete({ where: { id: other.agreement.id } });
    expect(await testDb.progressUpdate.count({ where: { id: update.id } })).toBe(0);
    expect(await testDb.evidence.count({ where: { progressUpdateId: update.id } })).toBe(0);
  });
});
