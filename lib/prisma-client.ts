// Builds a Prisma client for the configured database. The app uses the single instance in
// lib/db.ts; scripts (seed, bench, backup) and tests call this to get their own.
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { resolveDatabaseTarget, type DatabaseTarget } from "@/lib/db-config";
import { closeEmbedded, connectToEmbedded, routeToEmbedded, type EmbeddedRoute } from "@/lib/embedded-db/access";

// Password hashes, calendar-token hashes and second-factor secrets never leave the data layer by accident.
const omit = { user: { passwordHash: true, calendarTokenHash: true, mfaSecret: true, mfaPendingSecret: true } } as const;

/**
 * PostgreSQL through its pool; an embedded directory through its one owner: this process's
 * PGlite when this process owns it, else the running app's, over its local socket.
 */
export function createPrismaClient(target: DatabaseTarget = resolveDatabaseTarget()) {
  if (target.kind === "postgres") {
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: target.connectionString }), omit });
  }
  return new PrismaClient({ adapter: new EmbeddedAdapterFactory(target.dataDir), omit });
}

/**
 * Chooses the route to an embedded directory when Prisma first connects, not when the client is
 * made: `next build` imports every route (and so lib/db.ts) in worker processes, and a client that
 * opened the directory on import would make a build worker its owner.
 */
class EmbeddedAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "mou-tracker-embedded";
  constructor(private readonly dataDir: string) {}

  connect(): Promise<SqlDriverAdapter> {
    const route = routeToEmbedded(this.dataDir);
    // One connection through the owner: it runs one session at a time anyway.
    const inner = route.kind === "owned" ? new PrismaPGlite(route.pglite) : new PrismaPg({ connectionString: route.connectionString, max: 1 });
    return inner.connect();
  }
}

/** The same, for scripts: a directory that does not open fails here with its plain message. */
export async function connectPrismaClient(target: DatabaseTarget = resolveDatabaseTarget()) {
  if (target.kind === "postgres") return createPrismaClient(target);
  return clientFor(await connectToEmbedded(target.dataDir));
}

function clientFor(route: EmbeddedRoute) {
  if (route.kind === "through-owner") {
    // One connection: the owner runs one session at a time anyway.
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: route.connectionString, max: 1 }), omit });
  }
  return new PrismaClient({ adapter: new PrismaPGlite(route.pglite), omit });
}

export type DbClient = ReturnType<typeof createPrismaClient>;
export type TransactionClient = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];

/** Closes this process's handle on a PGlite data directory and gives up its lock. */
export async function closePgliteFor(dataDir: string): Promise<void> {
  await closeEmbedded(dataDir);
}
