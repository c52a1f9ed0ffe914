// A real S3 protocol server (s3rver) on a free local port, with its own folder and bucket, for
// the file-store tests and the storage fault run (npm run faults). It can be stopped and started
// again on the same port and folder, as object storage that goes down for a while and comes back.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export interface S3TestServer {
  env: Record<string, string>;
  stop(): Promise<void>;
  start(): Promise<void>;
  remove(): Promise<void>;
}

export async function startS3Server(bucket = "mou-files"): Promise<S3TestServer> {
  const directory = mkdtempSync(path.join(tmpdir(), "mou-s3-"));
  let port = 0;
  let server: S3rver | null = null;
  const start = async () => {
    server = new S3rver({ port, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
    const address = await server.run();
    port = address.port;
  };
  const stop = async () => {
    await server?.close();
    server = null;
  };
  await start();
  return {
    env: {
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
    },
    start,
    stop,
    remove: async () => {
      await stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
