// The file store behind uploads and downloads, against both backends: the local folder and a
// real S3 protocol server (s3rver) started here. The same suite runs on each.
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fileStore, LocalFolderStore, S3Store, type FileStore } from "@/lib/files/store";
import { checkUpload, readStoredFile, storedFileResponse, withStoredUploads } from "@/lib/files/storage";
import { createUser } from "../helpers/factories";
import { startS3Server, type S3TestServer } from "../../scripts/lib/s3-server";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n`);

let s3: S3TestServer;
const localDir = mkdtempSync(path.join(tmpdir(), "mou-store-"));
const s3Variables = ["S3_ENDPOINT", "S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE"];

function useBackend(backend: "local" | "s3") {
  for (const name of s3Variables) delete process.env[name];
  process.env.FILE_STORAGE_DIR = localDir;
  if (backend === "s3") Object.assign(process.env, s3.env);
}

beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  for (const name of s3Variables) delete process.env[name];
  await s3.remove();
  rmSync(localDir, { recursive: true, force: true });
});

async function storeEvidenceFile(bytes: Buffer, uploaderId: string) {
  const upload = await checkUpload(new File([new Uint8Array(bytes)], "evidence.pdf", { type: "application/pdf" }), { kinds: ["pdf"], maxBytes: 1_000_000 }, "file", uploaderId);
  return withStoredUploads([upload], async ([stored]) => {
    if (!stored) throw new Error("nothing stored");
    return db.storedFile.create({ data: { ...stored, uploadedById: uploaderId } });
  });
}

describe.each(["local", "s3"] as const)("the %s file store", (backend) => {
  let store: FileStore;
  beforeAll(() => {
    useBackend(backend);
    store = fileStore();
    expect(store).toBeInstanceOf(backend === "s3" ? S3Store : LocalFolderStore);
  });

  it("keeps bytes under a key, lists the key, and removes them", async () => {
    const key = randomUUID();
    const bytes = Buffer.from("数字经济 ekonomi digital");
    await store.put(key, bytes, { sha256: sha256(bytes), mimeType: "text/plain" });
    expect(await store.stat(key)).toEqual({ sizeBytes: bytes.length });
    const stream = await store.open(key);
    const chunks: Buffer[] = [];
    for await (const chunk of stream ?? []) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    const keys: string[] = [];
    for await (const held of store.keys()) keys.push(held);
    expect(keys).toContain(key);
    await store.remove(key);
    expect(await store.stat(key)).toBeNull();
    expect(await store.open(key)).toBeNull();
  });

  it("stores an upload before its row, serves it back as an attachment with its checksum verified", async () => {
    const uploader = await createUser({ role: "OFFICER" });
    const bytes = pdf(`${backend} evidence`);
    const row = await storeEvidenceFile(bytes, uploader.id);
    expect(row.sha256).toBe(sha256(bytes));
    expect((await readStoredFile(row)).equals(bytes)).toBe(true);
    const response = await storedFileResponse(row, "en");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("removes the bytes again when the transaction that records them fails", async () => {
    const uploader = await createUser({ role: "OFFICER" });
    const before = new Set<string>();
    for await (const key of store.keys()) before.add(key);
    const upload = await checkUpload(new File([new Uint8Array(pdf("rolled back"))], "e.pdf"), { kinds: ["pdf"], maxBytes: 1_000_000 }, "file", uploader.id);
    await expect(withStoredUploads([upload], async () => Promise.reject(new Error("the transaction failed")))).rejects.toThrow("the transaction failed");
    const after: string[] = [];
    for await (const key of store.keys()) after.push(key);
    expect(after.filter((key) => !before.has(key))).toEqual([]);
  });

  it("never completes a download whose bytes no longer match their checksum", async () => {
    const uploader = await createUser({ role: "OFFICER" });
    const row = await storeEvidenceFile(pdf("original"), uploader.id);
    await store.remove(row.storageKey);
    const tampered = pdf("tampered");
    await store.put(row.storageKey, tampered, { sha256: sha256(tampered), mimeType: "application/pdf" });
    await expect(readStoredFile(row)).rejects.toThrow(/does not match its checksum/);
    const response = await storedFileResponse(row, "en");
    await expect(response.arrayBuffer()).rejects.toThrow();
  });
});

describe("object storage that cannot be reached", () => {
  it("refuses an upload plainly with nothing written, answers downloads 503, and serves them again once it is back", async () => {
    useBackend("s3");
    const uploader = await createUser({ role: "OFFICER" });
    const kept = await storeEvidenceFile(pdf("stored before the outage"), uploader.id);
    const rowsBefore = await db.storedFile.count();
    await s3.stop();
    try {
      await expect(storeEvidenceFile(pdf("during the outage"), uploader.id)).rejects.toMatchObject({ messageKey: "errors.storageUnavailable" });
      expect(await db.storedFile.count()).toBe(rowsBefore);
      const response = await storedFileResponse(kept, "en");
      expect(response.status).toBe(503);
      expect(await response.text()).toBe("File storage cannot be reached at the moment. Please try again shortly.");
    } finally {
      await s3.start();
    }
    const response = await storedFileResponse(kept, "en");
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).toString()).toContain("stored before the outage");
  }, 60_000);
});

describe("half-configured object storage", () => {
  it("names what is missing instead of falling back to the folder", () => {
    expect(() => fileStore({ S3_ENDPOINT: "http://127.0.0.1:9000", S3_BUCKET: "files" })).toThrow(/S3_REGION is required.*S3_ACCESS_KEY_ID is required/);
  });
});

describe("npm run files:migrate", () => {
  it("copies every stored file into the bucket with its checksum verified, reports what it could not copy, and skips what is there when run again", async () => {
    const target = await startS3Server("migrate");
    const folder = mkdtempSync(path.join(tmpdir(), "mou-migrate-"));
    try {
      useBackend("local");
      process.env.FILE_STORAGE_DIR = folder;
      const uploader = await createUser({ role: "OFFICER" });
      const good = [await storeEvidenceFile(pdf("first"), uploader.id), await storeEvidenceFile(pdf("second 第二"), uploader.id)];
      const damaged = await storeEvidenceFile(pdf("will be damaged"), uploader.id);
      const local: FileStore = new LocalFolderStore(folder);
      await local.remove(damaged.storageKey);
      await local.put(damaged.storageKey, pdf("damaged"), { sha256: "", mimeType: "application/pdf" });

      const { copyFilesToBucket } = await import("@/lib/files/copy-to-bucket");
      const bucket = fileStore(target.env) as S3Store;
      const first = await copyFilesToBucket(db, local, bucket);
      expect(first.unreadable).toContainEqual(expect.objectContaining({ storageKey: damaged.storageKey, reason: "checksum" }));
      expect(await bucket.stat(damaged.storageKey)).toBeNull();
      for (const file of good) {
        const copy = await bucket.open(file.storageKey);
        const chunks: Buffer[] = [];
        for await (const chunk of copy ?? []) chunks.push(chunk as Buffer);
        expect(sha256(Buffer.concat(chunks))).toBe(file.sha256);
      }
      expect(first.copied).toBeGreaterThanOrEqual(good.length);

      const second = await copyFilesToBucket(db, local, bucket);
      expect(second.copied).toBe(0);
      expect(second.alreadyThere).toBe(first.copied + first.alreadyThere);

      // Switched over: the app now serves the copied files from the bucket.
      useBackend("s3");
      Object.assign(process.env, target.env);
      const served = await storedFileResponse(good[1]!, "zh");
      expect(Buffer.from(await served.arrayBuffer()).toString()).toContain("second 第二");
    } finally {
      await target.remove();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("backups of the files in a bucket", () => {
  it("copy every object into the backup folder and put them back into an empty bucket", async () => {
    const source = await startS3Server("backup-source");
    const target = await startS3Server("backup-target");
    const folder = mkdtempSync(path.join(tmpdir(), "mou-bucket-backup-"));
    try {
      const { completeBackupFolder, readCheckedManifest, restoreStoredFiles } = await import("../../scripts/lib/backup-folder");
      const from = fileStore(source.env);
      const files = [pdf("in the bucket"), pdf("另一个文件")].map((bytes) => ({ key: randomUUID(), bytes }));
      for (const file of files) await from.put(file.key, file.bytes, { sha256: sha256(file.bytes), mimeType: "application/pdf" });
      writeFileSync(path.join(folder, "database.pgdump"), "dump");
      const manifest = await completeBackupFolder(folder, "postgres", from);
      expect(manifest.files.map((file) => file.path).sort()).toEqual(files.map((file) => `${file.key.slice(0, 2)}/${file.key}`).sort());
      expect(readCheckedManifest(folder)).toEqual(manifest);

      const to = fileStore(target.env);
      expect(await restoreStoredFiles(folder, manifest, to)).toBe(files.length);
      for (const file of files) {
        const copy = await to.open(file.key);
        const chunks: Buffer[] = [];
        for await (const chunk of copy ?? []) chunks.push(chunk as Buffer);
        expect(Buffer.concat(chunks).equals(file.bytes)).toBe(true);
      }
    } finally {
      await source.remove();
      await target.remove();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
