// npm run load — a bounded, mixed workload of simulated users against `next start` on
// PostgreSQL, then a reconciliation of every write it reported against the database.
//
//   DATABASE_URL=postgresql://…/mou npm run load -- [--users 50] [--seconds 60] [--instances 1|2] [--workers N] [--compare]
//
// It works on its own database (<name>_load, recreated), builds into .next-load, starts one or
// two instances on 127.0.0.1:3400+, and only ever sends traffic to them. Simulated users:
//   officers   sign in, then log progress updates on their organisation's milestones;
//   members    open their review queue, then comment on an action item of their group;
//   managers   read the portfolio and per-agreement dashboards, and the bench's reference page
//              (a signed-in 200-row table from one query), whose p50 every kind is compared to.
// --compare runs the workload on one instance, then on two (round-robin), and compares.
// --workers N: server processes per instance (WEB_CONCURRENCY); by default the server's own choice,
// one per core (scripts/serve.ts).
// LOAD_CPU_PROF_DIR=<dir> has each server write a V8 CPU profile there when it stops.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveActionIds } from "./server-actions";
import {
  checkThrottleAcrossInstances,
  distDir,
  loadDatabaseUrl,
  prepareFixture,
  printReport,
  reconcile,
  recreateDatabase,
  root,
  run,
  runWorkload,
  startInstance,
  waitUntilUp,
} from "./workload";

const { values: args } = parseArgs({
  options: {
    users: { type: "string", default: process.env.LOAD_USERS ?? "50" },
    seconds: { type: "string", default: process.env.LOAD_SECONDS ?? "60" },
    instances: { type: "string", default: process.env.LOAD_INSTANCES ?? "1" },
    port: { type: "string", default: process.env.LOAD_PORT ?? "3400" },
    workers: { type: "string", default: process.env.WEB_CONCURRENCY },
    compare: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
  },
});

async function main() {
  const baseDatabaseUrl = loadDatabaseUrl();
  const users = Number(args.users);
  const seconds = Number(args.seconds);
  const plans = args.compare ? [1, 2] : [Number(args.instances)];
  const authSecret = randomBytes(32).toString("base64url");
  const databaseUrl = await recreateDatabase(baseDatabaseUrl);
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: distDir, AUTH_SECRET: authSecret, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const, BENCH_REFERENCE_PAGE: "1", WEB_CONCURRENCY: args.workers };
  run("npx", ["tsx", "scripts/db-deploy.ts"], env);
  run("npx", ["tsx", "prisma/seed.ts"], { ...env, NODE_ENV: "development" });
  if (!args["skip-build"]) run("npx", ["next", "build"], env);
  const actionId = resolveActionIds(path.join(root, distDir));

  let failures = 0;
  const throughput: Record<number, number> = {};
  for (const instances of plans) {
    const runId = randomBytes(4).toString("hex");
    const fixture = await prepareFixture(databaseUrl, users, runId);
    const baseUrls = Array.from({ length: instances }, (_, index) => `http://127.0.0.1:${Number(args.port) + index}`);
    const servers = baseUrls.map((_, index) => startInstance(Number(args.port) + index, env));
    try {
      for (const baseUrl of baseUrls) await waitUntilUp(baseUrl);
      // Warm-up: compile-on-first-use caches, database pools.
      const warm = fixture.users.find((user) => user.kind === "manager") ?? fixture.users[0];
      if (warm) await runWorkload({ fixture: { ...fixture, users: [{ ...warm }] }, baseUrls, seconds: 3, runId: `${runId}w`, actionId });
      const results = await runWorkload({ fixture, baseUrls, seconds, runId, actionId, withReference: true });
      const reconciliation = await reconcile(databaseUrl, runId, results);
      failures += printReport(`${users} users, ${seconds} s, ${instances} instance(s) of ${args.workers ?? "one per core"} server process(es)`, results, seconds, reconciliation);
      failures += reconciliation.lost + reconciliation.phantom;
      throughput[instances] = results.requests / seconds;
      if (instances > 1) {
        const victim = fixture.users.find((user) => user.kind === "manager")?.email ?? "";
        console.log("sign-in throttling across instances:", await checkThrottleAcrossInstances(victim, actionId("lib/actions/auth.ts", "signInWithPassword"), baseUrls));
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
