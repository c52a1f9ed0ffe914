// A backup restored into a fresh database holds every record and the whole audit trail.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { closePgliteFor, createPrismaClient } from "@/lib/prisma-client";
import { resolveDatabaseTarget, type DatabaseTarget } from "@/lib/db-config";
import { seedDatabase } from "../../prisma/seed-data";
import { backupDatabase, restoreDatabase } from "../../scripts/lib/backup";
import { postgresUrlWithDatabase } from "../setup/database-names";
import { createUser, testDb } from "../helpers/factories";

const scratch = mkdtempSync(path.join(tmpdir(), "mou-backup-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function snapshot(client: ReturnType<typeof createPrismaClient>) {
  const [agreements, milestones, updates, actionItems, users, audit] = await Promise.all([
    client.agreement.findMany({ orderBy: { id: "asc" }, select: { id: true, titleEn: true, version: true, status: true } }),
    client.milestone.findMany({ orderBy: { id: "asc" }, select: { id: true, percentComplete: true, status: true } }),
    client.progressUpdate.count(),
    client.actionItem.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, dueOn: true } }),
    client.user.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, role: true } }),
    client.auditEvent.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { agreements, milestones, updates, actionItems, users, audit };
}

describe("backup and restore", () => {
  it("restores every record and the audit trail into a fresh database", async () => {
    await seedDatabase(testDb, { includeDemoUsers: true });
    const actor = await createUser({ role: "ADMIN" });
    await testDb.auditEvent.create({ data: { actorId: actor.id, action: "test.backup", entityType: "Test", entityId: "b-1", after: { note: "数字经济 ekonomi digital" } } });
    const before = await snapshot(testDb);
    expect(before.agreements.length).toBeGreaterThan(0);

    const source = resolveDatabaseTarget();
    const file = path.join(scratch, source.kind === "postgres" ? "backup.pgdump" : "backup.tar.gz");
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

    await restoreDatabase(fresh, file);
    const restored = createPrismaClient(fresh);
    try {
      expect(await snapshot(restored)).toEqual(before);
    } finally {
      await restored.$disconnect();
      await dropFresh();
    }
  });
});
