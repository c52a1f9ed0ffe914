// The one-owner rule for a PGlite data directory. PGlite is a single process database: two
// processes writing one directory destroy it. Whoever opens the directory first writes a lock
// file beside it (`<dir>.owner.json`, created atomically) naming itself; everyone else reads it
// and either goes through that owner or stops. A lock left by a process that died (its PID is
// gone, or the PID now belongs to a process started at another time) is taken over.
import { existsSync, linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface OwnerRecord {
  app: "MoU Tracker";
  pid: number;
  /** Start time of the owner process in clock ticks since boot (Linux), to tell a reused PID apart. */
  startTicks: number | null;
  startedAt: string;
  /** What the owner is, in words: "npm start", "npm run db:seed"… */
  command: string;
  dataDir: string;
  /** Where the owner serves the database to other local processes, when it does. */
  serve?: { host: string; port: number; secret: string };
}

export function lockFileFor(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}.owner.json`);
}

/** Field 22 of /proc/<pid>/stat; null where /proc does not exist. */
export function processStartTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const afterName = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(afterName[19]);
    return Number.isFinite(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** True while the process that wrote the record is still that same process. */
export function isOwnerAlive(owner: OwnerRecord): boolean {
  if (!isRunning(owner.pid)) return false;
  if (owner.startTicks === null) return true;
  const ticks = processStartTicks(owner.pid);
  return ticks === null || ticks === owner.startTicks;
}

function readRaw(lockFile: string): string | null {
  try {
    return readFileSync(lockFile, "utf8");
  } catch {
    return null;
  }
}

function parseRecord(raw: string | null): OwnerRecord | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as OwnerRecord;
    return typeof parsed.pid === "number" ? parsed : null;
  } catch {
    // A half-written lock (its writer died between create and write) belongs to nobody.
    return null;
  }
}

/** The live owner of a data directory, if any. */
export function readLiveOwner(dataDir: string): OwnerRecord | null {
  const owner = parseRecord(readRaw(lockFileFor(dataDir)));
  return owner && isOwnerAlive(owner) ? owner : null;
}

export type LockResult = { acquired: true; record: OwnerRecord } | { acquired: false; owner: OwnerRecord };

/** Takes the lock for this process, or names the live process that holds it. */
export function acquireOwnerLock(dataDir: string, command: string): LockResult {
  const lockFile = lockFileFor(dataDir);
  const record: OwnerRecord = {
    app: "MoU Tracker",
    pid: process.pid,
    startTicks: processStartTicks(process.pid),
    startedAt: new Date().toISOString(),
    command,
    dataDir,
  };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    // Written whole to a private file, then linked into place: link() fails when the lock
    // exists, so of two processes racing one wins, and nobody ever reads a half-written lock.
    const draft = `${lockFile}.${process.pid}.draft`;
    writeFileSync(draft, JSON.stringify(record), { mode: 0o600 });
    try {
      linkSync(draft, lockFile);
      return { acquired: true, record };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      rmSync(draft, { force: true });
    }
    const raw = readRaw(lockFile);
    const owner = parseRecord(raw);
    if (owner && owner.pid === process.pid && owner.startTicks === record.startTicks) return { acquired: true, record: owner };
    if (owner && isOwnerAlive(owner)) return { acquired: false, owner };
    // Stale: remove it only if it is still the stale file we read, then race for it again.
    if (readRaw(lockFile) === raw) {
      try {
        unlinkSync(lockFile);
      } catch {
        // Another process took it over first; the next attempt sees its lock.
      }
    }
  }
  throw new Error(`Could not take the lock ${lockFile}`);
}

/** Adds how to reach this owner to its lock file (the file stays private to its user). */
export function publishServe(record: OwnerRecord, serve: NonNullable<OwnerRecord["serve"]>): OwnerRecord {
  const updated = { ...record, serve };
  const lockFile = lockFileFor(record.dataDir);
  const draft = `${lockFile}.${process.pid}.draft`;
  writeFileSync(draft, JSON.stringify(updated), { mode: 0o600 });
  renameSync(draft, lockFile);
  return updated;
}

export function releaseOwnerLock(record: OwnerRecord): void {
  const lockFile = lockFileFor(record.dataDir);
  const current = parseRecord(readRaw(lockFile));
  if (current && current.pid === record.pid && current.startTicks === record.startTicks && existsSync(lockFile)) unlinkSync(lockFile);
}
