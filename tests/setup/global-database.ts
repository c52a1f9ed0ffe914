// Once per test run: a migrated template database that every test file copies.
//   PGlite: a migrated data directory (.data/test-template), copied per file.
//   PostgreSQL: a migrated `<name>_template` database, cloned per file with CREATE DATABASE … TEMPLATE.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { closeEmbedded, openOwnedPglite } from "../../lib/embedded-db/access";
import { adapterFactoryFor, applyMigrations } from "../../scripts/lib/migrations";
import { assertLocalDatabase, databaseNameOf, pgliteTemplateDir, postgresUrlWithDatabase } from "./database-names";

export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    // Workers are started after this and inherit the variable: they all copy this template.
    process.env.TEST_PGLITE_TEMPLATE = pgliteTemplateDir;
    rmSync(pgliteTemplateDir, { recursive: true, force: true });
    // PGlite does not create missing parent directories (a fresh clone has no .data/ yet).
    mkdirSync(path.dirname(pgliteTemplateDir), { recursive: true });
    const pglite = await openOwnedPglite(pgliteTemplateDir);
    await applyMigrations(adapterFactoryFor({ pglite }));
    await closeEmbedded(pgliteTemplateDir);
    return () => rmSync(pgliteTemplateDir, { recursive: true, force: true });
  }
  assertLocalDatabase(url);
  const templateName = `${databaseNameOf(url)}_template`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${templateName}"`);
  await admin.end();
  const templateUrl = postgresUrlWithDatabase(url, templateName);
  const factory = adapterFactoryFor({ connectionString: templateUrl });
  await applyMigrations(factory);
}
