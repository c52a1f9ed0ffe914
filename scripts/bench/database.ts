// The bench's own database, never the app's: a PGlite directory under .data/bench, or a
// `<name>_bench` database next to DATABASE_URL's (local servers only). Its Prisma client counts
// every SQL statement through a wrapper around the driver adapter.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { closeEmbedded, openOwnedPglite } from "../../lib/embedded-db/access";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../../lib/generated/prisma/client";
import type { DbClient } from "../../lib/prisma-client";
import { adapterFactoryFor, applyMigrations, projectRoot } from "../lib/migrations";

export const pgliteBenchDir = path.join(projectRoot, ".data", "bench");

export interface BenchDatabase {
  description: string;
  /** Environment for `next start` so the app uses this database. */
  appEnv: Record<string, string>;
  db: DbClient;
  /** A hand-written SQL statement straight on the driver (no Prisma), for the baseline. */
  raw: (sql: string, params?: unknown[]) => Promise<unknown[]>;
  queries: StatementLog;
  close: () => Promise<void>;
}

export interface StatementLog {
  count: number;
  /** When set, every statement's text and driver arguments are kept here too (to replay them). */
  recording: { sql: string; args: unknown[] }[] | null;
}

/** Counts (and on request records) statements sent through the adapter, including those inside transactions. */
function counting(factory: SqlDriverAdapterFactory, counter: StatementLog): SqlDriverAdapterFactory {
  const wrapQueryable = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof value !== "function") return value;
        if (property === "queryRaw" || property === "executeRaw") {
          return (...args: unknown[]) => {
            counter.count += 1;
            const query = args[0] as { sql: string; args: unknown[] };
            counter.recording?.push({ sql: query.sql, args: query.args });
            return (value as (...a: unknown[]) => unknown).apply(object, args);
          };
        }
        if (property === "startTransaction") {
          return async (...args: unknown[]) => wrapQueryable(await (value as (...a: unknown[]) => Promise<object>).apply(object, args));
        }
        return (value as (...a: unknown[]) => unknown).bind(object);
      },
    });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrapQueryable<SqlDriverAdapter>(await factory.connect()),
  };
}

export async function openBenchDatabase({ fresh }: { fresh: boolean }): Promise<BenchDatabase> {
  const queries: StatementLog = { count: 0, recording: null };
  const url = process.env.DATABASE_URL?.trim();
  if (url) {
    const base = new URL(url);
    if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(base.hostname)) throw new Error("Refusing to bench against a non-local database.");
    const name = `${decodeURIComponent(base.pathname.slice(1)) || "postgres"}_bench`;
    if (fresh) {
      const admin = new pg.Client({ connectionString: base.toString() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
    }
    base.pathname = `/${name}`;
    const connectionString = base.toString();
    if (fresh) await applyMigrations(adapterFactoryFor({ connectionString }));
    const pool = new pg.Pool({ connectionString, max: 2 });
    const db = new PrismaClient({ adapter: counting(new PrismaPg({ connectionString }), queries) }) as unknown as DbClient;
    return {
      description: `PostgreSQL database ${name}`,
      appEnv: { DATABASE_URL: connectionString },
      db,
      raw: async (sql, params = []) => (await pool.query(sql, params)).rows,
      queries,
      close: async () => {
        await db.$disconnect();
        await pool.end();
      },
    };
  }
  if (fresh) rmSync(pgliteBenchDir, { recursive: true, force: true });
  // PGlite does not create missing parent directories (a fresh clone has no .data/ yet).
  mkdirSync(path.dirname(pgliteBenchDir), { recursive: true });
  const pglite = await openOwnedPglite(pgliteBenchDir);
  if (fresh) await applyMigrations(adapterFactoryFor({ pglite }));
  const db = new PrismaClient({ adapter: counting(new PrismaPGlite(pglite), queries) }) as unknown as DbClient;
  return {
    description: `PGlite at ${path.relative(projectRoot, pgliteBenchDir)}`,
    appEnv: { PGLITE_DATA_DIR: pgliteBenchDir },
    db,
    raw: async (sql, params = []) => (await pglite.query(sql, params)).rows,
    queries,
    close: async () => {
      await db.$disconnect();
      await closeEmbedded(pgliteBenchDir);
    },
  };
}
