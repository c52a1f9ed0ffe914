// npm run files:migrate: copies every stored file from the local folder into the S3 bucket, so
// an existing deployment can switch backends. Resumable (an object already in the bucket with
// the right checksum is skipped), verifying (the local bytes must match the database's SHA-256
// before they are sent, and the bucket's copy is read back and checked after).
import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import type { DbClient } from "@/lib/prisma-client";
import type { FileStore } from "./store/types";
import type { S3Store } from "./store/s3";

export interface CopyReport {
  copied: number;
  alreadyThere: number;
  /** Files whose local bytes are missing or do not match their recorded checksum: not copied. */
  unreadable: { storageKey: string; fileName: string; reason: "missing" | "checksum" }[];
  bytesCopied: number;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

export async function copyFilesToBucket(
  client: DbClient,
  from: FileStore,
  to: S3Store,
  onFile: (done: number, total: number) => void = () => {},
): Promise<CopyReport> {
  const report: CopyReport = { copied: 0, alreadyThere: 0, unreadable: [], bytesCopied: 0 };
  const total = await client.storedFile.count();
  let done = 0;
  let cursor: string | undefined;
  // In pages by id: memory stays flat whatever the number of files.
  for (;;) {
    const page = await client.storedFile.findMany({
      orderBy: { id: "asc" },
      take: 200,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, storageKey: true, sha256: true, mimeType: true, fileName: true },
    });
    if (page.length === 0) break;
    for (const file of page) {
      done += 1;
      if ((await to.recordedSha256(file.storageKey)) === file.sha256) {
        report.alreadyThere += 1;
      } else {
        const local = await from.open(file.storageKey);
        const bytes = local ? await readAll(local) : null;
        if (!bytes) report.unreadable.push({ storageKey: file.storageKey, fileName: file.fileName, reason: "missing" });
        else if (sha256(bytes) !== file.sha256) report.unreadable.push({ storageKey: file.storageKey, fileName: file.fileName, reason: "checksum" });
        else {
          // A partial or wrong object left by an interrupted run is replaced.
          await to.remove(file.storageKey);
          await to.put(file.storageKey, bytes, { sha256: file.sha256, mimeType: file.mimeType });
          const copy = await to.open(file.storageKey);
          if (!copy || sha256(await readAll(copy)) !== file.sha256) throw new Error(`The bucket's copy of ${file.storageKey} does not match its checksum.`);
          report.copied += 1;
          report.bytesCopied += bytes.length;
        }
      }
      onFile(done, total);
    }
    cursor = page.at(-1)?.id;
  }
  return report;
}
