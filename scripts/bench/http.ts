// Pages under load: builds the app into .next-bench, serves it with `next start` on the bench
// database (localhost only), signs in as the bench manager by minting a session cookie with
// next-auth's own `encode`, warms up, then measures each page with autocannon for a bounded time.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { projectRoot } from "../lib/migrations";

export const benchDistDir = ".next-bench";
const cookieName = "authjs.session-token";

export interface HttpRow {
  page: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  requests: number;
  errors: number;
}

export function buildApp(rebuild: boolean) {
  if (!rebuild && existsSync(path.join(projectRoot, benchDistDir, "BUILD_ID"))) return false;
  const result = spawnSync("npx", ["next", "build"], {
    cwd: projectRoot,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NEXT_DIST_DIR: benchDistDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}\n${result.stderr}`);
    throw new Error("next build failed");
  }
  return true;
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("next start exited early");
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("next start did not answer in time");
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

async function load(url: string, headers: Record<string, string>, duration: number, connections: number): Promise<Omit<HttpRow, "page">> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) errors += 1;
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return { requestsPerSecond: result.requests.average, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), requests: result.requests.total, errors: errors + result.errors };
}

export interface BenchUser {
  userId: string;
  sessionId: string;
  /** A personal access token of the user's, for the /api/v1 reads. */
  apiToken?: string;
}

export interface BenchServer {
  base: string;
  /** A session cookie for a bench user, minted with next-auth's own `encode`. */
  cookieFor: (user: BenchUser) => Promise<string>;
  stop: () => void;
}

/** `next start` on the bench build and database, with the reference page switched on. */
export async function startBenchServer(appEnv: Record<string, string>, port: number): Promise<BenchServer> {
  const secret = randomBytes(32).toString("hex");
  const server = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "scripts/serve.ts"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    env: { ...process.env, ...appEnv, NEXT_DIST_DIR: benchDistDir, AUTH_SECRET: secret, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", BENCH_REFERENCE_PAGE: "1",
      // The API's per-token limit would otherwise measure the limit, not the reads.
      API_RATE_LIMIT_PER_MINUTE: "100000000",
      // The server's own reminder round (5 s after start, then every 5 minutes) sweeps the whole
      // dataset — 40 s of work at full scale, once per server process — and would run beside
      // whichever pages are being measured then. (d) times the sweep on its own.
      REMINDERS_DISABLED: "1",
    },
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${base}/login`, server);
  } catch (error) {
    stop();
    throw error;
  }
  const cookieFor = async ({ userId, sessionId }: BenchUser) =>
    `${cookieName}=${await encode({ token: { sub: userId, sid: sessionId }, secret, salt: cookieName, maxAge: 60 * 60 })}`;
  return { base, cookieFor, stop };
}

/** How a page's user proves who they are: the session cookie, or their token for the API. */
async function credentials(server: BenchServer, page: BenchPage): Promise<Record<string, string>> {
  if (page.path.startsWith("/api/")) {
    if (!page.user.apiToken) throw new Error(`${page.name} needs an API token`);
    return { authorization: `Bearer ${page.user.apiToken}` };
  }
  return { cookie: await server.cookieFor(page.user) };
}

export interface BenchPage {
  /** The name printed in the tables and the verdict. */
  name: string;
  path: string;
  user: BenchUser;
}

async function fetchOk(url: string, headers: Record<string, string>, redirect: RequestRedirect = "manual"): Promise<number> {
  const response = await fetch(url, { headers, redirect });
  const bytes = (await response.arrayBuffer()).byteLength;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status} ${response.headers.get("location") ?? ""}`);
  return bytes;
}

/** What a first visit transfers before compression: the HTML document, and the RSC payload a client-side navigation fetches. */
export async function pageWeight(server: BenchServer, page: BenchPage): Promise<{ html: number; rsc: number }> {
  const cookie = await server.cookieFor(page.user);
  const url = `${server.base}${page.path}`;
  return { html: await fetchOk(url, { cookie }), rsc: await fetchOk(url, { cookie, RSC: "1" }, "follow") }; // Next sends an RSC request to its cache-busting address first
}

export async function loadPages(server: BenchServer, pages: BenchPage[], duration: number, connections: number): Promise<HttpRow[]> {
  const rows: HttpRow[] = [];
  for (const page of pages) {
    const headers = await credentials(server, page);
    const url = `${server.base}${page.path}`;
    await fetchOk(url, headers);
    await load(url, headers, 2, connections); // warm-up
    rows.push({ page: page.name, ...(await load(url, headers, duration, connections)) });
  }
  return rows;
}
