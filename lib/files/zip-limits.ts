// Office files (.docx, .xlsx) are zip archives, and a small archive can expand to gigabytes (a
// "zip bomb"). Before anything parses one, its entries are counted and every entry is inflated
// as a stream and counted — never kept — so an archive is refused as soon as it passes the
// limits, whatever sizes its headers claim (yauzl checks each entry's real size against its
// declared one).
import yauzl from "yauzl";

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

/** Generous for any real spreadsheet or document the app accepts (uploads are at most 10 MB). */
export const officeZipLimits: ZipLimits = { maxEntries: 2_000, maxUncompressedBytes: 100 * 1024 * 1024 };

export type ZipVerdict = "ok" | "notZip" | "tooManyEntries" | "tooLarge";

class Refusal extends Error {
  constructor(readonly verdict: Exclude<ZipVerdict, "ok">) {
    super(verdict);
  }
}

export function checkZipLimits(bytes: Buffer, limits: ZipLimits = officeZipLimits): Promise<ZipVerdict> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (openError, zip) => {
      if (openError || !zip) return resolve("notZip");
      let settled = false;
      const finish = (verdict: ZipVerdict) => {
        if (settled) return;
        settled = true;
        zip.close();
        resolve(verdict);
      };
      if (zip.entryCount > limits.maxEntries) return finish("tooManyEntries");
      let total = 0;
      zip.on("error", () => finish("notZip"));
      zip.on("end", () => finish("ok"));
      zip.on("entry", (entry: yauzl.Entry) => {
        // Refuse on what the headers admit to before inflating anything.
        total += entry.uncompressedSize;
        if (total > limits.maxUncompressedBytes) return finish("tooLarge");
        if (entry.fileName.endsWith("/")) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return finish("notZip");
          let entryBytes = 0;
          stream.on("data", (chunk: Buffer) => {
            entryBytes += chunk.length;
            // The headers lied (yauzl would also stop at the declared size): stop at once.
            if (total - entry.uncompressedSize + entryBytes > limits.maxUncompressedBytes) {
              stream.destroy(new Refusal("tooLarge"));
            }
          });
          stream.on("error", (error) => finish(error instanceof Refusal ? error.verdict : "tooLarge"));
          stream.on("end", () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}
