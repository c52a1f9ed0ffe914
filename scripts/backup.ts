// npm run backup [-- <file>] — writes a backup of the configured database (PGlite under .data/
// unless DATABASE_URL is set) to backups/ by default. Stop the app first when using PGlite.
import path from "node:path";
import { resolveDatabaseTarget } from "../lib/db-config";
import { backupDatabase } from "./lib/backup";

const target = resolveDatabaseTarget();
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const file = process.argv[2] ?? path.join("backups", `mou-tracker-${stamp}.${target.kind === "postgres" ? "pgdump" : "tar.gz"}`);
await backupDatabase(target, file);
console.log(`Backup written to ${file}`);
process.exit(0);
