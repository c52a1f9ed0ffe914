// The backup folder: one directory holding everything needed to bring the application back.
//   manifest.json        what the backup holds, each file with its size and SHA-256
//   database.tar.gz      PGlite: its own dump of the data directory   (or)
//   database.pgdump      PostgreSQL: pg_dump's custom format
//   files/<aa>/<key>     every uploaded file, laid out as under FILE_STORAGE_DIR
// A folder rather than one archive: no archiver to depend on, and each part can be checked or
// copied with ordinary tools. Restores check every checksum before changing anything.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
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

/** The stored files under the storage directory: `<first two characters>/<storage key>`. */
function listStoredFiles(storage: string): string[] {
  if (!existsSync(storage)) return [];
  return readdirSync(storage, { withFileTypes: true })
    .filter((prefix) => prefix.isDirectory() && /^[0-9a-f]{2}$/.test(prefix.name))
    .flatMap((prefix) =>
      readdirSync(path.join(storage, prefix.name), { withFileTypes: true })
        .filter((file) => file.isFile() && /^[0-9a-f-]{36}$/.test(file.name))
        .map((file) => path.join(prefix.name, file.name)),
    )
    .sort();
}

/** Copies the stored files into the folder and writes the manifest (the database file is already there). */
export function completeBackupFolder(folder: string, kind: BackupManifest["database"]["kind"], storage: string): BackupManifest {
  const files = listStoredFiles(storage).map((relative) => {
    mkdirSync(path.join(folder, "files", path.dirname(relative)), { recursive: true });
    copyFileSync(path.join(storage, relative), path.join(folder, "files", relative));
    return describe(path.join(folder, "files"), relative);
  });
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
 * Puts the backed-up files into the storage directory (each written beside and renamed, so none
 * is ever half-written). Files already there that the backup does not hold stay: a file no record
 * points at is harmless, a record without its file is not.
 */
export function restoreStoredFiles(folder: string, manifest: BackupManifest, storage: string): number {
  for (const file of manifest.files) {
    const destination = path.join(storage, ...file.path.split("/"));
    mkdirSync(path.dirname(destination), { recursive: true });
    copyFileSync(path.join(folder, "files", file.path), `${destination}.restoring`);
    renameSync(`${destination}.restoring`, destination);
  }
  return manifest.files.length;
}
