// npm run faults — what happens when things break under load (PostgreSQL only, local only):
//   1. PostgreSQL restarts while officers are logging updates: requests fail cleanly during the
//      outage and succeed again afterwards, without restarting the app;
//   2. the app process is killed (SIGKILL) in the middle of writes and started again;
//   then the database is checked: every milestone shows its latest update, every update has
//   exactly one audit event, and every write reported as saved is there;
//   3. mail: the SMTP server down for 10 s during a reminder round, and the process delivering
//      mail killed mid-send (scripts/load/faults-mail.ts): every notification delivered, none twice.
//   4. object storage (an S3 bucket on a local s3rver) down for 10 s while officers upload
//      evidence (scripts/load/faults-storage.ts): refused cleanly, nothing half-written.
// Needs root (it restarts the local PostgreSQL cluster with pg_ctlcluster). `--mail-only` and
// `--storage-only` run only those scenarios, without restarting anything the machine shares
// (`--storage-only` serves the build in .next-load: add `--build` to make it).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { resolveActionIds } from "./server-actions";
import { checkConsistency } from "./consistency";
import { mailFaultsPassed, printMailFaults, runMailFaults } from "./faults-mail";
import { printStorageFaults, runStorageFaults, storageFaultsPassed } from "./faults-storage";
import { distDir, loadDatabaseUrl, prepareFixture, printReport, reconcile, recreateDatabase, root, run, runWorkload, startInstance, waitUntilUp, type Kind } from "./workload";

const port = Number(process.env.FAULTS_PORT ?? 3450);
const baseUrl = `http://127.0.0.1:${port}`;

/** Restarts the local cluster without blocking: the simulated users keep working meanwhile. */
async function restartPostgres(): Promise<void> {
  const cluster = spawnSync("pg_lsclusters", ["-h"], { encoding: "utf8" }).stdout.trim().split(/\s+/);
  const [version, name] = cluster;
  if (!version || !name) throw new Error("No local PostgreSQL cluster found (pg_lsclusters)");
  const run = (action: string) =>
    new Promise<void>((resolve, reject) => {
      spawn("pg_ctlcluster", [version, name, action, "-m", "fast"], { stdio: "inherit" }).on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`pg_ctlcluster ${action} failed (run as root)`)),
      );
    });
  await run("stop");
  // Stay down long enough for requests to meet the outage.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  await run("start");
}

async function main() {
  const databaseUrl = await recreateDatabase(loadDatabaseUrl(), "faults");
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: distDir, AUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1" };
  run("npx", ["tsx", "scripts/db-deploy.ts"], env);
  run("npx", ["tsx", "prisma/seed.ts"], { ...env, NODE_ENV: "development" });
  if (process.argv.includes("--mail-only")) {
    const mail = await runMailFaults(databaseUrl, env);
    printMailFaults(mail);
    process.exit(mailFaultsPassed(mail) ? 0 : 1);
  }
  if (process.argv.includes("--build")) run("npx", ["next", "build"], env);
  const actionId = resolveActionIds(path.join(root, distDir));
  if (process.argv.includes("--storage-only")) {
    const storage = await runStorageFaults(databaseUrl, env, actionId);
    printStorageFaults(storage);
    process.exit(storageFaultsPassed(storage) ? 0 : 1);
  }
  const runId = randomBytes(4).toString("hex");
  const fixture = await prepareFixture(databaseUrl, 10, runId);
  fixture.users = fixture.users.filter((user) => user.kind === "officer");

  let server = startInstance(port, env);
  await waitUntilUp(baseUrl);
  const timeline: { phase: string; at: number }[] = [{ phase: "start", at: Date.now() }];
  const byPhase: Record<string, Record<string, number>> = {};
  let phase = "before the outage";
  const onRequest = (kind: Kind, outcome: string) => {
    const bucket = (byPhase[phase] ??= {});
    bucket[`${kind}:${outcome}`] = (bucket[`${kind}:${outcome}`] ?? 0) + 1;
  };
  const workload = runWorkload({ fixture, baseUrls: [baseUrl], seconds: 45, runId, actionId, onRequest });

  await new Promise((resolve) => setTimeout(resolve, 10_000));
  phase = "PostgreSQL restarting";
  timeline.push({ phase, at: Date.now() });
  await restartPostgres();
  phase = "after PostgreSQL is back (same app process)";
  timeline.push({ phase, at: Date.now() });

  await new Promise((resolve) => setTimeout(resolve, 12_000));
  phase = "app killed mid-write";
  timeline.push({ phase, at: Date.now() });
  server.kill("SIGKILL");
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  server = startInstance(port, env);
  await waitUntilUp(baseUrl);
  phase = "after the app restarted";
  timeline.push({ phase, at: Date.now() });

  const results = await workload;
  server.kill("SIGTERM");
  console.log("\n## Outcomes by phase");
  for (const [name, outcomes] of Object.entries(byPhase)) console.log(`- ${name}: ${JSON.stringify(outcomes)}`);
  const reconciliation = await reconcile(databaseUrl, runId, results);
  const serverErrors = printReport("fault run (10 officers, 45 s)", results, 45, reconciliation);
  const consistency = await checkConsistency(databaseUrl);
  console.log("consistency:", consistency);
  const recovered = Object.keys(byPhase["after PostgreSQL is back (same app process)"] ?? {}).some((key) => key.endsWith(":success"));
  console.log(`requests succeeded after PostgreSQL came back without an app restart: ${recovered ? "yes" : "NO"}`);
  console.log(`server errors during the faults (expected, they fail cleanly): ${serverErrors}`);
  const mail = await runMailFaults(databaseUrl, env);
  printMailFaults(mail);
  const storage = await runStorageFaults(databaseUrl, env, actionId);
  printStorageFaults(storage);
  const ok = mailFaultsPassed(mail) && storageFaultsPassed(storage) && recovered && reconciliation.lost === 0 && reconciliation.phantom === 0 && consistency.milestonesNotAtLatestUpdate === 0 && consistency.updatesWithoutExactlyOneAuditEvent === 0 && consistency.trendRollupRowsDifferingFromRebuild === 0;
  process.exit(ok ? 0 : 1);
}

await main();
