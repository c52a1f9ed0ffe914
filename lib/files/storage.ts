// Files the app keeps (signed agreements, progress evidence). Bytes live in the file store
// (lib/files/store: the local folder FILE_STORAGE_DIR, or an S3-compatible bucket), named by a
// random key; the StoredFile row holds name, type, size and checksum. Nothing is served from the
// store directly: downloads go through route handlers that check the reader's access first.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import { RuleError } from "@/lib/actions/errors";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { requireWithinLimit } from "@/lib/security/rate-limit";
import { fileStore, isStorageKey, StorageUnavailableError, StoredFileDamagedError } from "./store";
import { checkZipLimits } from "./zip-limits";

export type FileKind = "pdf" | "png" | "jpeg" | "docx" | "xlsx" | "csv" | "txt";

/** What each kind is, by content: file-type's detection (which looks inside Office archives), or plain text. */
const kinds: Record<FileKind, { mimeType: string; extensions: string[]; detected: string | "text"; isZip?: boolean }> = {
  pdf: { mimeType: "application/pdf", extensions: [".pdf"], detected: "pdf" },
  png: { mimeType: "image/png", extensions: [".png"], detected: "png" },
  jpeg: { mimeType: "image/jpeg", extensions: [".jpg", ".jpeg"], detected: "jpg" },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: [".docx"], detected: "docx", isZip: true },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: [".xlsx"], detected: "xlsx", isZip: true },
  csv: { mimeType: "text/csv", extensions: [".csv"], detected: "text" },
  txt: { mimeType: "text/plain", extensions: [".txt"], detected: "text" },
};

/** Text files have no NUL bytes (binary formats almost always do within their first 4 KB). */
function isPlainText(bytes: Buffer): boolean {
  return !bytes.subarray(0, 4096).includes(0);
}

/** Whether the bytes are what the kind claims: an Office file must be that Office format (not any zip) and within the archive limits. */
async function contentMatches(kind: FileKind, bytes: Buffer, field: string): Promise<boolean> {
  const expected = kinds[kind];
  if (expected.isZip) {
    const verdict = await checkZipLimits(bytes);
    if (verdict === "tooManyEntries" || verdict === "tooLarge") throw new RuleError("errors.archiveTooLarge", field);
    if (verdict !== "ok") return false;
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (expected.detected === "text") return detected === undefined && isPlainText(bytes);
  return detected?.ext === expected.detected;
}

export interface UploadRules {
  kinds: FileKind[];
  maxBytes: number;
}

export interface CheckedUpload {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

/**
 * The file's name, declared type and content must all agree with one allowed kind. Each file
 * checked counts against the uploader's upload allowance.
 */
export async function checkUpload(file: File, rules: UploadRules, field: string, uploaderId: string): Promise<CheckedUpload> {
  await requireWithinLimit(db, "upload", uploaderId, field);
  if (file.size === 0) throw new RuleError("errors.fileEmpty", field);
  if (file.size > rules.maxBytes) throw new RuleError(`errors.fileTooLarge|max=${Math.round(rules.maxBytes / 1024 / 1024)}`, field);
  const fileName = path.basename(file.name).replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(0, 200) || "file";
  const extension = path.extname(fileName).toLowerCase();
  const bytes = Buffer.from(await file.arrayBuffer());
  const kind = rules.kinds.find((candidate) => kinds[candidate].extensions.includes(extension));
  if (!kind) throw new RuleError("errors.fileTypeNotAllowed", field);
  // A lying extension (or declared type) is refused: the bytes decide.
  if (!(await contentMatches(kind, bytes, field))) throw new RuleError("errors.fileContentMismatch", field);
  if (file.type && file.type !== kinds[kind].mimeType && file.type !== "application/octet-stream" && !(kind === "csv" && file.type.startsWith("text/"))) {
    throw new RuleError("errors.fileContentMismatch", field);
  }
  return { fileName, mimeType: kinds[kind].mimeType, bytes };
}

export type StoredUpload = { fileName: string; mimeType: string; sizeBytes: number; sha256: string; storageKey: string };

/** Writes the bytes and returns the columns of a StoredFile row. */
async function storeUpload(upload: CheckedUpload): Promise<StoredUpload> {
  const storageKey = randomUUID();
  const sha256 = createHash("sha256").update(upload.bytes).digest("hex");
  await fileStore().put(storageKey, upload.bytes, { sha256, mimeType: upload.mimeType });
  return { fileName: upload.fileName, mimeType: upload.mimeType, sizeBytes: upload.bytes.length, sha256, storageKey };
}

/**
 * Stores the uploads' bytes, then runs `write` — the transaction that inserts their StoredFile
 * rows with the record they belong to. Bytes go first so a row never points at a missing file.
 * If storing or the transaction fails, bytes that no row references are removed again. A commit
 * whose answer was lost (the database restarting at that moment) may have saved the rows: those
 * bytes are kept, and when the database cannot be asked, all of them are — an unreferenced file
 * is harmless, a record without its file is not. Storage that cannot be reached is a plain
 * refusal of the form, with nothing written.
 */
export async function withStoredUploads<T>(uploads: readonly CheckedUpload[], write: (stored: StoredUpload[]) => Promise<T>): Promise<T> {
  const stored: StoredUpload[] = [];
  try {
    for (const upload of uploads) stored.push(await storeUpload(upload));
    return await write(stored);
  } catch (error) {
    await removeUnreferenced(stored.map((file) => file.storageKey));
    if (error instanceof StorageUnavailableError) {
      console.error(error.message);
      throw new RuleError("errors.storageUnavailable");
    }
    throw error;
  }
}

async function removeUnreferenced(storageKeys: string[]): Promise<void> {
  if (storageKeys.length === 0) return;
  try {
    const referenced = new Set((await db.storedFile.findMany({ where: { storageKey: { in: storageKeys } }, select: { storageKey: true } })).map((row) => row.storageKey));
    const store = fileStore();
    await Promise.allSettled(storageKeys.filter((key) => !referenced.has(key)).map((key) => store.remove(key)));
  } catch {
    // The database cannot say which were saved: keep every file.
  }
}

/** A stored file's bytes, checked against the SHA-256 recorded when it was stored. */
export async function readStoredFile(file: { storageKey: string; sha256: string }): Promise<Buffer> {
  const stream = await openStoredFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The bytes as a stream that errors at its end if they do not match their checksum: a download
 * of damaged bytes breaks off instead of completing with the wrong content.
 */
export async function openStoredFile(file: { storageKey: string; sha256: string }): Promise<Readable> {
  if (!isStorageKey(file.storageKey)) throw new Error("Invalid storage key");
  const source = await fileStore().open(file.storageKey);
  if (!source) throw new StoredFileDamagedError(file.storageKey);
  const hash = createHash("sha256");
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      done(hash.digest("hex") === file.sha256 ? null : new StoredFileDamagedError(file.storageKey));
    },
  });
  return source.pipe(check).on("error", () => source.destroy());
}

type DownloadableFile = { storageKey: string; sha256: string; fileName: string; mimeType: string; sizeBytes: number };

/** The response for an authorised download, streamed from whichever store keeps the bytes; failures in the reader's language. */
export async function storedFileResponse(file: DownloadableFile, locale: Locale): Promise<Response> {
  try {
    const stream = await openStoredFile(file);
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { headers: downloadHeaders(file) });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    const unavailable = error instanceof StorageUnavailableError;
    const t = createTranslator(catalogs[locale], locale);
    const message = t(unavailable ? "errors.storageDownloadUnavailable" : "errors.storedFileUnreadable");
    return new Response(message, {
      status: unavailable ? 503 : 500,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Language": locale, ...(unavailable ? { "Retry-After": "30" } : {}) },
    });
  }
}

/** Headers for sending a stored file: always as a download, never sniffed or rendered inline. */
export function downloadHeaders(file: { fileName: string; mimeType: string; sizeBytes: number }): HeadersInit {
  return {
    "Content-Type": file.mimeType,
    "Content-Length": String(file.sizeBytes),
    "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}
