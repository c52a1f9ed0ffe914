// Serves the owner's PGlite to other local processes (seed, deploy, backup…) over the
// PostgreSQL wire protocol on a loopback port, so they connect as to PostgreSQL.
//
// PGlite is ONE session. @electric-sql/pglite-socket (checked at 0.2.17) serialises each wire
// message with runExclusive(), which takes only PGlite's query lock: the app's transactions
// (PGlite.transaction holds the *transaction* lock and releases the query lock between its
// statements) could then run a tool's statements inside the app's transaction, and a tool's
// Parse/Bind/Execute could be split by an app query. So this bridge takes BOTH locks, in PGlite's
// own order, for a whole unit of a tool's work — from its first message until PostgreSQL reports
// "idle, no transaction open" (ReadyForQuery 'I') — so an app transaction and a tool
// transaction never interleave. Clients authenticate with a secret kept in the owner's lock file.
import { createServer, type Server, type Socket } from "node:net";
import { timingSafeEqual } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const PROTOCOL_3 = 196608;
/** A command that holds the database (mid-transaction) and says nothing this long is cut off. */
const IDLE_HOLD_LIMIT_MS = 15_000;
/** Not PostgreSQL's: "send me a consistent copy of the data directory" (backups, snapshots). */
export const DUMP_REQUEST = 0x4d4f5544;

/** Holds PGlite's transaction and query locks until the returned release() is called. */
export function holdPglite(pglite: PGlite): Promise<() => void> {
  return new Promise((held) => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    void pglite._runExclusiveTransaction(() => pglite._runExclusiveQuery(async () => {
      held(release);
      await released;
    }));
  });
}

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function errorResponse(text: string): Buffer {
  return message("E", Buffer.from(`SFATAL\0C28P01\0M${text}\0\0`, "utf8"));
}

const simpleQuery = (sql: string) => message("Q", Buffer.from(`${sql}\0`, "utf8"));
const sync = message("S", Buffer.alloc(0));

/** The transaction status of the last ReadyForQuery if the output ends with one, else null. */
function readyStatus(output: Buffer): string | null {
  let offset = 0;
  let last: string | null = null;
  while (offset + 5 <= output.length) {
    const type = String.fromCharCode(output[offset] ?? 0);
    const length = output.readInt32BE(offset + 1);
    last = type === "Z" && length === 5 ? String.fromCharCode(output[offset + 5] ?? 0) : null;
    offset += 1 + length;
  }
  return offset === output.length ? last : null;
}

class ToolConnection {
  private buffer = Buffer.alloc(0);
  private readonly queue: Buffer[] = [];
  private stage: "startup" | "password" | "ready" = "startup";
  private startupMessage: Buffer | null = null;
  private release: (() => void) | null = null;
  private pumping = false;
  private closed = false;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly socket: Socket,
    private readonly pglite: PGlite,
    private readonly secret: string,
    private readonly dump: () => Promise<Blob>,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (chunk) => this.receive(chunk));
    socket.on("error", () => socket.destroy());
    socket.on("close", () => void this.close());
  }

  private receive(chunk: Buffer): void {
    clearTimeout(this.idleTimer);
    this.buffer = Buffer.concat([this.buffer, chunk]);
    this.takeFrames();
    void this.pump();
  }

  private takeFrames(): void {
    for (;;) {
      if (this.stage === "startup") {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        const startup = this.buffer.subarray(0, length);
        this.buffer = this.buffer.subarray(length);
        if (code === SSL_REQUEST || code === GSS_REQUEST) {
          this.socket.write("N");
          continue;
        }
        if (code === DUMP_REQUEST) return void this.sendDump(startup.subarray(8).toString("utf8"));
        // Cancel requests are dropped (PGlite has no backend to signal), like anything unknown.
        if (code !== PROTOCOL_3) return void this.socket.destroy();
        this.startupMessage = Buffer.from(startup);
        this.stage = "password";
        // AuthenticationCleartextPassword: loopback only, and the secret is in a private file.
        this.socket.write(message("R", Buffer.from([0, 0, 0, 3])));
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = 1 + this.buffer.readInt32BE(1);
      if (this.buffer.length < length) return;
      const frame = Buffer.from(this.buffer.subarray(0, length));
      this.buffer = this.buffer.subarray(length);
      if (this.stage === "password") {
        if (!this.checkPassword(frame)) {
          this.socket.end(errorResponse("password authentication failed (the MoU Tracker database secret)"));
          return;
        }
        this.stage = "ready";
        if (this.startupMessage) this.queue.push(this.startupMessage);
        continue;
      }
      // Terminate is answered by closing; PGlite's own session must never see it.
      if (frame[0] === "X".charCodeAt(0)) return void this.socket.end();
      this.queue.push(frame);
    }
  }

  private checkPassword(frame: Buffer): boolean {
    return frame[0] === "p".charCodeAt(0) && this.isSecret(frame.subarray(5, frame.length - 1).toString("utf8"));
  }

  private isSecret(text: string): boolean {
    const given = Buffer.from(text);
    const expected = Buffer.from(this.secret);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Answers 'D' + the gzipped tarball, or 'E' + a message; then closes. */
  private async sendDump(secret: string): Promise<void> {
    if (!this.isSecret(secret)) return void this.socket.end("Ewrong secret");
    try {
      const tarball = Buffer.from(await (await this.dump()).arrayBuffer());
      this.socket.end(Buffer.concat([Buffer.from("D"), tarball]));
    } catch (error) {
      this.socket.end(`E${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let frame = this.queue.shift(); frame && !this.closed; frame = this.queue.shift()) {
        if (!this.release) this.release = await holdPglite(this.pglite);
        if (this.closed) break;
        const output: Buffer[] = [];
        await this.pglite.execProtocolRawStream(new Uint8Array(frame), {
          onRawData: (data) => {
            const copy = Buffer.from(data);
            output.push(copy);
            if (!this.socket.destroyed) this.socket.write(copy);
          },
        });
        if (readyStatus(Buffer.concat(output)) === "I" && this.queue.length === 0) this.unhold();
      }
    } finally {
      this.pumping = false;
    }
    if (this.closed) await this.close();
    // The app waits while a command holds the database: a command that stalls must not stall it.
    else if (this.release) this.idleTimer = setTimeout(() => this.socket.destroy(), IDLE_HOLD_LIMIT_MS);
  }

  private unhold(): void {
    const release = this.release;
    this.release = null;
    release?.();
  }

  /** A tool that went away (even mid-work) leaves PGlite's one session as it found it. */
  private async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    this.queue.length = 0;
    if (this.pumping || this.stage !== "ready") return;
    this.stage = "startup";
    if (!this.release) this.release = await holdPglite(this.pglite);
    try {
      await this.pglite.execProtocolRaw(new Uint8Array(sync));
      if (this.pglite.isInTransaction()) await this.pglite.execProtocolRaw(new Uint8Array(simpleQuery("ROLLBACK")));
      // Session-level locks would otherwise outlive the command in PGlite's one session.
      await this.pglite.execProtocolRaw(new Uint8Array(simpleQuery("SELECT pg_advisory_unlock_all()")));
    } finally {
      this.unhold();
    }
  }
}

/** Starts serving on 127.0.0.1 (a free port); tools find the port and secret in the lock file. */
export async function serveToLocalTools(options: { pglite: PGlite; secret: string; dump: () => Promise<Blob> }): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => new ToolConnection(socket, options.pglite, options.secret, options.dump));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("The database bridge has no port");
  server.unref();
  return { server, port: address.port };
}
