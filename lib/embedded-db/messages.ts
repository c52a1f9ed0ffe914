// What a person reads when the embedded database cannot be used: one paragraph, in words.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { OwnerRecord } from "./owner-lock";
import { appTimeZone, todayIso } from "../dates";

/** A refusal or failure whose message is written for the person at the terminal. */
export class EmbeddedDatabaseError extends Error {
  override name = "EmbeddedDatabaseError";
}

/** The PostgreSQL major version inside this PGlite (0.5.16: PostgreSQL 18). */
export const PGLITE_POSTGRES_MAJOR = 18;

/** A directory as a person would type it: relative to here when it is under here. */
export function shown(dataDir: string): string {
  const relative = path.relative(process.cwd(), dataDir);
  return relative && !relative.startsWith("..") ? relative : dataDir;
}

/** When the owner started, in the app's time zone: the time alone today, else the day too. */
function startedAt(iso: string): string {
  const started = new Date(iso);
  const time = new Intl.DateTimeFormat("en-GB", { timeZone: appTimeZone(), hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(started);
  return todayIso(started) === todayIso() ? time : `${todayIso(started)} ${time}`;
}

export function inUseMessage(dataDir: string, owner: OwnerRecord, whatToDo: string): string {
  return `The embedded database at ${shown(dataDir)} is in use by MoU Tracker (${owner.command}, PID ${owner.pid}, started ${startedAt(owner.startedAt)}). ${whatToDo}`;
}

export const whatToDo = {
  start: "Stop it first, or start this copy on another folder (PGLITE_DATA_DIR=.data/other npm start).",
  tool: "It does not serve other commands: wait for it to finish, then run this again.",
  restore: "Stop the app first: a restore replaces the whole directory.",
} as const;

/** Why a data directory did not open, and what to do about it. */
export function openFailureMessage(dataDir: string, error: unknown): string {
  const versionFile = path.join(dataDir, "PG_VERSION");
  const version = existsSync(versionFile) ? Number(readFileSync(versionFile, "utf8").trim()) : null;
  // PostgreSQL's own words help ("could not read file…"); WebAssembly's "Aborted()" does not.
  const firstLine = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  const detail = /Aborted\(|RuntimeError|unreachable/.test(firstLine) ? "" : firstLine;
  const head = `The embedded database at ${shown(dataDir)} could not be opened`;
  if (version !== null && version > PGLITE_POSTGRES_MAJOR) {
    return `${head}: it was written by a newer version (PostgreSQL ${version}; this app embeds PostgreSQL ${PGLITE_POSTGRES_MAJOR}). Update the app, or restore a backup made by this version with \`npm run restore\`.`;
  }
  return `${head}: its files are damaged or were written by another version of PGlite${detail ? ` (${detail})` : ""}. Nothing was changed. Run \`npm run restore\` to list the automatic snapshots and backups and bring one back (the damaged directory is kept aside), or move ${shown(dataDir)} away to start with an empty database.`;
}
