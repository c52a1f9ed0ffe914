// A failure after the change is written but before the transaction commits leaves neither the
// change nor its audit event: they commit together or not at all.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterAll, describe, expect, it, vi } from "vitest";
import { actAs } from "../helpers/request";
import { createOrganisation, createUser, testDb, unique } from "../helpers/factories";
import { createAgreementWithArea, createMilestone } from "../helpers/milestone-factories";

const injection = vi.hoisted(() => ({ failAfterAudit: false }));

/** Scratch file storage for one test, removed after the file's tests. */
const scratchDirs: string[] = [];
function scratchStorage(prefix: string): string {
  const directory = mkdtempSync(`${tmpdir()}/${prefix}`);
  scratchDirs.push(directory);
  process.env.FILE_STORAGE_DIR = directory;
  return directory;
}
afterAll(() => scratchDirs.forEach((directory) => rmSync(directory, { recursive: true, force: true })));

vi.mock("@/lib/audit", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/audit")>();
  return {
    ...original,
    recordAudit: async (...args: Parameters<typeof original.recordAudit>) => {
      await original.recordAudit(...args);
      if (injection.failAfterAudit) throw new Error("injected failure after the audit write");
    },
  };
});

describe("a failure injected inside the transaction", () => {
  it("leaves neither the new user nor an audit event", async () => {
    const { createUser: createUserAction } = await import("@/lib/actions/users");
    const admin = await createUser({ role: "ADMIN" });
    const organisation = await createOrganisation();
    actAs(admin);
    const email = `${unique("atomic")}@test.example`;
    injection.failAfterAudit = true;
    const result = await createUserAction(undefined, { name: "Atomic", email, role: "OFFICER", organisationId: organisation.id, password: "a-long-password-1" });
    injection.failAfterAudit = false;
    expect(result).toMatchObject({ status: "error", formError: "errors.unexpected" });
    expect(await testDb.user.count({ where: { email } })).toBe(0);
    expect(await testDb.auditEvent.count({ where: { action: "user.create", actorId: admin.id } })).toBe(0);
  });

  it("leaves an edit unapplied and the version unchanged", async () => {
    const { updateUser } = await import("@/lib/actions/users");
    const admin = await createUser({ role: "ADMIN" });
    const target = await createUser({ role: "MANAGER" });
    actAs(admin);
    injection.failAfterAudit = true;
    const result = await updateUser(undefined, { id: target.id, version: "1", name: "Never saved", role: "MANAGER", organisationId: "", isActive: "true" });
    injection.failAfterAudit = false;
    expect(result).toMatchObject({ status: "error", formError: "errors.unexpected" });
    expect(await testDb.user.findUniqueOrThrow({ where: { id: target.id }, select: { name: true, version: true } })).toEqual({ name: target.name, version: 1 });
    expect(await testDb.auditEvent.count({ where: { entityId: target.id } })).toBe(0);
  });

  it("leaves no uploaded file behind when the transaction that references it fails", async () => {
    const { logProgress } = await import("@/lib/actions/progress");
    const storage = scratchStorage("mou-atomic-files-");
    const setup = await createAgreementWithArea();
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    actAs(setup.officerMy);
    const evidence = new File(["%PDF-1.4\n% attendance\n"], "attendance.pdf", { type: "application/pdf" });
    const input = { milestoneId: milestone.id, reportedOn: "2025-06-01", percentComplete: "40", status: "ON_TRACK", narrative: "Workshop held.", evidenceFiles: evidence };

    injection.failAfterAudit = true;
    const result = await logProgress(undefined, input);
    injection.failAfterAudit = false;
    expect(result).toMatchObject({ status: "error", formError: "errors.unexpected" });
    expect(await testDb.progressUpdate.count({ where: { milestoneId: milestone.id } })).toBe(0);
    expect(readdirSync(storage, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())).toEqual([]);

    // The same upload succeeds once nothing fails, and its bytes are kept.
    expect(await logProgress(undefined, input)).toMatchObject({ status: "success" });
    expect(readdirSync(storage, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())).toHaveLength(1);
  });

  it("keeps the file of a row that was committed even when the answer was lost", async () => {
    const { withStoredUploads } = await import("@/lib/files/storage");
    const storage = scratchStorage("mou-lost-answer-files-");
    const upload = { fileName: "minutes.pdf", mimeType: "application/pdf", bytes: Buffer.from("%PDF-1.4\n% minutes\n") };
    const lostAnswer = withStoredUploads([upload], async ([stored]) => {
      if (!stored) throw new Error("the upload was not stored");
      await testDb.storedFile.create({ data: stored });
      throw new Error("connection lost after the commit");
    });
    await expect(lostAnswer).rejects.toThrow("connection lost after the commit");
    const files = readdirSync(storage, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files).toHaveLength(1);
    expect(await testDb.storedFile.count({ where: { storageKey: files[0]?.name } })).toBe(1);
  });
});
