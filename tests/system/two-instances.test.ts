// Two app instances on one PostgreSQL database and one S3 bucket (a real S3 protocol server):
// a file uploaded through one instance downloads through the other, and neither keeps it in a
// local folder. PostgreSQL only: an embedded database has one owner process, so one instance.
// Instance A runs two server processes (scripts/serve.ts's cluster, as on a 2-core server), B one.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { callAction, resolveActionIds, sessionCookieFrom } from "../../scripts/load/server-actions";
import { recreateDatabase, startInstance, waitUntilUp } from "../../scripts/load/workload";
import { startS3Server, type S3TestServer } from "../../scripts/lib/s3-server";
import { buildOnce, distDir, removeScratch, root, scratchFolder } from "./app-process";
import { todayIso } from "@/lib/dates";

const baseUrl = process.env.DATABASE_URL;
const ports = [3196, 3197];
let databaseUrl = "";
let s3: S3TestServer;
const folders: string[] = [];
const instances: ReturnType<typeof spawn>[] = [];

const serverProcesses = ["2", "1"];

function envFor(folder: string, workers = "1"): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...s3.env, WEB_CONCURRENCY: workers, DATABASE_URL: databaseUrl, FILE_STORAGE_DIR: folder, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "system-test-secret-not-for-production-0123456789", NODE_ENV: "production" };
  delete env.PGLITE_DATA_DIR;
  delete env.npm_lifecycle_event;
  return env;
}

/**
 * The page as the browser shows it: React streams parts of a page after the markup around them
 * (`<template id="P:n">` where they go, `id="S:n"` where they come later, moved by a script), and
 * where the stream is cut differs from one request to the next.
 */
function withStreamedPartsInPlace(html: string): string {
  const part = (id: string): string | null => {
    const open = new RegExp(`<([a-z]+)\\b[^>]*\\bid="S:${id}"[^>]*>`).exec(html);
    if (!open?.[1]) return null;
    const tags = new RegExp(`<(/?)${open[1]}\\b[^>]*>`, "g");
    tags.lastIndex = open.index + open[0].length;
    let depth = 1;
    for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) return html.slice(open.index + open[0].length, tag.index);
    }
    return null;
  };
  let shown = html;
  for (let round = 0; round < 20 && /<template id="P:\d+"><\/template>/.test(shown); round += 1) {
    shown = shown.replace(/<template id="P:(\d+)"><\/template>/g, (placeholder, id: string) => part(id) ?? placeholder);
  }
  return shown;
}

/** The side comparison's milestone totals: progress updates in the last 30 days, over the three owner sides. */
function recentProgressUpdates(html: string): number {
  const row = withStreamedPartsInPlace(html).split("Progress updates, last 30 days</th>")[1]?.split("</tr>")[0] ?? "";
  const cells = [...row.matchAll(/<td[^>]*>([\d,]+)<\/td>/g)].map((match) => Number(match[1]?.replaceAll(",", "")));
  expect(cells).toHaveLength(3);
  return cells.reduce((sum, value) => sum + value, 0);
}

/** The server processes a cluster's primary started (its children, from /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // Field 4 of /proc/<pid>/stat, after the command in parentheses, is the parent's PID.
        return Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]?.split(" ")[1]) === pid;
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
}

/** Whether the process still runs (a zombie, killed and not yet reaped, does not). */
function isRunning(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return false;
  }
}

function run(script: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script], { cwd: root, env, stdio: "inherit" });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`npm run ${script} exited ${code}`))));
  });
}

describe.skipIf(!baseUrl)("two instances sharing PostgreSQL and an S3 bucket", () => {
  beforeAll(async () => {
    buildOnce();
    s3 = await startS3Server();
    databaseUrl = await recreateDatabase(baseUrl ?? "", "two_instances");
    folders.push(scratchFolder("mou-instance-a-"), scratchFolder("mou-instance-b-"));
    // The demo accounts are seeded outside production only.
    const setup: NodeJS.ProcessEnv = { ...envFor(folders[0]!), NODE_ENV: "development" };
    await run("db:deploy", setup);
    await run("db:seed", setup);
    for (const [index, port] of ports.entries()) {
      instances.push(startInstance(port, envFor(folders[index]!, serverProcesses[index])));
    }
    await Promise.all(ports.map((port) => waitUntilUp(`http://127.0.0.1:${port}`)));
  }, 600_000);

  afterAll(async () => {
    for (const instance of instances) instance.kill("SIGTERM");
    await s3?.remove();
    removeScratch();
  });

  it("serves through instance B the evidence uploaded through instance A, and counts it in B's dashboards on B's next request", async () => {
    const [portA, portB] = ports as [number, number];
    const actionId = resolveActionIds(path.join(root, distDir));
    /** Signs a demo account in through an instance's sign-in action; its session cookie. */
    const signInOn = async (port: number, email: string) => {
      const signIn = await callAction({
        baseUrl: `http://127.0.0.1:${port}`,
        pagePath: "/login",
        actionId: actionId("lib/actions/auth.ts", "signInWithPassword"),
        fields: { email, password: "MouTracker!2025" },
      });
      const sessionCookie = sessionCookieFrom(signIn.setCookies);
      expect(sessionCookie, `${email} signing in on ${port}: ${signIn.outcome}`).toBeTruthy();
      return sessionCookie ?? "";
    };
    const cookie = await signInOn(portA, "officer.my@mou.example");
    // A manager on B: the side comparison's figures are kept per instance while the data's version
    // is unchanged (lib/data/dashboard/figures-cache.ts), so B reads them before the write too.
    const managerCookie = await signInOn(portB, "manager@mou.example");
    const recentUpdatesOnB = async () => {
      const page = await fetch(`http://127.0.0.1:${portB}/dashboard/sides`, { headers: { cookie: managerCookie } });
      expect(page.status).toBe(200);
      return recentProgressUpdates(await page.text());
    };
    const before = await recentUpdatesOnB();
    expect(await recentUpdatesOnB()).toBe(before);

    const db = createPrismaClient({ kind: "postgres", connectionString: databaseUrl });
    try {
      const milestone = await db.milestone.findFirstOrThrow({
        where: { ownerOrganisation: { nameEn: "Ministry of Digital" }, status: { notIn: ["COMPLETED", "CANCELLED"] }, indicatorTarget: null },
        select: { id: true, percentComplete: true },
      });
      const narrative = `two-instances-${Date.now()}`;
      const evidence = Buffer.from(`%PDF-1.4\n% evidence uploaded through instance A 数字经济\n`);
      const logged = await callAction({
        baseUrl: `http://127.0.0.1:${portA}`,
        pagePath: "/milestones",
        actionId: actionId("lib/actions/progress.ts", "logProgress"),
        cookie,
        fields: {
          milestoneId: milestone.id,
          reportedOn: todayIso(),
          percentComplete: String(milestone.percentComplete),
          status: "ON_TRACK",
          narrative,
          blockers: "",
          evidenceLinks: "",
          evidenceFiles: new File([new Uint8Array(evidence)], "evidence.pdf", { type: "application/pdf" }),
        },
        timeoutMs: 60_000,
      });
      expect(logged.outcome).toBe("success");
      const row = await db.evidence.findFirstOrThrow({ where: { progressUpdate: { narrative } }, select: { id: true } });

      const download = await fetch(`http://127.0.0.1:${portB}/api/evidence/${row.id}`, { headers: { cookie } });
      expect(download.status).toBe(200);
      expect(download.headers.get("content-disposition")).toMatch(/^attachment;/);
      expect(Buffer.from(await download.arrayBuffer()).equals(evidence)).toBe(true);
      // The bytes live in the bucket, not in either instance's folder.
      for (const folder of folders) expect(readdirSync(folder)).toEqual([]);

      // The update written through A counts in B's side comparison on B's next request.
      expect(await recentUpdatesOnB()).toBe(before + 1);
    } finally {
      await db.$disconnect();
    }
  });

  it("replaces a server process of instance A that is killed, and A keeps answering meanwhile", async () => {
    const primary = instances[0]?.pid ?? 0;
    const before = childrenOf(primary);
    expect(before).toHaveLength(2);
    process.kill(before[0]!, "SIGKILL");
    // Until the process is gone, a kept-alive connection to it can still be handed a request.
    while (isRunning(before[0]!)) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const deadline = Date.now() + 120_000;
    let after = childrenOf(primary);
    while (Date.now() < deadline && !(after.length === 2 && !after.includes(before[0]!))) {
      // The other process answers while the replacement starts.
      expect((await fetch(`http://127.0.0.1:${ports[0]}/login`)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      after = childrenOf(primary);
    }
    expect(after).toHaveLength(2);
    expect(after).not.toContain(before[0]);
    expect(after).toContain(before[1]);
    for (let request = 0; request < 6; request += 1) expect((await fetch(`http://127.0.0.1:${ports[0]}/login`)).status).toBe(200);
  });
});
