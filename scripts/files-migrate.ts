// npm run files:migrate — copies every stored file from the local folder (FILE_STORAGE_DIR,
// default .data/files) into the S3 bucket named by S3_ENDPOINT and its companions. Run it, then
// start the app with the S3 settings. Safe to run again: what is already copied is skipped.
import { existsSync } from "node:fs";
import { copyFilesToBucket } from "@/lib/files/copy-to-bucket";
import { LocalFolderStore, localStorageDir, S3Store, s3SettingsFrom } from "@/lib/files/store";
import { connectPrismaClient } from "@/lib/prisma-client";

if (existsSync(".env.local")) process.loadEnvFile(".env.local");
const settings = s3SettingsFrom();
if (!settings) {
  console.error("Set S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (and S3_FORCE_PATH_STYLE=true for MinIO-style endpoints) to name the bucket to copy into.");
  process.exit(1);
}
const from = new LocalFolderStore(localStorageDir());
const to = new S3Store(settings);
console.log(`Copying stored files from the ${from.description} to the ${to.description}…`);
const client = await connectPrismaClient();
try {
  const report = await copyFilesToBucket(client, from, to, (done, total) => {
    if (done % 100 === 0 || done === total) process.stdout.write(`\r  ${done} of ${total} files checked`);
  });
  console.log(`\nCopied ${report.copied} (${(report.bytesCopied / 1024 / 1024).toFixed(1)} MB); already in the bucket: ${report.alreadyThere}.`);
  for (const file of report.unreadable) {
    console.log(`  Not copied: ${file.fileName} (${file.storageKey}) — ${file.reason === "missing" ? "not in the folder" : "its bytes do not match their checksum"}`);
  }
  process.exitCode = report.unreadable.length > 0 ? 2 : 0;
} finally {
  await client.$disconnect();
}
