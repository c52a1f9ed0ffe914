// The embedded database is never damaged (issue 17): the real app on PGlite, the project's own
// commands beside it, kills mid-write, a damaged directory, a second start.
import { existsSync, readdirSync, statSync, truncateSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePgliteFor, createPrismaClient } from "@/lib/prisma-client";
import { listSnapshots } from "@/lib/embedded-db/snapshots";
import { App, buildOnce, freshCopy, npmRun, ProgressWriter, removeScratch, scratchFolder, seededTemplate } from "./app-process";

const inUse = /The embedded database at .+ is in use by MoU Tracker \(.+, PID \d+, started .+\)\./;
let template = "";
let milestone = { id: "", percent: 0 };
const running: App[] = [];

/** Reads the data directory after the app stopped: this process becomes its owner for a moment. */
async function narrativesIn(dataDir: string, label: string): Promise<Set<string>> {
  const db = createPrismaClient({ kind: "pglite", dataDir });
  try {
    const rows = await db.progressUpdate.findMany({ where: { narrative: { startsWith: `system-${label}-` } }, select: { narrative: true } });
    return new Set(rows.map((row) => row.narrative ?? ""));
  } finally {
    await db.$disconnect();
    await closePgliteFor(dataDir);
  }
}

async function startApp(dataDir: string, port?: number): Promise<App> {
  const app = new App(dataDir, port);
  running.push(app);
  const started = await app.start();
  if (!started.up) throw new Error(`The app stopped (exit ${started.code}):\n${app.output}`);
  return app;
}

beforeAll(async () => {
  buildOnce();
  template = await seededTemplate();
  const db = createPrismaClient({ kind: "pglite", dataDir: template });
  try {
    const found = await db.milestone.findFirstOrThrow({
      where: { ownerOrganisation: { nameEn: "Ministry of Digital" }, status: { notIn: ["COMPLETED", "CANCELLED"] }, startOn: { lte: new Date() }, indicatorTarget: null },
      select: { id: true, percentComplete: true },
    });
    milestone = { id: found.id, percent: found.percentComplete };
  } finally {
    await db.$disconnect();
    await closePgliteFor(template);
  }
});

afterAll(async () => {
  for (const app of running) await app.stop("SIGKILL");
  removeScratch();
});

describe("the embedded database with the app running", () => {
  it("lets db:seed, backup and db:deploy run beside the app's writes, and keeps every confirmed write", async () => {
    const dataDir = freshCopy(template);
    const app = await startApp(dataDir);
    const writer = new ProgressWriter(app, milestone, "beside");
    await writer.signIn();
    const backupsDir = scratchFolder("mou-system-backups-");
    for (let round = 1; round <= 10; round += 1) {
      let writing = true;
      const writes = (async () => {
        while (writing) await writer.write();
      })();
      const tools = await Promise.all([
        npmRun("db:seed", dataDir),
        npmRun("backup", dataDir, [path.join(backupsDir, `round-${round}`)]),
        npmRun("db:deploy", dataDir),
      ]);
      writing = false;
      await writes;
      for (const tool of tools) {
        // Through the app, or the plain refusal: never a crash.
        if (tool.status !== 0) expect(tool.output).toMatch(inUse);
        expect(tool.output).not.toMatch(/Aborted\(\)|RuntimeError/);
      }
      expect(tools.filter((tool) => tool.status === 0).length, `round ${round}: ${tools.map((tool) => tool.output).join("\n")}`).toBe(3);
      expect(await writer.write(), `the app keeps serving after round ${round}`).toBe(true);
    }
    expect(readdirSync(backupsDir).filter((name) => existsSync(path.join(backupsDir, name, "manifest.json")))).toHaveLength(10);
    await app.stop();
    const restarted = await startApp(dataDir);
    await restarted.stop();
    const stored = await narrativesIn(dataDir, "beside");
    expect(writer.confirmed.length).toBeGreaterThan(10);
    expect(writer.confirmed.filter((narrative) => !stored.has(narrative))).toEqual([]);
  });

  it("starts after SIGKILL during writes, 20 times in a row, with every confirmed write", async () => {
    const dataDir = freshCopy(template);
    let confirmed: string[] = [];
    for (let round = 1; round <= 20; round += 1) {
      const app = await startApp(dataDir);
      const writer = new ProgressWriter(app, milestone, `kill${round}`);
      await writer.signIn();
      const writers = [0, 1, 2].map(async () => {
        for (;;) if (!(await writer.write())) return;
      });
      await new Promise((resolve) => setTimeout(resolve, 1500 + (round % 5) * 200));
      await app.stop("SIGKILL");
      await Promise.all(writers);
      confirmed = confirmed.concat(writer.confirmed);
    }
    const last = await startApp(dataDir);
    await last.stop();
    const stored = new Set<string>();
    for (let round = 1; round <= 20; round += 1) for (const narrative of await narrativesIn(dataDir, `kill${round}`)) stored.add(narrative);
    expect(confirmed.length).toBeGreaterThan(20);
    expect(confirmed.filter((narrative) => !stored.has(narrative))).toEqual([]);
  });

  it("refuses a second start on the same folder with the plain message, and starts on another folder", async () => {
    const dataDir = freshCopy(template);
    const first = await startApp(dataDir);
    const second = await npmRun("start", dataDir);
    expect(second.status).not.toBe(0);
    expect(second.output).toMatch(inUse);
    expect(second.output).toContain("Stop it first");
    const secondServer = new App(dataDir, first.port + 1);
    running.push(secondServer);
    const direct = await secondServer.start();
    expect(direct.up).toBe(false);
    expect(secondServer.output).toMatch(inUse);
    expect(await npmRun("restore", dataDir, ["1"])).toMatchObject({ status: 1, output: expect.stringMatching(inUse) });
    const other = await startApp(freshCopy(template), first.port + 2);
    expect((await fetch(`${other.baseUrl}/login`)).ok).toBe(true);
    await other.stop();
    await first.stop();
  });

  it("refuses to run several server processes on the embedded database, saying why, and starts with one", async () => {
    const dataDir = freshCopy(template);
    const several = new App(dataDir, undefined, { WEB_CONCURRENCY: "2" });
    running.push(several);
    expect(await several.start()).toEqual({ up: false, code: 1 });
    expect(several.output).toContain("the embedded database can be opened by one process only");
    const one = await startApp(dataDir);
    expect((await fetch(`${one.baseUrl}/login`)).ok).toBe(true);
    await one.stop();
  });

  it("says in one paragraph that a damaged directory cannot be opened, and a snapshot brings it back", async () => {
    const dataDir = freshCopy(template);
    const app = await startApp(dataDir);
    const writer = new ProgressWriter(app, milestone, "damage");
    await writer.signIn();
    for (let write = 0; write < 3; write += 1) expect(await writer.write()).toBe(true);
    // The start snapshot is taken beside the first requests; a backup through the app is another.
    expect((await npmRun("backup", dataDir, [path.join(path.dirname(dataDir), "backups", "before-damage")])).status).toBe(0);
    // The start snapshot is written beside the first requests: wait for it.
    await expect.poll(() => listSnapshots(dataDir).length, { timeout: 180_000, interval: 1000 }).toBeGreaterThan(0);
    await app.stop();

    const relations = path.join(dataDir, "base", readdirSync(path.join(dataDir, "base")).find((name) => /^\d+$/.test(name) && name !== "1") ?? "5");
    const damaged = readdirSync(relations)
      .filter((name) => /^\d+$/.test(name) && statSync(path.join(relations, name)).size > 64 * 1024)
      .map((name) => path.join(relations, name));
    expect(damaged.length).toBeGreaterThan(0);
    for (const file of damaged) truncateSync(file, 100);
    const global = path.join(dataDir, "global", "pg_control");
    if (existsSync(global)) truncateSync(global, 10);

    const broken = new App(dataDir);
    running.push(broken);
    const attempt = await broken.start();
    expect(attempt.up).toBe(false);
    expect(broken.output).toContain("could not be opened");
    expect(broken.output).toContain("npm run restore");
    expect(broken.output).not.toMatch(/RuntimeError|Aborted\(\)/);

    const list = await npmRun("restore", dataDir);
    expect(list.output).toContain("Snapshots");
    const restore = await npmRun("restore", dataDir, ["1"]);
    expect(restore.status, restore.output).toBe(0);
    expect(restore.output).toContain("kept at");
    const back = await startApp(dataDir);
    await back.stop();
  });
});
