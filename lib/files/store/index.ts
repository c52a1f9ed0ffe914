// Which backend keeps the files: S3-compatible storage when S3_ENDPOINT and its companions are
// set, else the local folder FILE_STORAGE_DIR (default .data/files). Read from the environment
// at each call (tests point each file at its own folder); the S3 client is made once per setting.
import path from "node:path";
import { z } from "zod";
import { LocalFolderStore } from "./local";
import { S3Store, type S3Settings } from "./s3";
import type { FileStore } from "./types";

export { StorageUnavailableError, StoredFileDamagedError, isStorageKey, type FileStore } from "./types";
export { S3Store } from "./s3";
export { LocalFolderStore } from "./local";
export type { S3Settings } from "./s3";

const required = (name: string) => z.string({ error: `${name} is required` }).min(1, `${name} is required`);

const s3Environment = z
  .object({
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "S3_ENDPOINT must be an http(s) URL" }),
    S3_BUCKET: required("S3_BUCKET"),
    S3_REGION: required("S3_REGION"),
    S3_ACCESS_KEY_ID: required("S3_ACCESS_KEY_ID"),
    S3_SECRET_ACCESS_KEY: required("S3_SECRET_ACCESS_KEY"),
    S3_FORCE_PATH_STYLE: z.enum(["true", "false", "1", "0", ""], { error: "S3_FORCE_PATH_STYLE must be true or false" }).optional(),
  })
  .transform(
    (env): S3Settings => ({
      endpoint: env.S3_ENDPOINT,
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === "true" || env.S3_FORCE_PATH_STYLE === "1",
    }),
  );

export const localStorageDir = (env: Environment = process.env) => env.FILE_STORAGE_DIR ?? path.join(process.cwd(), ".data", "files");

/** The S3 settings when any S3_ variable is set (all of them then required), else null. */
export function s3SettingsFrom(env: Environment = process.env): S3Settings | null {
  if (!env.S3_ENDPOINT && !env.S3_BUCKET) return null;
  const parsed = s3Environment.safeParse(env);
  if (!parsed.success) throw new Error(`Object storage is half configured: ${parsed.error.issues.map((issue) => issue.message).join("; ")}.`);
  return parsed.data;
}

type Environment = Record<string, string | undefined>;

const s3Stores = new Map<string, S3Store>();

export function fileStore(env: Environment = process.env): FileStore {
  const settings = s3SettingsFrom(env);
  if (!settings) return new LocalFolderStore(localStorageDir(env));
  const id = JSON.stringify(settings);
  let store = s3Stores.get(id);
  if (!store) s3Stores.set(id, (store = new S3Store(settings)));
  return store;
}
