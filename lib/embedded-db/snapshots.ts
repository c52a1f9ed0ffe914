// Automatic snapshots of an embedded database: taken by its owner (so consistent), named after
// the data directory, the last seven kept, in `snapshots/` beside it (.data/snapshots).
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SNAPSHOTS_KEPT = 7;

export function snapshotsDirFor(dataDir: string): string {
  return path.join(path.dirname(dataDir), "snapshots");
}

const prefixFor = (dataDir: string) => `${path.basename(dataDir)}-`;

/** This directory's snapshots, newest first. */
export function listSnapshots(dataDir: string): string[] {
  const dir = snapshotsDirFor(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(prefixFor(dataDir)) && name.endsWith(".tar.gz"))
    .map((name) => path.join(dir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs || b.localeCompare(a));
}

export async function takeSnapshot(dataDir: string, dump: () => Promise<Blob>): Promise<string> {
  const dir = snapshotsDirFor(dataDir);
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const file = path.join(dir, `${prefixFor(dataDir)}${stamp}.tar.gz`);
  const partial = `${file}.partial`;
  writeFileSync(partial, Buffer.from(await (await dump()).arrayBuffer()));
  renameSync(partial, file);
  for (const old of listSnapshots(dataDir).slice(SNAPSHOTS_KEPT)) rmSync(old, { force: true });
  return file;
}
