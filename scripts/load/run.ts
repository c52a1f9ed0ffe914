// npm run load — a bounded, mixed workload of simulated users against `next start` on
// PostgreSQL, then a reconciliation of every write it reported against the database.
//
//   DATABASE_URL=postgresql://…/mou npm run load -- [--users 50] [--seconds 60] [--instances 1|2] [--compare]
//
// It works on its own database (<name>_load, recreated), builds into .next-load, starts one or
// two instances on 127.0.0.1:3400+, and only ever sends traffic to them. Simulated users:
//   officers   sign in, then log progress updates on their organisation's milestones;
//   members    open their review queue, then comment on an action item of their group;
//   managers   read the portfolio and per-agreement dashboards.
// --compare runs the workload on one instance, then on two (round-robin), and compares.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createPrismaClient } from "../../lib/prisma-client";
import { hashPassword } from "../../lib/passwords";
import { callAction, getPage, resolveActionIds, sessionCookieFrom, type ActionOutcome } from "./server-actions";
import { ms, summarise } from "./stats";

const { values: args } = parseArgs({
  options: {
    users: { type: "string", default: process.env.LOAD_USERS ?? "50" },
    seconds: { type: "string", default: process.env.LOAD_SECONDS ?? "60" },
    instances: { type: "string", default: process.env.LOAD_INSTANCES ?? "1" },
    port: { type: "string", default: process.env.LOAD_PORT ?? "3400" },
    compare: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
  },
});

const root = path.resolve(import.meta.dirname, "../..");
const distDir = ".next-load";
const password = "load-test-password-1";
const baseUrlOf = (index: number) => `http://127.0.0.1:${Number(args.port) + index}`;

function loadDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith("postgres")) throw new Error("The load test runs against PostgreSQL: set DATABASE_URL=postgresql://…");
  const parsed = new URL(url);
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(parsed.hostname)) throw new Error("Refusing to load a non-local database.");
  return url;
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env, cwd: root });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed`);
}

async function recreateDatabase(baseUrl: string): Promise<string> {
  const base = new URL(baseUrl);
  const name = `${decodeURIComponent(base.pathname.slice(1)) || "postgres"}_load`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  base.pathname = `/${name}`;
  return base.toString();
}

interface VirtualUser {
  kind: "officer" | "member" | "manager";
  email: string;
  cookie?: string;
}

interface Fixture {
  users: VirtualUser[];
  milestones: { id: string; percent: number }[];
  actionItemIds: string[];
  agreementId: string;
}

/** Accounts for every simulated user, and the records they will work on. */
async function prepareFixture(databaseUrl: string, userCount: number, runId: string): Promise<Fixture> {
  const db = createPrismaClient({ kind: "postgres", connectionString: databaseUrl });
  try {
    const passwordHash = await hashPassword(password);
    const ministry = await db.organisation.findFirstOrThrow({ where: { nameEn: "Ministry of Digital" }, select: { id: true } });
    const group = await db.workingGroup.findFirstOrThrow({ select: { id: true, agreementId: true } });
    const today = new Date(new Date().toISOString().slice(0, 10));
    const milestones = await db.milestone.findMany({
      where: { ownerOrganisationId: ministry.id, status: { notIn: ["COMPLETED", "CANCELLED"] }, startOn: { lte: today } },
      select: { id: true, percentComplete: true },
    });
    const actionItems = await db.actionItem.findMany({ where: { workingGroupId: group.id }, select: { id: true } });
    if (milestones.length === 0 || actionItems.length === 0) throw new Error("The seed has no milestones or action items to work on");

    const kinds: VirtualUser["kind"][] = Array.from({ length: userCount }, (_, index) => (index % 10 < 5 ? "officer" : index % 10 < 8 ? "member" : "manager"));
    const users: VirtualUser[] = [];
    for (const [index, kind] of kinds.entries()) {
      const email = `load-${runId}-${kind}-${index}@load.example`;
      if (kind === "member") {
        const person = await db.person.create({ data: { name: `Load member ${index}`, organisationId: ministry.id, side: "MALAYSIA", isExample: true } });
        await db.workingGroupMember.create({ data: { workingGroupId: group.id, personId: person.id, organisationId: ministry.id, side: "MALAYSIA", role: "MEMBER", isExample: true } });
        await db.user.create({ data: { email, name: `Load member ${index}`, passwordHash, role: "WG_MEMBER", organisationId: ministry.id, personId: person.id } });
      } else {
        await db.user.create({ data: { email, name: `Load ${kind} ${index}`, passwordHash, role: kind === "officer" ? "OFFICER" : "MANAGER", organisationId: ministry.id } });
      }
      users.push({ kind, email });
    }
    return { users, milestones: milestones.map((m) => ({ id: m.id, percent: m.percentComplete })), actionItemIds: actionItems.map((item) => item.id), agreementId: group.agreementId };
  } finally {
    await db.$disconnect();
  }
}

function startInstances(count: number, env: NodeJS.ProcessEnv): ChildProcess[] {
  return Array.from({ length: count }, (_, index) =>
    spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(Number(args.port) + index)], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] }),
  );
}

async function waitUntilUp(baseUrl: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/login`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${baseUrl} did not start`);
}

type Kind = "signIn" | "logProgress" | "reviewQueue" | "comment" | "dashboard" | "agreementDashboard";

interface Results {
  latencies: Record<Kind, number[]>;
  outcomes: Record<string, number>;
  savedNarratives: Set<string>;
  savedComments: Set<string>;
  unknownWrites: Set<string>;
  requests: number;
}

async function runWorkload(options: { fixture: Fixture; instances: number; seconds: number; runId: string; actionId: (file: string, name: string) => string }): Promise<Results> {
  const { fixture, instances, seconds, runId, actionId } = options;
  const ids = {
    signIn: actionId("lib/actions/auth.ts", "signInWithPassword"),
    logProgress: actionId("lib/actions/progress.ts", "logProgress"),
    comment: actionId("lib/actions/action-items.ts", "commentOnActionItem"),
  };
  const results: Results = {
    latencies: { signIn: [], logProgress: [], reviewQueue: [], comment: [], dashboard: [], agreementDashboard: [] },
    outcomes: {},
    savedNarratives: new Set(),
    savedComments: new Set(),
    unknownWrites: new Set(),
    requests: 0,
  };
  const count = (kind: Kind, outcome: ActionOutcome | "ok" | `http_${number}`, milliseconds: number) => {
    results.requests += 1;
    results.latencies[kind].push(milliseconds);
    const key = `${kind}:${outcome}`;
    results.outcomes[key] = (results.outcomes[key] ?? 0) + 1;
  };
  let sequence = 0;
  let instanceCursor = 0;
  const nextBaseUrl = () => baseUrlOf(instanceCursor++ % instances);
  const today = new Date().toISOString().slice(0, 10);
  const deadline = Date.now() + seconds * 1000;

  await Promise.all(
    fixture.users.map(async (user, index) => {
      const signIn = await callAction({ baseUrl: nextBaseUrl(), pagePath: "/login", actionId: ids.signIn, fields: { email: user.email, password } });
      count("signIn", signIn.outcome, signIn.milliseconds);
      user.cookie = sessionCookieFrom(signIn.setCookies);
      if (!user.cookie) return;
      while (Date.now() < deadline) {
        const baseUrl = nextBaseUrl();
        if (user.kind === "officer") {
          const milestone = fixture.milestones[(index + sequence) % fixture.milestones.length];
          if (!milestone) return;
          const narrative = `load-${runId}-${(sequence += 1)}`;
          const call = await callAction({
            baseUrl,
            pagePath: "/milestones",
            actionId: ids.logProgress,
            cookie: user.cookie,
            fields: { milestoneId: milestone.id, reportedOn: today, percentComplete: String(milestone.percent), status: "ON_TRACK", narrative, blockers: "", evidenceLinks: "" },
          });
          count("logProgress", call.outcome, call.milliseconds);
          if (call.outcome === "success") results.savedNarratives.add(narrative);
          if (call.outcome === "network_error" || call.outcome === "server_error") results.unknownWrites.add(narrative);
        } else if (user.kind === "member") {
          const queue = await getPage(baseUrl, "/action-items", user.cookie);
          count("reviewQueue", queue.ok ? "ok" : `http_${queue.status}`, queue.milliseconds);
          const body = `load-${runId}-comment-${(sequence += 1)}`;
          const itemId = fixture.actionItemIds[(index + sequence) % fixture.actionItemIds.length] ?? "";
          const call = await callAction({ baseUrl, pagePath: `/action-items/${itemId}`, actionId: ids.comment, cookie: user.cookie, fields: { id: itemId, body } });
          count("comment", call.outcome, call.milliseconds);
          if (call.outcome === "success") results.savedComments.add(body);
          if (call.outcome === "network_error" || call.outcome === "server_error") results.unknownWrites.add(body);
        } else {
          const overview = await getPage(baseUrl, "/dashboard", user.cookie);
          count("dashboard", overview.ok ? "ok" : `http_${overview.status}`, overview.milliseconds);
          const perAgreement = await getPage(baseUrl, `/dashboard/agreements/${fixture.agreementId}`, user.cookie);
          count("agreementDashboard", perAgreement.ok ? "ok" : `http_${perAgreement.status}`, perAgreement.milliseconds);
        }
      }
    }),
  );
  return results;
}

async function reconcile(databaseUrl: string, runId: string, results: Results) {
  const db = createPrismaClient({ kind: "postgres", connectionString: databaseUrl });
  try {
    const [updates, comments] = await Promise.all([
      db.progressUpdate.findMany({ where: { narrative: { startsWith: `load-${runId}-` } }, select: { narrative: true } }),
      db.actionItemComment.findMany({ where: { body: { startsWith: `load-${runId}-comment-` } }, select: { body: true } }),
    ]);
    const inDatabase = new Set([...updates.map((row) => row.narrative), ...comments.map((row) => row.body)]);
    const reported = new Set([...results.savedNarratives, ...results.savedComments]);
    const lost = [...reported].filter((value) => !inDatabase.has(value));
    const phantom = [...inDatabase].filter((value) => !reported.has(value) && !results.unknownWrites.has(value));
    const auditForUpdates = await db.auditEvent.count({ where: { action: { startsWith: "progress" }, at: { gte: new Date(Date.now() - 60 * 60 * 1000) } } });
    return { reported: reported.size, inDatabase: inDatabase.size, lost: lost.length, phantom: phantom.length, unknown: results.unknownWrites.size, auditForUpdates };
  } finally {
    await db.$disconnect();
  }
}

/** Sign-in throttling counts attempts in the database: failures spread over two instances add up. */
async function checkThrottleAcrossInstances(email: string, actionId: string, instances: number) {
  const outcomes: string[] = [];
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const call = await callAction({ baseUrl: baseUrlOf(attempt % instances), pagePath: "/login", actionId, fields: { email, password: "wrong-password" } });
    outcomes.push(call.outcome);
  }
  // The sixth attempt, with the RIGHT password, must still be refused (throttled).
  const final = await callAction({ baseUrl: baseUrlOf(1 % instances), pagePath: "/login", actionId, fields: { email, password } });
  return { spreadOver: instances, correctPasswordAfterFailures: final.outcome === "redirect" ? "signed in (NOT throttled)" : "refused (throttled)" };
}

function printReport(title: string, results: Results, seconds: number, reconciliation: Awaited<ReturnType<typeof reconcile>>) {
  console.log(`\n## ${title}`);
  console.log(`requests: ${results.requests} in ${seconds} s (${(results.requests / seconds).toFixed(1)} req/s)`);
  console.log("\n| kind | count | p50 | p95 | p99 |\n|---|---|---|---|---|");
  for (const [kind, samples] of Object.entries(results.latencies)) {
    const summary = summarise(samples);
    console.log(`| ${kind} | ${summary.count} | ${ms(summary.p50)} | ${ms(summary.p95)} | ${ms(summary.p99)} |`);
  }
  console.log("\n| kind:outcome | count |\n|---|---|");
  for (const [key, value] of Object.entries(results.outcomes).sort()) console.log(`| ${key} | ${value} |`);
  const serverErrors = Object.entries(results.outcomes).filter(([key]) => /server_error|network_error|http_5/.test(key)).reduce((sum, [, value]) => sum + value, 0);
  console.log(`\nserver/network errors: ${serverErrors}`);
  console.log(
    `reconciliation: ${reconciliation.reported} writes reported saved, ${reconciliation.inDatabase} found in the database, lost ${reconciliation.lost}, phantom ${reconciliation.phantom}, unknown outcome ${reconciliation.unknown}`,
  );
  return serverErrors;
}

async function main() {
  const baseDatabaseUrl = loadDatabaseUrl();
  const users = Number(args.users);
  const seconds = Number(args.seconds);
  const plans = args.compare ? [1, 2] : [Number(args.instances)];
  const authSecret = randomBytes(32).toString("base64url");
  const databaseUrl = await recreateDatabase(baseDatabaseUrl);
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: distDir, AUTH_SECRET: authSecret, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  run("npx", ["tsx", "scripts/db-deploy.ts"], env);
  run("npx", ["tsx", "prisma/seed.ts"], { ...env, NODE_ENV: "development" });
  if (!args["skip-build"]) run("npx", ["next", "build"], env);
  const actionId = resolveActionIds(path.join(root, distDir));

  let failures = 0;
  const throughput: Record<number, number> = {};
  for (const instances of plans) {
    const runId = randomBytes(4).toString("hex");
    const fixture = await prepareFixture(databaseUrl, users, runId);
    const servers = startInstances(instances, env);
    try {
      for (let index = 0; index < instances; index += 1) await waitUntilUp(baseUrlOf(index));
      // Warm-up: compile-on-first-use caches, database pools.
      const warm = fixture.users.find((user) => user.kind === "manager") ?? fixture.users[0];
      if (warm) await runWorkload({ fixture: { ...fixture, users: [{ ...warm }] }, instances, seconds: 3, runId: `${runId}w`, actionId });
      const results = await runWorkload({ fixture, instances, seconds, runId, actionId });
      const reconciliation = await reconcile(databaseUrl, runId, results);
      failures += printReport(`${users} users, ${seconds} s, ${instances} instance(s)`, results, seconds, reconciliation);
      failures += reconciliation.lost + reconciliation.phantom;
      throughput[instances] = results.requests / seconds;
      if (instances > 1) {
        const victim = fixture.users.find((user) => user.kind === "manager")?.email ?? "";
        console.log("sign-in throttling across instances:", await checkThrottleAcrossInstances(victim, actionId("lib/actions/auth.ts", "signInWithPassword"), instances));
      }
    } finally {
      for (const server of servers) server.kill("SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  if (throughput[1] && throughput[2]) console.log(`\nthroughput, two instances vs one: ${(throughput[2] / throughput[1]).toFixed(2)}×`);
  process.exit(failures === 0 ? 0 : 1);
}

await main();
