// Builds a Prisma client for the configured database. The app uses the single instance in
// lib/db.ts; scripts (seed, bench, backup) and tests call this to get their own.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { resolveDatabaseTarget, type DatabaseTarget } from "@/lib/db-config";

// Password hashes and calendar-token hashes never leave the data layer by accident.
const omit = { user: { passwordHash: true, calendarTokenHash: true } } as const;

// Two PGlite instances on one data directory would corrupt it, so a process opens each
// directory once, however many clients it creates.
const openPglites = new Map<string, PGlite>();

function pgliteFor(dataDir: string): PGlite {
  let pglite = openPglites.get(dataDir);
  if (!pglite || pglite.closed) {
    if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
    pglite = new PGlite(dataDir);
    openPglites.set(dataDir, pglite);
  }
  return pglite;
}

export function createPrismaClient(target: DatabaseTarget = resolveDatabaseTarget()) {
  if (target.kind === "postgres") {
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: target.connectionString }), omit });
  }
  return new PrismaClient({ adapter: new PrismaPGlite(pgliteFor(target.dataDir)), omit });
}

export type DbClient = ReturnType<typeof createPrismaClient>;
export type TransactionClient = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];

/** Closes this process's handle on a PGlite data directory (before a backup copies it). */
export async function closePgliteFor(dataDir: string): Promise<void> {
  const pglite = openPglites.get(dataDir);
  openPglites.delete(dataDir);
  if (pglite && !pglite.closed) await pglite.close();
}
