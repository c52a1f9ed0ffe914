// A backup folder is trusted only when every part is there with the checksum its manifest lists:
// a restore refuses anything else before it touches the database or the file store.
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { completeBackupFolder, readCheckedManifest, restoreStoredFiles } from "../../scripts/lib/backup-folder";
import { LocalFolderStore } from "../../lib/files/store/local";
import { Refusal } from "../../scripts/lib/fail";

const key = "ab123456-1234-4234-8234-123456789012";
const scratches: string[] = [];
afterEach(() => scratches.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function aBackup() {
  const root = mkdtempSync(path.join(tmpdir(), "mou-backup-folder-"));
  scratches.push(root);
  const storage = path.join(root, "store");
  mkdirSync(path.join(storage, "ab"), { recursive: true });
  writeFileSync(path.join(storage, "ab", key), "evidence 数字经济");
  writeFileSync(path.join(storage, "stray.tmp"), "not a stored file");
  const folder = path.join(root, "backup");
  mkdirSync(folder);
  writeFileSync(path.join(folder, "database.pgdump"), "dump");
  return { root, folder, manifest: await completeBackupFolder(folder, "postgres", new LocalFolderStore(storage)) };
}

describe("backup folder", () => {
  it("lists the database and each stored file with its size and SHA-256, and restores the files", async () => {
    const { root, folder, manifest } = await aBackup();
    expect(manifest.database).toEqual({ kind: "postgres", file: "database.pgdump", bytes: 4, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(manifest.files).toEqual([{ path: `ab/${key}`, bytes: Buffer.byteLength("evidence 数字经济"), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(readCheckedManifest(folder)).toEqual(manifest);
    const emptyStore = path.join(root, "restored");
    expect(await restoreStoredFiles(folder, manifest, new LocalFolderStore(emptyStore))).toBe(1);
    expect(readFileSync(path.join(emptyStore, "ab", key), "utf8")).toBe("evidence 数字经济");
    expect(readdirSync(emptyStore, { recursive: true })).toEqual(["ab", `ab/${key}`]);
  });

  it("refuses a changed file, a missing part, and a folder without a valid manifest", async () => {
    const changed = await aBackup();
    appendFileSync(path.join(changed.folder, "files", "ab", key), "!");
    expect(() => readCheckedManifest(changed.folder)).toThrow(new Refusal(`The backup is damaged: ab/${key} does not match its checksum`));

    const missing = await aBackup();
    rmSync(path.join(missing.folder, "database.pgdump"));
    expect(() => readCheckedManifest(missing.folder)).toThrow(new Refusal("The backup is incomplete: database.pgdump is missing"));

    const noManifest = await aBackup();
    rmSync(path.join(noManifest.folder, "manifest.json"));
    expect(() => readCheckedManifest(noManifest.folder)).toThrow(/not a complete backup/);

    const garbled = await aBackup();
    writeFileSync(path.join(garbled.folder, "manifest.json"), "{ not json");
    expect(() => readCheckedManifest(garbled.folder)).toThrow(/not a backup manifest this version understands/);
  });
});
