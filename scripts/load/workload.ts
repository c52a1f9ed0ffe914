// The pieces of the load and fault runs: a database of their own, simulated users, app
// instances, the workload loop, and the reconciliation of reported writes with the database.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { today as appToday, todayIso } from "../../lib/dates";
import { createPrismaClient } from "../../lib/prisma-client";
import { hashPassword } from "../../lib/passwords";
import { callAction, getPage, sessionCookieFrom, type ActionOutcome } from "./server-actions";
import { ms, summarise } from "./stats";

export const root = path.resolve(import.meta.dirname, "../..");
export const distDir = ".next-load";
export const password = "load-test-password-1";


export function loadDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith("postgres")) throw new Error("The load test runs against PostgreSQL: set DATABASE_URL=postgresql://…");
  const parsed = new URL(url);
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(parsed.hostname)) throw new Error("Refusing to load a non-local database.");
  return url;
}

export function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env, cwd: root });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed`);
}

export async function recreateDatabase(baseUrl: string, suffix = "load"): Promise<string> {
  const base = new URL(baseUrl);
  const name = `${decodeURIComponent(base.pathname.slice(1)) || "postgres"}_${suffix}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  base.pathname = `/${name}`;
  return base.toString();
}

export interface VirtualUser {
  kind: "officer" | "member" | "manager";
  email: string;
  cookie?: string;
}

export interface Fixture {
  users: VirtualUser[];
  milestones: { id: string; percent: number }[];
  actionItemIds: string[];
  agreementId: string;
}

/** Accounts for every simulated user, and the records they will work on. */
export async function prepareFixture(databaseUrl: string, userCount: number, runId: string): Promise<Fixture> {
  const db = createPrismaClient({ kind: "postgres", connectionString: databaseUrl });
  try {
    const passwordHash = await hashPassword(password);
    const ministry = await db.organisation.findFirstOrThrow({ where: { nameEn: "Ministry of Digital" }, select: { id: true } });
    const group = await db.workingGroup.findFirstOrThrow({ select: { id: true, agreementId: true } });
    const today = appToday();
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

export function startInstance(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  // LOAD_CPU_PROF_DIR=<dir>: the server writes a V8 CPU profile there when it stops (where the time went).
  const profile = process.env.LOAD_CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.LOAD_CPU_PROF_DIR}`] : [];
  // The app's server in this very process (not through npx or tsx's launcher), so killing it kills the server.
  return spawn(process.execPath, [...profile, "--import", "tsx", path.join(root, "scripts/serve.ts"), "-H", "127.0.0.1", "-p", String(port)], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
}

export async function waitUntilUp(baseUrl: string) {
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

/** Sign-ins at once before the timed part (below the per-address throttle, lib/security/rate-limit.ts). */
const signInConcurrency = 8;

/** A user who meets an error waits a moment before trying again, as a person would. */
const backOff = () => new Promise((resolve) => setTimeout(resolve, 250));

export type Kind = "signIn" | "logProgress" | "reviewQueue" | "comment" | "dashboard" | "agreementDashboard" | "reference";

export interface Results {
  latencies: Record<Kind, number[]>;
  outcomes: Record<string, number>;
  savedNarratives: Set<string>;
  savedComments: Set<string>;
  unknownWrites: Set<string>;
  /** Requests in the timed part (the sign-ins before it are timed but not counted here). */
  requests: number;
}

export async function runWorkload(options: {
  fixture: Fixture;
  baseUrls: string[];
  seconds: number;
  runId: string;
  actionId: (file: string, name: string) => string;
  /** Managers also open the bench's reference page (the server must set BENCH_REFERENCE_PAGE=1). */
  withReference?: boolean;
  /** Called with each request's kind, outcome and the time it ended, for phase-by-phase reports. */
  onRequest?: (kind: Kind, outcome: string, endedAt: number) => void;
}): Promise<Results> {
  const { fixture, baseUrls, seconds, runId, actionId } = options;
  const ids = {
    signIn: actionId("lib/actions/auth.ts", "signInWithPassword"),
    logProgress: actionId("lib/actions/progress.ts", "logProgress"),
    comment: actionId("lib/actions/action-items.ts", "commentOnActionItem"),
  };
  const results: Results = {
    latencies: { signIn: [], logProgress: [], reviewQueue: [], comment: [], dashboard: [], agreementDashboard: [], reference: [] },
    outcomes: {},
    savedNarratives: new Set(),
    savedComments: new Set(),
    unknownWrites: new Set(),
    requests: 0,
  };
  const count = (kind: Kind, outcome: ActionOutcome | "ok" | `http_${number}`, milliseconds: number) => {
    if (kind !== "signIn") results.requests += 1;
    results.latencies[kind].push(milliseconds);
    const key = `${kind}:${outcome}`;
    results.outcomes[key] = (results.outcomes[key] ?? 0) + 1;
    options.onRequest?.(kind, outcome, Date.now());
  };
  let sequence = 0;
  let instanceCursor = 0;
  const nextBaseUrl = () => baseUrls[instanceCursor++ % baseUrls.length] ?? "";
  const today = todayIso();

  // Everyone signs in before the timed part, a few at a time: all simulated users share one
  // address, and sign-in throttling refuses more than 20 attempts in flight from one address.
  const pending = [...fixture.users];
  await Promise.all(
    Array.from({ length: Math.min(signInConcurrency, pending.length) }, async () => {
      for (let user = pending.shift(); user; user = pending.shift()) {
        const signIn = await callAction({ baseUrl: nextBaseUrl(), pagePath: "/login", actionId: ids.signIn, fields: { email: user.email, password } });
        count("signIn", signIn.outcome, signIn.milliseconds);
        user.cookie = sessionCookieFrom(signIn.setCookies);
      }
    }),
  );
  const deadline = Date.now() + seconds * 1000;

  await Promise.all(
    fixture.users.map(async (user, index) => {
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
          if (call.outcome === "network_error" || call.outcome === "server_error") {
            results.unknownWrites.add(narrative);
            await backOff();
          }
        } else if (user.kind === "member") {
          const queue = await getPage(baseUrl, "/action-items", user.cookie);
          count("reviewQueue", queue.ok ? "ok" : `http_${queue.status}`, queue.milliseconds);
          const body = `load-${runId}-comment-${(sequence += 1)}`;
          const itemId = fixture.actionItemIds[(index + sequence) % fixture.actionItemIds.length] ?? "";
          const call = await callAction({ baseUrl, pagePath: `/action-items/${itemId}`, actionId: ids.comment, cookie: user.cookie, fields: { id: itemId, body } });
          count("comment", call.outcome, call.milliseconds);
          if (call.outcome === "success") results.savedComments.add(body);
          if (call.outcome === "network_error" || call.outcome === "server_error") {
            results.unknownWrites.add(body);
            await backOff();
          }
        } else {
          const overview = await getPage(baseUrl, "/dashboard", user.cookie);
          count("dashboard", overview.ok ? "ok" : `http_${overview.status}`, overview.milliseconds);
          const perAgreement = await getPage(baseUrl, `/dashboard/agreements/${fixture.agreementId}`, user.cookie);
          count("agreementDashboard", perAgreement.ok ? "ok" : `http_${perAgreement.status}`, perAgreement.milliseconds);
          if (options.withReference) {
            // The bench's yardstick under the same load: a signed-in 200-row table from one query.
            const reference = await getPage(baseUrl, "/bench-reference", user.cookie);
            count("reference", reference.ok ? "ok" : `http_${reference.status}`, reference.milliseconds);
          }
        }
      }
    }),
  );
  return results;
}

export async function reconcile(databaseUrl: string, runId: string, results: Results) {
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
export async function checkThrottleAcrossInstances(email: string, actionId: string, baseUrls: string[]) {
  const outcomes: string[] = [];
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const call = await callAction({ baseUrl: baseUrls[attempt % baseUrls.length] ?? "", pagePath: "/login", actionId, fields: { email, password: "wrong-password" } });
    outcomes.push(call.outcome);
  }
  // The sixth attempt, with the RIGHT password, must still be refused (throttled).
  const final = await callAction({ baseUrl: baseUrls[1 % baseUrls.length] ?? "", pagePath: "/login", actionId, fields: { email, password } });
  return { spreadOver: baseUrls.length, correctPasswordAfterFailures: final.outcome === "redirect" ? "signed in (NOT throttled)" : "refused (throttled)" };
}

export function printReport(title: string, results: Results, seconds: number, reconciliation: Awaited<ReturnType<typeof reconcile>>) {
  console.log(`\n## ${title}`);
  console.log(`requests (after every user signed in): ${results.requests} in ${seconds} s (${(results.requests / seconds).toFixed(1)} req/s)`);
  const reference = summarise(results.latencies.reference);
  console.log("\n| kind | count | p50 | p95 | p99 | p50 ÷ reference p50 |\n|---|---|---|---|---|---|");
  for (const [kind, samples] of Object.entries(results.latencies)) {
    const summary = summarise(samples);
    if (summary.count === 0) continue;
    const ratio = reference.count > 0 ? `${(summary.p50 / reference.p50).toFixed(2)}×` : "–";
    console.log(`| ${kind} | ${summary.count} | ${ms(summary.p50)} | ${ms(summary.p95)} | ${ms(summary.p99)} | ${ratio} |`);
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

