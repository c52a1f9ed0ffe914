// S3-compatible object storage (MinIO, Ceph, a cloud bucket) through the AWS SDK v3 client.
// Objects are named like the local folder's files ("ab/ab12…"), and carry their SHA-256 in
// their metadata so a copy can be checked without the database (npm run files:migrate).
import { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { isStorageKey, StorageUnavailableError, type FileStore, type StoredObject } from "./types";

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

const objectName = (key: string) => `${key.slice(0, 2)}/${key}`;
const isNotFound = (error: unknown) =>
  error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404);

export class S3Store implements FileStore {
  readonly description: string;
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.description = `bucket ${settings.bucket} at ${settings.endpoint}`;
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      // Checksums are ours (SHA-256 in metadata, verified on download); the SDK's default CRC
      // trailers are not understood by every S3-compatible server.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      // Storage that is down fails an upload in seconds, not after minutes of retries.
      maxAttempts: 2,
      requestHandler: { connectionTimeout: 3_000, requestTimeout: 30_000 },
    });
  }

  private async send<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (isNotFound(error)) throw error;
      throw new StorageUnavailableError(this.description, error);
    }
  }

  async put(key: string, bytes: Buffer, meta: { sha256: string; mimeType: string }): Promise<void> {
    await this.send(() =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.settings.bucket,
          Key: objectName(key),
          Body: bytes,
          ContentLength: bytes.length,
          ContentType: meta.mimeType,
          Metadata: { sha256: meta.sha256 },
          // Keys are fresh UUIDs; a server that supports conditional writes refuses a replacement.
          IfNoneMatch: "*",
        }),
      ),
    );
  }

  async open(key: string): Promise<Readable | null> {
    try {
      const object = await this.send(() => this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: objectName(key) })));
      if (!(object.Body instanceof Readable)) throw new StorageUnavailableError(this.description, new Error("the response had no body"));
      return object.Body;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  private async head(key: string) {
    try {
      return await this.send(() => this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: objectName(key) })));
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    const head = await this.head(key);
    return head ? { sizeBytes: head.ContentLength ?? 0 } : null;
  }

  /** The SHA-256 recorded with the object when it was stored (null if none or no object). */
  async recordedSha256(key: string): Promise<string | null> {
    return (await this.head(key))?.Metadata?.sha256 ?? null;
  }

  async remove(key: string): Promise<void> {
    await this.send(() => this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: objectName(key) })));
  }

  async *keys(): AsyncIterable<string> {
    let ContinuationToken: string | undefined;
    do {
      const page = await this.send(() => this.client.send(new ListObjectsV2Command({ Bucket: this.settings.bucket, ContinuationToken })));
      for (const object of page.Contents ?? []) {
        const key = object.Key?.split("/").pop();
        if (key && isStorageKey(key)) yield key;
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }
}
