// Backups of either database, restorable into a fresh one.
//   PGlite: a gzipped tarball of the data directory (PGlite's own dumpDataDir), taken by the
//           directory's one owner: the running app when it serves it, else this process.
//   PostgreSQL: pg_dump's custom format, restored with pg_restore (--clean) — needs the client
//           tools of the server's major version on PATH.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "../../lib/db-config";
import { dumpEmbedded, restoreEmbedded } from "../../lib/embedded-db/access";

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
  writeFileSync(file, await dumpEmbedded(target.dataDir));
}

/** Restores over the target. A PGlite directory that exists is kept aside, never deleted. */
export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<{ keptAside?: string }> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}`);
  if (target.kind === "postgres") {
    runTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", `--dbname=${target.connectionString}`, file]);
    return {};
  }
  return restoreEmbedded(target.dataDir, readFileSync(file));
}
