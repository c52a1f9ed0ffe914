// Where the database lives. Shared by the app's Prisma client and the scripts (migrate, seed,
// backup), so every tool talks to the same database without extra flags.
import path from "node:path";

export type DatabaseTarget = { kind: "postgres"; connectionString: string } | { kind: "pglite"; dataDir: string };

/** `DATABASE_URL=postgresql://…` → PostgreSQL; otherwise the embedded PGlite under `.data/`. */
export function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error("DATABASE_URL must be a postgresql:// connection string");
    return { kind: "postgres", connectionString: url };
  }
  const dataDir = env.PGLITE_DATA_DIR?.trim() || path.join(process.cwd(), ".data", "pglite");
  return { kind: "pglite", dataDir };
}
