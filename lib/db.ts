// The one Prisma client of the app: PGlite (embedded, file-backed under .data/) when
// DATABASE_URL is unset, PostgreSQL when it is set. See lib/prisma-client.ts.
import "server-only";
import { createPrismaClient, type DbClient } from "@/lib/prisma-client";

export { Prisma } from "@/lib/generated/prisma/client";
export type { DbClient, TransactionClient } from "@/lib/prisma-client";

// One client per process: Next's dev server re-evaluates modules, and a second PGlite on the
// same data directory would corrupt it.
const globalForDb = globalThis as unknown as { mouTrackerDb?: DbClient };
export const db: DbClient = globalForDb.mouTrackerDb ?? (globalForDb.mouTrackerDb = createPrismaClient());
