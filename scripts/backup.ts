// npm run backup [-- <file>] — writes a backup of the configured database (PGlite under .data/
// unless DATABASE_URL is set) to backups/ by default. While the app runs, the app itself takes
// the copy (consistent, nothing stops).
import path from "node:path";
import { resolveDatabaseTarget } from "../lib/db-config";
import { backupDatabase } from "./lib/backup";
import { exitWithError } from "./lib/fail";

const target = resolveDatabaseTarget();
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const file = process.argv[2] ?? path.join("backups", `mou-tracker-${stamp}.${target.kind === "postgres" ? "pgdump" : "tar.gz"}`);
try {
  await backupDatabase(target, file);
} catch (error) {
  exitWithError("The backup failed", error);
}
console.log(`Backup written to ${file}`);
process.exit(0);
