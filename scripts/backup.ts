// npm run backup [-- <folder>] — backs up the configured database (PGlite under .data/ unless
// DATABASE_URL is set) and the uploaded files under FILE_STORAGE_DIR into one folder, by default
// backups/mou-tracker-<time>/ (scripts/lib/backup-folder.ts). While the app runs, the app itself
// takes the database copy (consistent, nothing stops).
import path from "node:path";
import { resolveDatabaseTarget } from "../lib/db-config";
import { backupDatabase } from "./lib/backup";
import { exitWithError } from "./lib/fail";

const target = resolveDatabaseTarget();
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = process.argv[2] ?? path.join("backups", `mou-tracker-${stamp}`);
try {
  const manifest = await backupDatabase(target, folder);
  console.log(`Backup written to ${folder}: the database and ${manifest.files.length} stored file(s), listed with their SHA-256 in ${path.join(folder, "manifest.json")}.`);
} catch (error) {
  exitWithError("The backup failed", error);
}
process.exit(0);
