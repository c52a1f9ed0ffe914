// A backup restored into a fresh database holds exactly what was backed up: every table (found in
// information_schema, not listed here), every column of every row, the triggers that guard and
// summarise them, and every stored file's bytes, put back into an empty file store.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { closePgliteFor, createPrismaClient } from "@/lib/prisma-client";
import { resolveDatabaseTarget, type DatabaseTarget } from "@/lib/db-config";
import { checkUpload, readStoredFile, withStoredUploads } from "@/lib/files/storage";
import { seedDatabase } from "../../prisma/seed-data";
import { backupDatabase, restoreDatabase } from "../../scripts/lib/backup";
import { postgresUrlWithDatabase } from "../setup/database-names";
import { createUser, testDb } from "../helpers/factories";
import { databaseContents, listColumns, listTables, listTriggers } from "../helpers/database-contents";

const scratch = mkdtempSync(path.join(tmpdir(), "mou-backup-"));
process.env.FILE_STORAGE_DIR = path.join(scratch, "files");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Client = ReturnType<typeof createPrismaClient>;

async function everything(client: Client) {
  return { tables: await listTables(client), columns: await listColumns(client), triggers: await listTriggers(client), rows: await databaseContents(client) };
}

/** Each stored-file record against the bytes the file store holds for it. */
async function storedFilesOf(client: Client) {
  const records = await client.storedFile.findMany({ orderBy: { id: "asc" }, select: { id: true, storageKey: true, sizeBytes: true, sha256: true } });
  return Promise.all(
    records.map(async (record) => {
      const bytes = await readStoredFile(record);
      return { ...record, bytesHeld: bytes.length, sha256Held: createHash("sha256").update(bytes).digest("hex") };
    }),
  );
}

/** Every file under the file store, by its path there, with its SHA-256. */
function fileStoreContents(directory: string): Record<string, string> {
  if (!existsSync(directory)) return {};
  const files = readdirSync(directory, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return [path.relative(directory, full), createHash("sha256").update(readFileSync(full)).digest("hex")];
    }),
  );
}

/** Evidence with an uploaded file, stored the way the app stores uploads, on a seeded milestone. */
async function addEvidenceFile(authorId: string) {
  const milestone = await testDb.milestone.findFirstOrThrow({ orderBy: { id: "asc" } });
  const upload = await checkUpload(new File([Buffer.from("%PDF-1.4\n% backup evidence 数字经济\n")], "evidence.pdf", { type: "application/pdf" }), { kinds: ["pdf"], maxBytes: 1_000_000 }, "file", authorId);
  await withStoredUploads([upload], async ([stored]) => {
    if (!stored) throw new Error("nothing stored");
    const file = await testDb.storedFile.create({ data: { ...stored, uploadedById: authorId } });
    await testDb.progressUpdate.create({
      data: { milestoneId: milestone.id, reportedOn: new Date("2025-09-01T00:00:00Z"), percentComplete: 40, status: "ON_TRACK", narrative: "With evidence", authorId, evidence: { create: [{ title: "Report", fileId: file.id }] } },
    });
  });
}

describe("backup and restore", () => {
  // Seeding, dumping, restoring and reading every row of two databases: ~30 s alone, more on a busy machine.
  it("restores every table, column, row, trigger and stored file into a fresh database", { timeout: 180_000 }, async () => {
    await seedDatabase(testDb, { includeDemoUsers: true });
    const actor = await createUser({ role: "ADMIN" });
    await testDb.auditEvent.create({ data: { actorId: actor.id, action: "test.backup", entityType: "Test", entityId: "b-1", after: { note: "数字经济 ekonomi digital" } } });
    await addEvidenceFile(actor.id);
    const before = await everything(testDb);
    const filesBefore = await storedFilesOf(testDb);
    // The comparison is only as good as what it compares: the seed fills the tables that matter.
    for (const table of ["Agreement", "Milestone", "ProgressUpdate", "Evidence", "StoredFile", "ActionItem", "User", "AuditEvent", "ProgressTrendMonth", "_prisma_migrations"]) {
      expect(before.rows[table]?.length ?? 0, `${table} has rows to compare`).toBeGreaterThan(0);
    }
    expect(before.tables.length).toBeGreaterThanOrEqual(28);
    expect(before.triggers).toContainEqual(expect.stringMatching(/^ProgressUpdate\.ProgressUpdate_append_only /));
    expect(filesBefore.length).toBeGreaterThan(0);
    for (const file of filesBefore) expect(file).toMatchObject({ bytesHeld: file.sizeBytes, sha256Held: file.sha256 });

    const storeBefore = fileStoreContents(process.env.FILE_STORAGE_DIR ?? "");
    expect(Object.keys(storeBefore).length).toBe(filesBefore.length);

    const source = resolveDatabaseTarget();
    const file = path.join(scratch, "backup");
    let fresh: DatabaseTarget;
    let dropFresh = async () => {};

    if (source.kind === "postgres") {
      await testDb.$disconnect();
      await backupDatabase(source, file);
      const freshName = `mou_restore_${process.pid}_${Date.now().toString(36)}`;
      const admin = new pg.Client({ connectionString: source.connectionString });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${freshName}"`);
      await admin.end();
      fresh = { kind: "postgres", connectionString: postgresUrlWithDatabase(source.connectionString, freshName) };
      dropFresh = async () => {
        const cleanup = new pg.Client({ connectionString: source.connectionString });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${freshName}" WITH (FORCE)`);
        await cleanup.end();
      };
    } else {
      // A PGlite data directory is open in one place only: close this process's handle first,
      // as the README asks of the app before `npm run backup`.
      await testDb.$disconnect();
      await closePgliteFor(source.dataDir);
      await backupDatabase(source, file);
      fresh = { kind: "pglite", dataDir: path.join(scratch, "restored") };
    }

    // The restore starts from an empty file store: the files must come from the backup.
    process.env.FILE_STORAGE_DIR = path.join(scratch, "files-restored");
    const outcome = await restoreDatabase(fresh, file);
    expect(outcome).toMatchObject({ files: filesBefore.length, migrated: [] });
    expect(fileStoreContents(process.env.FILE_STORAGE_DIR)).toEqual(storeBefore);
    const restored = createPrismaClient(fresh);
    try {
      const after = await everything(restored);
      expect(after.tables).toEqual(before.tables);
      expect(after.columns).toEqual(before.columns);
      expect(after.triggers).toEqual(before.triggers);
      for (const table of before.tables) expect(after.rows[table], `rows of ${table}`).toEqual(before.rows[table]);
      // Every stored-file record restored finds its bytes, unchanged, in the restored file store.
      expect(await storedFilesOf(restored)).toEqual(filesBefore);
    } finally {
      await restored.$disconnect();
      await dropFresh();
    }
  });
});
