// npm run restore -- <file> — restores a backup made by `npm run backup` into the configured
// database. PGlite: the current data directory is kept aside (renamed), never deleted.
import { resolveDatabaseTarget } from "../lib/db-config";
import { restoreDatabase } from "./lib/backup";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run restore -- <backup file>");
  process.exit(1);
}
const { keptAside } = await restoreDatabase(resolveDatabaseTarget(), file);
console.log(`Restored ${file}.${keptAside ? ` The previous data directory is kept at ${keptAside}.` : ""}`);
process.exit(0);
