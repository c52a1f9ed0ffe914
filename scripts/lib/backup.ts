// Backups of the whole application — the database and the uploaded files — restorable into a
// fresh or a current database, whatever migration the backup was taken at.
//   Backup: a folder (scripts/lib/backup-folder.ts): the database file, the stored files, a manifest.
//     PGlite: a gzipped tarball of the data directory (PGlite's own dumpDataDir), taken by the
//             directory's one owner: the running app when it serves it, else this process.
//     PostgreSQL: pg_dump's custom format — needs the client tools of the server's major version.
//   Restore: a backup folder, or a single database file as backups made before the folder were
//     (database only). Files first, then the database, then the migrations it lacks: a backup
//     taken before a later migration ends on the current schema.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DatabaseTarget } from "../../lib/db-config";
import { closeEmbedded, dumpEmbedded, openOwnedPglite, restoreEmbedded } from "../../lib/embedded-db/access";
import { whatToDo } from "../../lib/embedded-db/messages";
import { fileStore } from "../../lib/files/store";
import { completeBackupFolder, databaseFileNames, manifestName, readCheckedManifest, restoreStoredFiles, type BackupManifest } from "./backup-folder";
import { Refusal } from "./fail";
import { adapterFactoryFor, applyMigrations } from "./migrations";

function runTool(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (result.error) throw new Error(`${command} could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.trim()}`);
}

async function dumpDatabase(target: DatabaseTarget, file: string): Promise<void> {
  if (target.kind === "postgres") {
    runTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${target.connectionString}`]);
    return;
  }
  if (!existsSync(target.dataDir)) throw new Refusal(`No PGlite database at ${target.dataDir}`);
  writeFileSync(file, await dumpEmbedded(target.dataDir));
}

/**
 * Writes a backup folder at `folder` (which must not exist yet). The database is dumped before the
 * files are copied: the app stores a file's bytes before the record that points at it, so every
 * record in the dump finds its file in the copy.
 */
export async function backupDatabase(target: DatabaseTarget, folder: string): Promise<BackupManifest> {
  if (existsSync(folder)) throw new Refusal(`${folder} already exists; choose a new name for the backup`);
  const partial = `${folder}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    await dumpDatabase(target, path.join(partial, databaseFileNames[target.kind]));
    const manifest = await completeBackupFolder(partial, target.kind, fileStore());
    renameSync(partial, folder);
    return manifest;
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Replaces the PostgreSQL database's schema with the dump's, in one transaction: the schema is
 * emptied first, so tables a later migration added (and their foreign keys into the dump's tables)
 * cannot get in the way of an older dump; if anything fails, nothing changed.
 */
function restorePostgres(connectionString: string, dumpFile: string): void {
  const scratch = mkdtempSync(path.join(tmpdir(), "mou-restore-"));
  try {
    const emptySchema = path.join(scratch, "empty-schema.sql");
    const script = path.join(scratch, "restore.sql");
    writeFileSync(emptySchema, "DROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n");
    runTool("pg_restore", ["--no-owner", "--no-privileges", `--file=${script}`, dumpFile]);
    runTool("psql", ["--quiet", "--no-psqlrc", "--single-transaction", "--set=ON_ERROR_STOP=1", `--file=${emptySchema}`, `--file=${script}`, `--dbname=${connectionString}`]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Applies the migrations the restored database lacks; returns their names. */
async function migrateForward(target: DatabaseTarget): Promise<string[]> {
  if (target.kind === "postgres") return applyMigrations(adapterFactoryFor({ connectionString: target.connectionString }));
  const pglite = await openOwnedPglite(target.dataDir, { refuseMessage: whatToDo.restore });
  try {
    return await applyMigrations(adapterFactoryFor({ pglite }));
  } finally {
    await closeEmbedded(target.dataDir);
  }
}

/** What a backup is: a folder with a manifest, or a lone database file (the format before it). */
function readBackup(location: string, target: DatabaseTarget): { databaseFile: string; manifest?: BackupManifest } {
  if (!existsSync(location)) throw new Refusal(`No backup at ${location}`);
  if (statSync(location).isDirectory()) {
    const manifest = readCheckedManifest(location);
    if (manifest.database.kind !== target.kind) throw new Refusal(`${location} is a ${manifest.database.kind} backup; the configured database is ${target.kind}`);
    return { databaseFile: path.join(location, manifest.database.file), manifest };
  }
  const expected = target.kind === "postgres" ? ".pgdump" : ".tar.gz";
  if (!location.endsWith(expected)) throw new Refusal(`${location} is not a ${target.kind} backup (a folder with ${manifestName}, or a ${expected} file)`);
  return { databaseFile: location };
}

export type RestoreOutcome = {
  /** PGlite: where the data directory that was there before is kept. */
  keptAside?: string;
  /** Migrations applied after the restore, for a backup taken before them. */
  migrated: string[];
  /** How many stored files were put back; undefined for a database-only backup. */
  files?: number;
};

/** Restores a backup over the target. A PGlite directory that exists is kept aside, never deleted. */
export async function restoreDatabase(target: DatabaseTarget, location: string): Promise<RestoreOutcome> {
  const { databaseFile, manifest } = readBackup(location, target);
  const files = manifest ? await restoreStoredFiles(location, manifest, fileStore()) : undefined;
  let keptAside: string | undefined;
  if (target.kind === "postgres") restorePostgres(target.connectionString, databaseFile);
  else ({ keptAside } = await restoreEmbedded(target.dataDir, readFileSync(databaseFile)));
  const migrated = await migrateForward(target);
  return { keptAside, migrated, files };
}

/** The backups under a folder, newest first: backup folders and older single database files. */
export function listBackups(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => (entry.isDirectory() ? existsSync(path.join(directory, entry.name, manifestName)) : /\.(tar\.gz|pgdump)$/.test(entry.name)))
    .map((entry) => path.join(directory, entry.name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
}
