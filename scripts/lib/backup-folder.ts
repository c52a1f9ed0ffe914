// The backup folder: one directory holding everything needed to bring the application back.
//   manifest.json        what the backup holds, each file with its size and SHA-256
//   database.tar.gz      PGlite: its own dump of the data directory   (or)
//   database.pgdump      PostgreSQL: pg_dump's custom format
//   files/<aa>/<key>     every uploaded file, from whichever file store holds them (folder or bucket)
// A folder rather than one archive: no archiver to depend on, and each part can be checked or
// copied with ordinary tools. Restores check every checksum before changing anything.
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import type { FileStore } from "../../lib/files/store";
import { Refusal } from "./fail";

export const manifestName = "manifest.json";
export const databaseFileNames = { pglite: "database.tar.gz", postgres: "database.pgdump" } as const;

const entry = z.strictObject({ path: z.string().regex(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

const manifestSchema = z.strictObject({
  format: z.literal("mou-tracker-backup"),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  database: z.strictObject({ kind: z.enum(["pglite", "postgres"]), file: z.enum([databaseFileNames.pglite, databaseFileNames.postgres]), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  files: z.array(entry),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
type FileEntry = z.infer<typeof entry>;

const sha256Of = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

function describe(root: string, relative: string): FileEntry {
  const bytes = readFileSync(path.join(root, relative));
  return { path: relative.split(path.sep).join("/"), bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** Copies every stored file from the file store into the folder and writes the manifest (the database file is already there). */
export async function completeBackupFolder(folder: string, kind: BackupManifest["database"]["kind"], store: FileStore): Promise<BackupManifest> {
  const files: FileEntry[] = [];
  const keys: string[] = [];
  for await (const key of store.keys()) keys.push(key);
  for (const key of keys.sort()) {
    const source = await store.open(key);
    if (!source) continue; // removed since it was listed: nothing points at it
    const relative = path.join(key.slice(0, 2), key);
    mkdirSync(path.join(folder, "files", key.slice(0, 2)), { recursive: true });
    await pipeline(source, createWriteStream(path.join(folder, "files", relative)));
    files.push(describe(path.join(folder, "files"), relative));
  }
  const databaseFile = databaseFileNames[kind];
  const { bytes, sha256 } = describe(folder, databaseFile);
  const manifest: BackupManifest = {
    format: "mou-tracker-backup",
    version: 1,
    createdAt: new Date().toISOString(),
    database: { kind, file: databaseFile, bytes, sha256 },
    files,
  };
  // The manifest goes last: a folder without one is an interrupted backup, never restored.
  writeFileSync(path.join(folder, manifestName), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // refused by the schema, with the file named
  }
}

/** The manifest, after checking that the folder holds every part with the size and checksum it lists. */
export function readCheckedManifest(folder: string): BackupManifest {
  const manifestFile = path.join(folder, manifestName);
  if (!existsSync(manifestFile)) throw new Refusal(`${folder} has no ${manifestName}: not a complete backup`);
  const parsed = manifestSchema.safeParse(parseJson(readFileSync(manifestFile, "utf8")));
  if (!parsed.success) throw new Refusal(`${manifestFile} is not a backup manifest this version understands: ${z.prettifyError(parsed.error)}`);
  const manifest = parsed.data;
  const parts = [{ ...manifest.database, path: manifest.database.file, at: path.join(folder, manifest.database.file) }, ...manifest.files.map((file) => ({ ...file, at: path.join(folder, "files", file.path) }))];
  for (const part of parts) {
    if (!existsSync(part.at)) throw new Refusal(`The backup is incomplete: ${part.path} is missing`);
    if (sha256Of(part.at) !== part.sha256) throw new Refusal(`The backup is damaged: ${part.path} does not match its checksum`);
  }
  return manifest;
}

/**
 * Puts the backed-up files into the file store (folder or bucket; neither ever holds a
 * half-written file). Files already there that the backup does not hold stay: a file no record
 * points at is harmless, a record without its file is not.
 */
export async function restoreStoredFiles(folder: string, manifest: BackupManifest, store: FileStore): Promise<number> {
  for (const file of manifest.files) {
    const key = file.path.split("/")[1] ?? "";
    const bytes = readFileSync(path.join(folder, "files", file.path));
    // A file the store already holds under that key is replaced by the backup's (checked) copy.
    await store.remove(key);
    await store.put(key, bytes, { sha256: file.sha256, mimeType: "application/octet-stream" });
  }
  return manifest.files.length;
}
