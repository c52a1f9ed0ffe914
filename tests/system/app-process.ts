// The real app for the system tests: the production build in .next-system served by
// scripts/serve.ts (as `npm start` does) on a data directory of the test's own, signed in and written to over HTTP as a
// browser does, and the project's own commands (`npm run …`) run beside it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { callAction, resolveActionIds, sessionCookieFrom } from "../../scripts/load/server-actions";
import { todayIso } from "../../lib/dates";

export const root = path.resolve(import.meta.dirname, "../..");
export const distDir = ".next-system";
const basePort = Number(process.env.SYSTEM_PORT ?? 3190);

export function envFor(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DATA_DIR: dataDir,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: "system-test-secret-not-for-production-0123456789",
  };
  delete env.DATABASE_URL;
  delete env.npm_lifecycle_event;
  return env;
}

const scratchFolders: string[] = [];

/** A folder of the test's own under the system temp directory, removed by removeScratch(). */
export function scratchFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  scratchFolders.push(folder);
  return folder;
}

export function removeScratch(): void {
  for (const folder of scratchFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

export function buildOnce(): void {
  if (existsSync(path.join(root, distDir, "BUILD_ID")) && process.env.SYSTEM_REBUILD !== "1") return;
  const buildData = path.join(tmpdir(), "mou-system-build");
  rmSync(buildData, { recursive: true, force: true });
  const result = spawnSync("npx", ["next", "build"], { cwd: root, env: { ...envFor(path.join(buildData, "pglite")), NODE_ENV: "production" }, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
  // A build worker that opened the database would own it while the server starts (and refuse it).
  if (existsSync(buildData)) throw new Error(`next build opened the embedded database (${buildData}): nothing may touch it at import time`);
}

export interface CommandResult {
  status: number;
  output: string;
}

/** `npm run <script>` in the project folder on the test's data directory. */
export function npmRun(script: string, dataDir: string, args: string[] = []): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], { cwd: root, env: envFor(dataDir) });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (status) => resolve({ status: status ?? 1, output }));
  });
}

/** A migrated, seeded data directory, made once and copied for each test. */
export async function seededTemplate(): Promise<string> {
  const dataDir = path.join(scratchFolder("mou-system-template-"), "pglite");
  for (const script of ["db:deploy", "db:seed"]) {
    const result = await npmRun(script, dataDir);
    if (result.status !== 0) throw new Error(`${script} failed:\n${result.output}`);
  }
  return dataDir;
}

/** A copy of the template in a folder of its own (its snapshots go beside it). */
export function freshCopy(template: string): string {
  const dataDir = path.join(scratchFolder("mou-system-"), "pglite");
  cpSync(template, dataDir, { recursive: true });
  return dataDir;
}

export class App {
  private child: ChildProcess | null = null;
  output = "";
  exited: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly dataDir: string,
    readonly port = basePort,
    /** Settings of this start only (e.g. WEB_CONCURRENCY). */
    readonly settings: Record<string, string> = {},
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the server; resolves when it answers, or with its exit code when it stops first. */
  async start(): Promise<{ up: true } | { up: false; code: number | null }> {
    this.output = "";
    // What `npm start` ends with: the app's own server (scripts/serve.ts) around the build.
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts"), "-H", "127.0.0.1", "-p", String(this.port)], {
      cwd: root,
      env: { ...envFor(this.dataDir), NODE_ENV: "production", ...this.settings },
    });
    this.child = child;
    child.stdout?.on("data", (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
    let stoppedWith: number | null | undefined;
    void this.exited.then((code) => (stoppedWith = code));
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (stoppedWith !== undefined) return { up: false, code: stoppedWith };
      try {
        if ((await fetch(`${this.baseUrl}/login`, { signal: AbortSignal.timeout(10_000) })).ok) return { up: true };
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    throw new Error(`The app did not start:\n${this.output}`);
  }

  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    this.child.kill(signal);
    await this.exited;
    this.child = null;
  }
}

/** Signs in as the seeded Malaysian officer and logs progress updates with unique narratives. */
export class ProgressWriter {
  private readonly actionId = resolveActionIds(path.join(root, distDir));
  private cookie = "";
  readonly confirmed: string[] = [];
  private sequence = 0;

  constructor(
    private readonly app: App,
    private readonly milestone: { id: string; percent: number },
    private readonly label: string,
  ) {}

  async signIn(): Promise<void> {
    const call = await callAction({
      baseUrl: this.app.baseUrl,
      pagePath: "/login",
      actionId: this.actionId("lib/actions/auth.ts", "signInWithPassword"),
      fields: { email: "officer.my@mou.example", password: "MouTracker!2025" },
    });
    const cookie = sessionCookieFrom(call.setCookies);
    if (!cookie) throw new Error(`Sign-in failed (${call.outcome}, HTTP ${call.status})`);
    this.cookie = cookie;
  }

  /** One write; true when the app confirmed it. */
  async write(): Promise<boolean> {
    const narrative = `system-${this.label}-${(this.sequence += 1)}`;
    const call = await callAction({
      baseUrl: this.app.baseUrl,
      pagePath: "/milestones",
      actionId: this.actionId("lib/actions/progress.ts", "logProgress"),
      cookie: this.cookie,
      fields: { milestoneId: this.milestone.id, reportedOn: todayIso(), percentComplete: String(this.milestone.percent), status: "ON_TRACK", narrative, blockers: "", evidenceLinks: "" },
      timeoutMs: 60_000,
    });
    if (call.outcome === "success") this.confirmed.push(narrative);
    return call.outcome === "success";
  }
}
