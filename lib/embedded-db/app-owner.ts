// The running app (`next start`, `next dev`) is the owner of the embedded database: it takes the
// lock when the server starts — not at its first request — serves the database to local tools and
// takes snapshots. If it cannot, the server stops at once with one plain paragraph.
import { resolveDatabaseTarget } from "../db-config";
import { serveEmbeddedDatabase } from "./access";
import { EmbeddedDatabaseError, openFailureMessage, shown } from "./messages";
import { snapshotsDirFor } from "./snapshots";

// scripts/serve.ts calls this before Next prepares, and Next's instrumentation hook calls it
// again in the same process (from its own bundle): the first call does the work.
const startedKey = Symbol.for("mou-tracker.embedded-db.owner-started");

export async function becomeDatabaseOwner(): Promise<void> {
  const target = resolveDatabaseTarget();
  const flags = globalThis as Record<symbol, boolean | undefined>;
  if (target.kind !== "pglite" || flags[startedKey]) return;
  flags[startedKey] = true;
  try {
    const { port } = await serveEmbeddedDatabase(target.dataDir);
    console.log(
      `Embedded database ${shown(target.dataDir)}: opened by this server (PID ${process.pid}); local commands reach it on 127.0.0.1:${port}; snapshots in ${shown(snapshotsDirFor(target.dataDir))}.`,
    );
  } catch (error) {
    console.error(`\n${error instanceof EmbeddedDatabaseError ? error.message : openFailureMessage(target.dataDir, error)}\n`);
    process.exit(1);
  }
}
