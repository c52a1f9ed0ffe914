// Before a test file imports anything that touches the database: give it its own copy of the
// migrated template, so each file starts from an empty schema and creates the data it needs.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll } from "vitest";
import { databaseNameOf, pgliteTemplateDir, postgresUrlWithDatabase } from "./database-names";

const baseUrl = process.env.TEST_BASE_DATABASE_URL ?? process.env.DATABASE_URL;
// A worker process may run several files: never reuse a client opened on another file's database.
delete (globalThis as { mouTrackerDb?: unknown }).mouTrackerDb;

if (!baseUrl) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "mou-test-"));
  cpSync(pgliteTemplateDir, dataDir, { recursive: true });
  process.env.PGLITE_DATA_DIR = dataDir;
  afterAll(async () => {
    // Closed through the one module, which also gives up the directory's lock.
    const { closeEmbedded } = await import("@/lib/embedded-db/access");
    await closeEmbedded(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  });
} else {
  process.env.TEST_BASE_DATABASE_URL = baseUrl;
  const baseName = databaseNameOf(baseUrl);
  const fileDatabase = `${baseName}_t${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  // PostgreSQL copies a template for one CREATE DATABASE at a time: take turns across workers.
  await admin.query("SELECT pg_advisory_lock(727001)");
  try {
    await admin.query(`CREATE DATABASE "${fileDatabase}" TEMPLATE "${baseName}_template"`);
  } finally {
    await admin.query("SELECT pg_advisory_unlock(727001)");
    await admin.end();
  }
  process.env.DATABASE_URL = postgresUrlWithDatabase(baseUrl, fileDatabase);
  afterAll(async () => {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    const cleanup = new pg.Client({ connectionString: baseUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${fileDatabase}" WITH (FORCE)`);
    await cleanup.end();
  });
}
