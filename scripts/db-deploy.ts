// npm run db:deploy — applies pending migrations to the configured database (PGlite under
// .data/ by default, through the running app when it serves it; PostgreSQL when DATABASE_URL is set).
import { exitWithError } from "./lib/fail";
import { applyMigrations, pendingMigrations } from "./lib/migrations";
import { openDatabaseForScript } from "./lib/open-database";

try {
  const database = await openDatabaseForScript();
  try {
    const nothingToApply = database.throughOwner !== undefined && (await pendingMigrations(database.throughOwner)).length === 0;
    const applied = nothingToApply ? [] : await applyMigrations(database.adapterFactory);
    console.log(applied.length ? `Applied ${applied.join(", ")} to ${database.description}` : `${database.description} is up to date.`);
  } finally {
    await database.close();
  }
} catch (error) {
  exitWithError("Migrating failed", error);
}
process.exit(0);
