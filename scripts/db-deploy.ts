// npm run db:deploy — applies pending migrations to the configured database (PGlite under
// .data/ by default, PostgreSQL when DATABASE_URL is set).
import { applyMigrations } from "./lib/migrations";
import { openDatabaseForScript } from "./lib/open-database";

const database = await openDatabaseForScript();
try {
  const applied = await applyMigrations(database.adapterFactory);
  console.log(applied.length ? `Applied ${applied.join(", ")} to ${database.description}` : `${database.description} is up to date.`);
} finally {
  await database.close();
}
process.exit(0);
