// Pages under load: builds the app into .next-bench, serves it with `next start` on the bench
// database (localhost only), signs in as the bench manager by minting a session cookie with
// next-auth's own `encode`, warms up, then measures each page with autocannon for a bounded time.
// /api/v1 paths are called with the bench manager's personal access token instead of the cookie.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { projectRoot } from "../lib/migrations";
import { benchManagerId, benchSessionId } from "./generate";

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

export async function measurePages(options: { appEnv: Record<string, string>; port: number; duration: number; connections: number; pages: string[]; apiToken?: string }): Promise<HttpRow[]> {
  const secret = randomBytes(32).toString("hex");
  const server = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "scripts/serve.ts"), "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    // The API's per-token limit would otherwise measure the limit, not the reads.
    env: { ...process.env, ...options.appEnv, NEXT_DIST_DIR: benchDistDir, AUTH_SECRET: secret, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", API_RATE_LIMIT_PER_MINUTE: "100000000" },
  });
  const base = `http://127.0.0.1:${options.port}`;
  try {
    await waitForServer(`${base}/login`, server);
    const token = await encode({ token: { sub: benchManagerId, sid: benchSessionId }, secret, salt: cookieName, maxAge: 60 * 60 });
    const cookie = `${cookieName}=${token}`;
    const rows: HttpRow[] = [];
    for (const page of options.pages) {
      const headers: Record<string, string> = page.startsWith("/api/v1/") && options.apiToken ? { authorization: `Bearer ${options.apiToken}` } : { cookie };
      const check = await fetch(`${base}${page}`, { headers, redirect: "manual" });
      await check.text();
      if (check.status !== 200) throw new Error(`${page} answered ${check.status} for the bench manager`);
      await load(`${base}${page}`, headers, 2, options.connections); // warm-up
      rows.push({ page, ...(await load(`${base}${page}`, headers, options.duration, options.connections)) });
    }
    return rows;
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}
