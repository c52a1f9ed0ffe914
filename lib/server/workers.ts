// How many server processes `scripts/serve.ts` runs. Rendering a page keeps one core busy, so on
// PostgreSQL the server runs one process per core (Node's cluster module shares the port). The
// embedded database belongs to exactly one process (lib/embedded-db/app-owner.ts): there the
// server is always one process, and asking for more is refused rather than quietly ignored.
import type { DatabaseTarget } from "@/lib/db-config";

export class WorkerCountError extends Error {}

export function serverWorkerCount(options: { setting: string | undefined; database: DatabaseTarget["kind"]; cores: number }): number {
  const setting = options.setting?.trim();
  if (!setting) return options.database === "postgres" ? Math.max(1, options.cores) : 1;
  if (!/^[1-9][0-9]{0,2}$/.test(setting)) throw new WorkerCountError(`WEB_CONCURRENCY must be a whole number of server processes from 1 to 999 (it is "${setting}").`);
  const count = Number(setting);
  if (count > 1 && options.database === "pglite")
    throw new WorkerCountError(`WEB_CONCURRENCY=${count}: the embedded database can be opened by one process only. Set DATABASE_URL to a PostgreSQL database to run several, or leave WEB_CONCURRENCY unset.`);
  return count;
}
