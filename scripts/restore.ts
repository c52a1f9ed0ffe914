// npm run restore                — lists the automatic snapshots and the backups to choose from
// npm run restore -- <backup | n> — restores a backup (a folder from npm run backup, or a single
// database file from before backups held the files), a snapshot, or the n-th one listed, into the
// configured database, then applies the migrations it lacks. PGlite: refused while the app runs;
// the current data directory is kept aside (renamed), never deleted.
import { statSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseTarget } from "../lib/db-config";
import { listSnapshots } from "../lib/embedded-db/snapshots";
import { listBackups, restoreDatabase } from "./lib/backup";
import { exitWithError } from "./lib/fail";

const target = resolveDatabaseTarget();

function candidates(): string[] {
  const backups = listBackups("backups");
  const snapshots = target.kind === "pglite" ? listSnapshots(target.dataDir).map((file) => path.relative(process.cwd(), file)) : [];
  return [...snapshots, ...backups];
}

const choice = process.argv[2];
const listed = candidates();
if (!choice) {
  if (listed.length === 0) console.log("No snapshots or backups found (snapshots: .data/snapshots/, backups: backups/).");
  else {
    console.log("Snapshots (taken by the app at start and daily) and backups, newest first:");
    listed.forEach((file, index) => console.log(`  ${String(index + 1).padStart(2)}. ${file}  (${statSync(file).mtime.toLocaleString()})`));
    console.log("\nRestore one with: npm run restore -- <number or file>");
  }
  process.exit(0);
}
const file = /^\d+$/.test(choice) ? listed[Number(choice) - 1] : choice;
if (!file) exitWithError("Restore", new Error(`There is no number ${choice} in the list (npm run restore lists them).`));
try {
  const { keptAside, migrated, files } = await restoreDatabase(target, file);
  console.log(`Restored ${file}.`);
  console.log(files === undefined ? "  This backup holds the database only: restore the files under FILE_STORAGE_DIR from their own copy." : `  ${files} stored file(s) put back under FILE_STORAGE_DIR.`);
  if (migrated.length) console.log(`  Migrations applied after it: ${migrated.join(", ")}.`);
  if (keptAside) console.log(`  The previous data directory is kept at ${keptAside}.`);
} catch (error) {
  exitWithError("The restore failed", error);
}
process.exit(0);
