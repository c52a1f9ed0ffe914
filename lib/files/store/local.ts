// The local folder: FILE_STORAGE_DIR (default .data/files), one sub-folder per key prefix.
import { createReadStream } from "node:fs";
import { randomUUID } from "node:crypto";
import { link, mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { isStorageKey, StorageUnavailableError, type FileStore, type StoredObject } from "./types";

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

export class LocalFolderStore implements FileStore {
  readonly description: string;
  constructor(private readonly root: string) {
    this.description = `folder ${root}`;
  }

  // turbopackIgnore: the folder is data written at run time, not part of the build to trace.
  private pathOf(key: string): string {
    return path.join(/*turbopackIgnore: true*/ this.root, key.slice(0, 2), key);
  }

  /** Written beside, then linked into place: never half-written, and never over an existing file. */
  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.pathOf(key);
    const partial = `${file}.${randomUUID()}.partial`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(partial, bytes, { flag: "wx" });
      await link(partial, file);
    } catch (error) {
      throw new StorageUnavailableError(this.description, error);
    } finally {
      await rm(partial, { force: true });
    }
  }

  async open(key: string): Promise<Readable | null> {
    const file = this.pathOf(key);
    try {
      await stat(file);
    } catch (error) {
      if (isMissing(error)) return null;
      throw new StorageUnavailableError(this.description, error);
    }
    return createReadStream(/*turbopackIgnore: true*/ file);
  }

  async stat(key: string): Promise<StoredObject | null> {
    try {
      return { sizeBytes: (await stat(this.pathOf(key))).size };
    } catch (error) {
      if (isMissing(error)) return null;
      throw new StorageUnavailableError(this.description, error);
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *keys(): AsyncIterable<string> {
    let prefixes: string[];
    try {
      prefixes = await readdir(this.root);
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const prefix of prefixes.sort()) {
      const names = await readdir(path.join(this.root, prefix)).catch(() => []);
      for (const name of names.sort()) if (isStorageKey(name)) yield name;
    }
  }
}
