// What the app needs from a place that keeps file bytes. Two backends implement it: the local
// folder (default) and S3-compatible object storage (lib/files/store/index.ts chooses).
import type { Readable } from "node:stream";

export interface StoredObject {
  sizeBytes: number;
}

export interface FileStore {
  /** Names the backend in messages and reports ("folder /srv/files", "bucket files at …"). */
  readonly description: string;
  /** Writes new bytes under a key that is not in use yet; never replaces existing bytes. */
  put(key: string, bytes: Buffer, meta: { sha256: string; mimeType: string }): Promise<void>;
  /** The bytes as a stream; null when the key holds nothing. */
  open(key: string): Promise<Readable | null>;
  /** Size of what the key holds, or null. */
  stat(key: string): Promise<StoredObject | null>;
  /** Removes the key's bytes; nothing when it holds none. */
  remove(key: string): Promise<void>;
  /** Every key held, in no particular order. */
  keys(): AsyncIterable<string>;
}

/** The storage could not be reached or refused the request: the caller reports it plainly. */
export class StorageUnavailableError extends Error {
  constructor(store: string, cause: unknown) {
    super(`File storage (${store}) cannot be reached: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "StorageUnavailableError";
  }
}

/** The bytes read back do not match the checksum recorded when they were stored. */
export class StoredFileDamagedError extends Error {
  constructor(key: string) {
    super(`The stored file ${key} does not match its checksum.`);
    this.name = "StoredFileDamagedError";
  }
}

/** Storage keys are random UUIDs (lib/files/storage.ts); anything else never reaches a backend. */
export const isStorageKey = (key: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(key);
