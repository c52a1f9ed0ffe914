// Files the app keeps (signed agreements, progress evidence). Bytes live on disk under
// FILE_STORAGE_DIR (default .data/files; share it between instances), named by a random key;
// the StoredFile row holds name, type, size and checksum. Nothing is served from disk directly:
// downloads go through route handlers that check the reader's access first.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { RuleError } from "@/lib/actions/errors";
import { db } from "@/lib/db";
import { requireWithinLimit } from "@/lib/security/rate-limit";
import { storageDir } from "./storage-dir";
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

const pathOf = (storageKey: string) => path.join(storageDir(), storageKey.slice(0, 2), storageKey);

/** Writes the bytes and returns the columns of a StoredFile row. */
async function storeUpload(upload: CheckedUpload): Promise<StoredUpload> {
  const storageKey = randomUUID();
  await mkdir(path.dirname(pathOf(storageKey)), { recursive: true });
  await writeFile(pathOf(storageKey), upload.bytes, { flag: "wx" });
  return {
    fileName: upload.fileName,
    mimeType: upload.mimeType,
    sizeBytes: upload.bytes.length,
    sha256: createHash("sha256").update(upload.bytes).digest("hex"),
    storageKey,
  };
}

/**
 * Stores the uploads' bytes, then runs `write` — the transaction that inserts their StoredFile
 * rows with the record they belong to. Bytes go first so a row never points at a missing file.
 * If storing or the transaction fails, bytes that no row references are removed again. A commit
 * whose answer was lost (the database restarting at that moment) may have saved the rows: those
 * bytes are kept, and when the database cannot be asked, all of them are — an unreferenced file
 * is harmless, a record without its file is not.
 */
export async function withStoredUploads<T>(uploads: readonly CheckedUpload[], write: (stored: StoredUpload[]) => Promise<T>): Promise<T> {
  const stored: StoredUpload[] = [];
  try {
    for (const upload of uploads) stored.push(await storeUpload(upload));
    return await write(stored);
  } catch (error) {
    await removeUnreferenced(stored.map((file) => file.storageKey));
    throw error;
  }
}

async function removeUnreferenced(storageKeys: string[]): Promise<void> {
  if (storageKeys.length === 0) return;
  try {
    const referenced = new Set((await db.storedFile.findMany({ where: { storageKey: { in: storageKeys } }, select: { storageKey: true } })).map((row) => row.storageKey));
    await Promise.allSettled(storageKeys.filter((key) => !referenced.has(key)).map((key) => rm(pathOf(key), { force: true })));
  } catch {
    // The database cannot say which were saved: keep every file.
  }
}

export async function readStoredFile(storageKey: string): Promise<Buffer> {
  if (!/^[0-9a-f-]{36}$/.test(storageKey)) throw new Error("Invalid storage key");
  return readFile(pathOf(storageKey));
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
