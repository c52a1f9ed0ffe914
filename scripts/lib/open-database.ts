// Opens the configured database for a script (deploy, seed, backup): an adapter factory for
// the schema engine and a close() that lets the process exit.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { resolveDatabaseTarget } from "../../lib/db-config";
import { adapterFactoryFor } from "./migrations";

export async function openDatabaseForScript(): Promise<{
  description: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
}> {
  const target = resolveDatabaseTarget();
  if (target.kind === "postgres") {
    const safeUrl = target.connectionString.replace(/\/\/[^@]*@/, "//***@");
    return {
      description: `PostgreSQL at ${safeUrl}`,
      adapterFactory: adapterFactoryFor({ connectionString: target.connectionString }),
      close: async () => {},
    };
  }
  if (!target.dataDir.startsWith("memory://")) mkdirSync(target.dataDir, { recursive: true });
  const pglite = await PGlite.create(target.dataDir);
  return {
    description: `PGlite at ${target.dataDir}`,
    adapterFactory: adapterFactoryFor({ pglite }),
    close: () => pglite.close(),
  };
}
