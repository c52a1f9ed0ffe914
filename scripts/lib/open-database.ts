// Opens the configured database for a script (deploy, seed, backup): an adapter factory for
// the schema engine and a close() that lets the process exit. An embedded directory is reached
// through its owner when the app runs (lib/embedded-db), else opened here under its lock.
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { resolveDatabaseTarget } from "../../lib/db-config";
import { closeEmbedded, connectToEmbedded } from "../../lib/embedded-db/access";
import { adapterFactoryFor } from "./migrations";

export async function openDatabaseForScript(): Promise<{
  description: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Set when the database is reached through the running app that owns it. */
  throughOwner?: string;
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
  const route = await connectToEmbedded(target.dataDir);
  if (route.kind === "through-owner") {
    return {
      description: `PGlite at ${target.dataDir} (through the running app, PID ${route.owner.pid})`,
      adapterFactory: adapterFactoryFor({ connectionString: route.connectionString }),
      throughOwner: route.connectionString,
      close: async () => {},
    };
  }
  return {
    description: `PGlite at ${target.dataDir}`,
    adapterFactory: adapterFactoryFor({ pglite: route.pglite }),
    close: () => closeEmbedded(target.dataDir),
  };
}
