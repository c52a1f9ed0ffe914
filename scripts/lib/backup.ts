// Backups of either database, restorable into a fresh one.
//   PGlite: a gzipped tarball of the data directory (PGlite's own dumpDataDir). Stop the app
//           first: one data directory must only ever be open in one process.
//   PostgreSQL: pg_dump's custom format, restored with pg_restore (--clean) — needs the client
//           tools of the server's major version on PATH.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { DatabaseTarget } from "../../lib/db-config";

function runTool(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
  if (result.error) throw new Error(`${command} could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.trim()}`);
}

export async function backupDatabase(target: DatabaseTarget, file: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  if (target.kind === "postgres") {
    runTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${target.connectionString}`]);
    return;
  }
  if (!existsSync(target.dataDir)) throw new Error(`No PGlite database at ${target.dataDir}`);
  const pglite = await PGlite.create(target.dataDir);
  try {
    const dump = await pglite.dumpDataDir("gzip");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await pglite.close();
  }
}

/** Restores over the target. A PGlite directory that exists is kept aside, never deleted. */
export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<{ keptAside?: string }> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}`);
  if (target.kind === "postgres") {
    runTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", `--dbname=${target.connectionString}`, file]);
    return {};
  }
  let keptAside: string | undefined;
  if (existsSync(target.dataDir)) {
    keptAside = `${target.dataDir}.before-restore-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}`;
    renameSync(target.dataDir, keptAside);
  }
  mkdirSync(path.dirname(target.dataDir), { recursive: true });
  const pglite = await PGlite.create(target.dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
  await pglite.query("SELECT 1");
  await pglite.close();
  return { keptAside };
}
