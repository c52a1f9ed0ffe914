// The one way into an embedded PGlite data directory, for the app, the scripts and the tests.
//   - This process owns the directory (holds its lock): use its PGlite.
//   - Another live process owns it and serves it: go through that owner, as to PostgreSQL.
//   - Another live process owns it and does not serve it: stop with a plain message.
//   - Nobody owns it: take the lock, open it here.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, renameSync } from "node:fs";
import { connect, type Server } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { DUMP_REQUEST, serveToLocalTools } from "./bridge";
import { EmbeddedDatabaseError, inUseMessage, openFailureMessage, whatToDo } from "./messages";
import { acquireOwnerLock, publishServe, readLiveOwner, releaseOwnerLock, type OwnerRecord } from "./owner-lock";
import { takeSnapshot } from "./snapshots";

interface Owned {
  pglite: PGlite;
  record: OwnerRecord;
  server?: Server;
  snapshotTimer?: NodeJS.Timeout;
}

// On globalThis: Next bundles instrumentation and routes separately, and they must share it.
const registryKey = Symbol.for("mou-tracker.embedded-db.owned");
const registry: Map<string, Owned> = ((globalThis as Record<symbol, Map<string, Owned>>)[registryKey] ??= new Map());

export type EmbeddedRoute = { kind: "owned"; pglite: PGlite } | { kind: "through-owner"; connectionString: string; owner: OwnerRecord };

/** How this process was started, in the words a person typed. */
function thisCommand(): string {
  const script = process.env.npm_lifecycle_event;
  if (script === "start") return "npm start";
  if (script && script !== "npx") return `npm run ${script}`;
  return `node ${path.basename(process.argv[1] ?? "")}`.trim();
}

function openHere(dataDir: string, command: string): Owned {
  const key = path.resolve(dataDir);
  const existing = registry.get(key);
  if (existing && !existing.pglite.closed) return existing;
  mkdirSync(path.dirname(key), { recursive: true });
  const lock = acquireOwnerLock(key, command);
  if (!lock.acquired) throw new EmbeddedDatabaseError(inUseMessage(key, lock.owner, lock.owner.serve ? whatToDo.start : whatToDo.tool));
  // relaxedDurability stays off: a query returns only after its writes reached the OS.
  const owned: Owned = { pglite: new PGlite(key, { relaxedDurability: false }), record: lock.record };
  registry.set(key, owned);
  return owned;
}

function connectionStringFor(owner: OwnerRecord): string | null {
  if (!owner.serve) return null;
  return `postgresql://postgres:${encodeURIComponent(owner.serve.secret)}@${owner.serve.host}:${owner.serve.port}/postgres`;
}

/** Where this process's queries for an embedded directory go (see the header). */
export function routeToEmbedded(dataDir: string): EmbeddedRoute {
  const key = path.resolve(dataDir);
  const mine = registry.get(key);
  if (mine && !mine.pglite.closed) return { kind: "owned", pglite: mine.pglite };
  const owner = readLiveOwner(key);
  if (owner && owner.pid !== process.pid) {
    const connectionString = connectionStringFor(owner);
    if (!connectionString) throw new EmbeddedDatabaseError(inUseMessage(key, owner, whatToDo.tool));
    return { kind: "through-owner", connectionString, owner };
  }
  return { kind: "owned", pglite: openHere(key, thisCommand()).pglite };
}

/** Opens the directory in this process (never through another); for restore, template, bench. */
export async function openOwnedPglite(dataDir: string, options: { refuseMessage?: string } = {}): Promise<PGlite> {
  const key = path.resolve(dataDir);
  const owner = readLiveOwner(key);
  if (owner && owner.pid !== process.pid) throw new EmbeddedDatabaseError(inUseMessage(key, owner, options.refuseMessage ?? whatToDo.tool));
  const { pglite } = openHere(key, thisCommand());
  await waitUntilOpen(key, pglite);
  return pglite;
}

/** Where this process's queries go, once the directory is known to open (plain error if not). */
export async function connectToEmbedded(dataDir: string): Promise<EmbeddedRoute> {
  const route = routeToEmbedded(dataDir);
  if (route.kind === "owned") await waitUntilOpen(path.resolve(dataDir), route.pglite);
  return route;
}

async function waitUntilOpen(dataDir: string, pglite: PGlite): Promise<void> {
  try {
    await pglite.waitReady;
    await pglite.query("SELECT 1");
  } catch (error) {
    await closeEmbedded(dataDir).catch(() => {});
    throw new EmbeddedDatabaseError(openFailureMessage(dataDir, error));
  }
}

/** Closes this process's PGlite on the directory, stops serving it and gives up the lock. */
export async function closeEmbedded(dataDir: string): Promise<void> {
  const key = path.resolve(dataDir);
  const owned = registry.get(key);
  if (!owned) return;
  registry.delete(key);
  clearInterval(owned.snapshotTimer);
  owned.server?.close();
  try {
    if (!owned.pglite.closed) await owned.pglite.close();
  } finally {
    releaseOwnerLock(owned.record);
  }
}

// A process that ends without closing (a script's process.exit, Ctrl-C) still leaves no lock.
process.once("exit", () => {
  for (const owned of registry.values()) releaseOwnerLock(owned.record);
});

/** A consistent copy of the directory as a gzipped tarball, taken inside its owner. */
async function dumpOwned(pglite: PGlite): Promise<Blob> {
  // A checkpoint first, so a restored copy starts without replaying much WAL; the copy itself
  // runs with no transaction open (the transaction lock) and nothing executing (dumpDataDir's).
  await pglite.exec("CHECKPOINT");
  return pglite._runExclusiveTransaction(() => pglite.dumpDataDir("gzip"));
}

function dumpThroughOwner(owner: OwnerRecord): Promise<Buffer> {
  const serve = owner.serve;
  if (!serve) throw new EmbeddedDatabaseError(inUseMessage(owner.dataDir, owner, whatToDo.tool));
  return new Promise((resolve, reject) => {
    const secret = Buffer.from(serve.secret);
    const request = Buffer.alloc(8);
    request.writeInt32BE(8 + secret.length, 0);
    request.writeInt32BE(DUMP_REQUEST, 4);
    const chunks: Buffer[] = [];
    const socket = connect(serve.port, serve.host, () => socket.write(Buffer.concat([request, secret])));
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const answer = Buffer.concat(chunks);
      if (answer[0] === "D".charCodeAt(0)) resolve(answer.subarray(1));
      else reject(new Error(`The running app could not copy the database: ${answer.subarray(1).toString("utf8") || "no answer"}`));
    });
  });
}

/** A consistent gzipped tarball of the directory: through its owner when one runs. */
export async function dumpEmbedded(dataDir: string): Promise<Buffer> {
  const key = path.resolve(dataDir);
  const mine = registry.get(key);
  if (mine) return Buffer.from(await (await dumpOwned(mine.pglite)).arrayBuffer());
  const owner = readLiveOwner(key);
  if (owner && owner.pid !== process.pid) return dumpThroughOwner(owner);
  const pglite = await openOwnedPglite(key);
  try {
    return Buffer.from(await (await dumpOwned(pglite)).arrayBuffer());
  } finally {
    await closeEmbedded(key);
  }
}

/**
 * Replaces the directory with a tarball's contents (a backup or snapshot). Refused while
 * another process owns it; the current directory is kept aside, never deleted.
 */
export async function restoreEmbedded(dataDir: string, tarball: Buffer): Promise<{ keptAside?: string }> {
  const key = path.resolve(dataDir);
  await closeEmbedded(key);
  mkdirSync(path.dirname(key), { recursive: true });
  const lock = acquireOwnerLock(key, "npm run restore");
  if (!lock.acquired) throw new EmbeddedDatabaseError(inUseMessage(key, lock.owner, whatToDo.restore));
  let keptAside: string | undefined;
  try {
    if (existsSync(key)) {
      keptAside = `${key}.before-restore-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}`;
      renameSync(key, keptAside);
    }
    const pglite = await PGlite.create(key, { loadDataDir: new Blob([new Uint8Array(tarball)]), relaxedDurability: false });
    await pglite.query("SELECT 1");
    await pglite.close();
  } finally {
    releaseOwnerLock(lock.record);
  }
  return { keptAside };
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Makes this process the serving owner of the directory (`npm start`): lock, open, serve to
 * local tools, snapshot now and daily. Throws EmbeddedDatabaseError with the plain message.
 */
export async function serveEmbeddedDatabase(dataDir: string, command = "npm start"): Promise<{ port: number; snapshot: Promise<string> }> {
  const key = path.resolve(dataDir);
  const owner = readLiveOwner(key);
  if (owner && owner.pid !== process.pid) throw new EmbeddedDatabaseError(inUseMessage(key, owner, whatToDo.start));
  const owned = openHere(key, command);
  const serving = owned.server?.address();
  if (serving && typeof serving === "object") return { port: serving.port, snapshot: Promise.resolve("") };
  await waitUntilOpen(key, owned.pglite);
  const secret = randomBytes(24).toString("base64url");
  const dump = () => dumpOwned(owned.pglite);
  const { server, port } = await serveToLocalTools({ pglite: owned.pglite, secret, dump });
  owned.server = server;
  owned.record = publishServe(owned.record, { host: "127.0.0.1", port, secret });
  const snapshotNow = () => takeSnapshot(key, dump);
  // The start snapshot runs beside the first requests (it queues with them, never interleaves).
  const snapshot = snapshotNow();
  snapshot.catch((error: unknown) => console.error("The start snapshot failed:", error));
  owned.snapshotTimer = setInterval(() => void snapshotNow().catch((error: unknown) => console.error("The daily snapshot failed:", error)), DAY);
  owned.snapshotTimer.unref();
  return { port, snapshot };
}
