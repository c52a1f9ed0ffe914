// npm run bench — dashboards at national scale. See scripts/bench/options.ts for the settings;
// `BENCH_SCALE=0.1 npm run bench` is a quick run. Prints three tables:
//   (a) each dashboard data function's median time beside a hand-written SQL aggregate's
//   (b) SQL statements per dashboard request at 10% and 100% of the dataset
//   (c) requests per second and p50/p95 latency of the dashboard pages under `next start`, and of
//       the list pages beside their /api/v1 equivalents (read with a personal access token)
//   (d) the reminder sweep's time and SQL statements at 10% and 100% (printed before (c))
import { openBenchDatabase } from "./database";
import { benchManagerId, generateStep } from "./generate";
import { buildApp, measurePages } from "./http";
import { busiestAgreement, countQueries, measureFunctions } from "./measure";
import { readOptions, sizesFor } from "./options";
import { addReminderRecipients, measureSweep } from "./reminders";
import { newApiToken } from "../../lib/api/tokens";

const options = readOptions();
const sizes = sizesFor(options.scale);
const started = performance.now();
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const ms = (value: number) => value.toFixed(1);

function table(headers: string[], rows: (string | number)[][]) {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(" | ")} |`;
  console.log(line(headers));
  console.log(`|${widths.map((width, column) => (column === 0 ? `${"-".repeat(width + 1)}-` : `${"-".repeat(width + 1)}:`)).join("|")}|`);
  for (const row of cells.slice(1)) console.log(line(row));
}

console.log(`Bench at scale ${options.scale}: ${sizes.agreements} agreements, ${sizes.milestones} milestones, ${sizes.milestones * sizes.updatesPerMilestone} progress updates, ${sizes.actionItems} action items.`);
let database = await openBenchDatabase({ fresh: true });
console.log(`Database: ${database.description}`);

let step = performance.now();
await generateStep(database.db, sizes, 0, 0.1);
await addReminderRecipients(database, 0, 0.1);
console.log(`Generated 10% in ${seconds(step)} s`);
const smallCounts = await countQueries(database, await busiestAgreement(database));
const smallSweep = await measureSweep(database);

step = performance.now();
await generateStep(database.db, sizes, 0.1, 1);
await addReminderRecipients(database, 0.1, 1);
console.log(`Generated the remaining 90% in ${seconds(step)} s`);
const agreementId = await busiestAgreement(database);
const fullCounts = await countQueries(database, agreementId);
const fullSweep = await measureSweep(database);

console.log(`\n(a) Median time per call over ${options.runs} runs (after one warm-up), full dataset`);
const timings = await measureFunctions(database, options.runs, agreementId);
table(
  ["data function", "function ms", "hand SQL ms", "ratio"],
  timings.map((row) => [row.name, ms(row.functionMs), ms(row.sqlMs), (row.functionMs / Math.max(row.sqlMs, 0.01)).toFixed(2)]),
);

console.log("\n(b) SQL statements per dashboard request (counted at the driver adapter)");
table(
  ["page", "10% data", "100% data"],
  Object.keys(fullCounts).map((page) => [page, smallCounts[page] ?? 0, fullCounts[page] ?? 0]),
);

console.log("\n(d) The reminder sweep (lib/notifications/sweep.ts): time, SQL statements and notifications written");
table(
  ["data", "sweep ms", "statements", "notifications"],
  [
    ["10%", ms(smallSweep.ms), smallSweep.statements, smallSweep.created],
    ["100%", ms(fullSweep.ms), fullSweep.statements, fullSweep.created],
  ],
);

await database.close();

if (options.http) {
  step = performance.now();
  const built = buildApp(options.rebuild);
  console.log(`\n${built ? `Built .next-bench in ${seconds(step)} s` : "Reusing the build in .next-bench (BENCH_REBUILD=1 to rebuild)"}`);
  // Reopen only to read the environment for the server; the server is the only process on the data.
  database = await openBenchDatabase({ fresh: false });
  const appEnv = database.appEnv;
  const apiToken = newApiToken();
  await database.db.apiToken.create({ data: { userId: benchManagerId, name: "bench", scope: "READ", tokenHash: apiToken.hash, hint: apiToken.hint, expiresAt: new Date(Date.now() + 86_400_000) } });
  await database.close();
  const rows = await measurePages({
    appEnv,
    port: options.port,
    duration: options.duration,
    connections: options.connections,
    apiToken: apiToken.token,
    // Each list page, then the API's read of the same list (the first page of each).
    pages: ["/dashboard", `/dashboard/agreements/${agreementId}`, "/agreements", "/api/v1/agreements", "/milestones", "/api/v1/milestones", "/action-items?scope=all", "/api/v1/action-items?scope=all"],
  });
  console.log(`\n(c) next start, ${options.connections} connections, ${options.duration} s per page after a 2 s warm-up`);
  table(
    ["page", "req/s", "p50 ms", "p95 ms", "requests", "non-200/errors"],
    rows.map((row) => [row.page, row.requestsPerSecond.toFixed(1), row.p50.toFixed(0), row.p95.toFixed(0), row.requests, row.errors]),
  );
}

console.log(`\nTotal ${seconds(started)} s`);
process.exit(0);
