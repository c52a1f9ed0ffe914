// npm run db:migrate -- <name>
// Compares prisma/schema.prisma with the migration history (replayed on a scratch, in-memory
// PGlite database) and writes the difference as a new migration. Nothing else is touched:
// apply it with `npm run db:deploy`.
import { createMigration } from "./lib/migrations";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migrate -- <migration-name>");
  process.exit(1);
}
const directory = await createMigration(name);
console.log(directory ? `Created ${directory}/migration.sql` : "The schema and the migrations agree: nothing to create.");
