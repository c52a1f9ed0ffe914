// A backup taken at the first migration restores over a current database: the restore brings back
// the old database, then applies every later migration, and the old records are there on the
// current schema. Both forms of backup: the folder of today, and the lone database file that
// backups were before they held the stored files.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { closeEmbedded, openOwnedPglite } from "@/lib/embedded-db/access";
import { closePgliteFor, createPrismaClient } from "@/lib/prisma-client";
import { resolveDatabaseTarget, type DatabaseTarget } from "@/lib/db-config";
import { backupDatabase, restoreDatabase } from "../../scripts/lib/backup";
import { databaseFileNames } from "../../scripts/lib/backup-folder";
import { adapterFactoryFor, applyMigrations, readMigrationList } from "../../scripts/lib/migrations";
import { postgresUrlWithDatabase } from "../setup/database-names";
import { createUser, testDb } from "../helpers/factories";

const scratch = mkdtempSync(path.join(tmpdir(), "mou-older-backup-"));
process.env.FILE_STORAGE_DIR = path.join(scratch, "files");
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

const allMigrations = readMigrationList().migrationDirectories.map((directory) => directory.path);
const firstMigration = allMigrations[0] ?? "";

/** A row written with the first migration's columns only (the current client knows later ones). */
const oldOrganisation = `INSERT INTO "Organisation" ("id", "nameEn", "nameZh", "country", "side", "updatedAt") VALUES ('older_backup_org', 'Ministry of the First Migration', '首次迁移部', 'MY', 'MALAYSIA', '2026-11-24T20:41:27Z')`;

/** A database at the first migration holding one old record; returns where it is. */
async function databaseAtFirstMigration(current: DatabaseTarget): Promise<DatabaseTarget> {
  if (current.kind === "pglite") {
    const dataDir = path.join(scratch, "first-migration");
    const pglite = await openOwnedPglite(dataDir);
    try {
      expect(await applyMigrations(adapterFactoryFor({ pglite }), { through: firstMigration })).toEqual([firstMigration]);
      await pglite.query(oldOrganisation);
    } finally {
      await closeEmbedded(dataDir);
    }
    return { kind: "pglite", dataDir };
  }
  const name = `mou_first_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(current.connectionString, `CREATE DATABASE "${name}"`);
  cleanups.push(() => adminQuery(current.connectionString, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const connectionString = postgresUrlWithDatabase(current.connectionString, name);
  expect(await applyMigrations(adapterFactoryFor({ connectionString }), { through: firstMigration })).toEqual([firstMigration]);
  await adminQuery(connectionString, oldOrganisation);
  return { kind: "postgres", connectionString };
}

async function adminQuery(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("restoring a backup taken before later migrations", () => {
  // Two restores, each followed by every migration since the first: about a minute on a busy machine.
  it("restores a first-migration backup (folder and lone database file) over a current database and migrates it forward", { timeout: 300_000 }, async () => {
    expect(allMigrations.length).toBeGreaterThan(1);
    const current = resolveDatabaseTarget();
    const older = await databaseAtFirstMigration(current);
    const folder = path.join(scratch, "first-migration-backup");
    await backupDatabase(older, folder);
    const backups = { folder, "lone database file": path.join(folder, databaseFileNames[current.kind]) };

    for (const [form, backup] of Object.entries(backups)) {
      // The current database: every migration, and a record the old backup knows nothing of.
      const newer = await createUser({ role: "OFFICER" });
      await testDb.$disconnect();
      if (current.kind === "pglite") await closePgliteFor(current.dataDir);

      const outcome = await restoreDatabase(current, backup);
      expect(outcome.migrated, form).toEqual(allMigrations.slice(1));
      if (outcome.keptAside) cleanups.push(async () => rmSync(outcome.keptAside ?? "", { recursive: true, force: true }));
      expect(outcome.files, form).toBe(form === "folder" ? 0 : undefined);

      const restored = createPrismaClient(current);
      try {
        const history = await restored.$queryRawUnsafe<{ migration_name: string; finished: boolean }[]>(
          `SELECT migration_name, finished_at IS NOT NULL AND rolled_back_at IS NULL AS finished FROM _prisma_migrations ORDER BY migration_name`,
        );
        expect(history, form).toEqual(allMigrations.map((name) => ({ migration_name: name, finished: true })));
        // The old record, read by the current client through the latest schema.
        expect(await restored.organisation.findUnique({ where: { id: "older_backup_org" } }), form).toMatchObject({ nameEn: "Ministry of the First Migration", nameZh: "首次迁移部", side: "MALAYSIA", version: 1 });
        expect(await restored.user.findUnique({ where: { id: newer.id } }), `${form}: the restore replaced the current data`).toBeNull();
        // The current schema works for writes too: the restored database takes a record of today.
        await restored.user.create({ data: { email: `after-restore-${form.length}@example.test`, name: "After restore", role: "OFFICER", passwordHash: "x" } });
      } finally {
        await restored.$disconnect();
        if (current.kind === "pglite") await closePgliteFor(current.dataDir);
      }
    }
  });
});
