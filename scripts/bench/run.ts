// npm run bench — dashboards at national scale. See scripts/bench/options.ts for the settings;
// `BENCH_SCALE=0.1 npm run bench` is a quick run. Prints three tables:
//   (a) each dashboard data function's median time beside a hand-written SQL aggregate's
//   (b) SQL statements per dashboard request at 10% and 100% of the dataset
//   (c) requests per second and p50/p95 latency of the main pages under `next start`, each as a
//       ratio to a reference page served by the same build (a 200-row table from one query)
//   (d) the reminder sweep's time and SQL statements at 10% and 100% (printed before (c))
//       (and the list pages beside their /api/v1 reads, with a personal access token)
//   (e) each page's weight (HTML + RSC bytes) at 10% and 100% of the data
// and a last line, the verdict, to compare runs: `bench: dashboard 0.62x, … weight growth 1.01x`.
import { openBenchDatabase } from "./database";
import { generateStep } from "./generate";
import { buildApp, loadPages, pageWeight, startBenchServer, type BenchPage, type HttpRow } from "./http";
import { benchManagerId, benchOfficerId, benchOfficerSessionId, benchSessionId } from "./generate";
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
const managerToken = newApiToken();
const officerToken = newApiToken();
const manager = { userId: benchManagerId, sessionId: benchSessionId, apiToken: managerToken.token };
const officer = { userId: benchOfficerId, sessionId: benchOfficerSessionId, apiToken: officerToken.token };
const referencePage: BenchPage = { name: "reference", path: "/bench-reference", user: manager };
const pagesFor = (agreementId: string): BenchPage[] => [
  { name: "dashboard", path: "/dashboard", user: manager },
  { name: "agreement", path: `/dashboard/agreements/${agreementId}`, user: manager },
  { name: "sides", path: "/dashboard/sides", user: manager },
  { name: "agreements-list", path: "/agreements", user: manager },
  { name: "milestones", path: "/milestones", user: officer },
];
/** The list pages' API equivalents (the first page of each), read with each user's token. */
const apiPages: BenchPage[] = [
  { name: "api-agreements", path: "/api/v1/agreements", user: manager },
  { name: "api-milestones", path: "/api/v1/milestones", user: officer },
  { name: "action-items", path: "/action-items?scope=all", user: manager },
  { name: "api-action-items", path: "/api/v1/action-items?scope=all", user: manager },
];
type Weights = Record<string, { html: number; rsc: number }>;

/** Serves the bench build on the bench database (the server is then the data's only process). */
async function withServer<T>(task: (server: Awaited<ReturnType<typeof startBenchServer>>) => Promise<T>): Promise<T> {
  const reopened = await openBenchDatabase({ fresh: false });
  const appEnv = reopened.appEnv;
  await reopened.close();
  const server = await startBenchServer(appEnv, options.port);
  try {
    return await task(server);
  } finally {
    server.stop();
  }
}

async function weighPages(pages: BenchPage[]): Promise<Weights> {
  return withServer(async (server) => {
    const weights: Weights = {};
    for (const page of pages) weights[page.name] = await pageWeight(server, page);
    return weights;
  });
}

if (options.http) {
  const buildStarted = performance.now();
  const built = buildApp(options.rebuild);
  console.log(built ? `Built .next-bench in ${seconds(buildStarted)} s` : "Reusing the build in .next-bench (BENCH_REBUILD=1 to rebuild)");
}

let database = await openBenchDatabase({ fresh: true });
console.log(`Database: ${database.description}`);

let step = performance.now();
await generateStep(database.db, sizes, 0, 0.1);
const tokenExpiry = new Date(Date.now() + 86_400_000);
await database.db.apiToken.createMany({
  data: [
    { userId: benchManagerId, name: "bench", scope: "READ", tokenHash: managerToken.hash, hint: managerToken.hint, expiresAt: tokenExpiry },
    { userId: benchOfficerId, name: "bench", scope: "READ", tokenHash: officerToken.hash, hint: officerToken.hint, expiresAt: tokenExpiry },
  ],
});
await addReminderRecipients(database, 0, 0.1);
console.log(`Generated 10% in ${seconds(step)} s`);
const smallCounts = await countQueries(database, await busiestAgreement(database));
const smallSweep = await measureSweep(database);
let smallWeights: Weights = {};
if (options.http) {
  const smallAgreementId = await busiestAgreement(database);
  await database.close();
  smallWeights = await weighPages([referencePage, ...pagesFor(smallAgreementId)]);
  database = await openBenchDatabase({ fresh: false });
}

step = performance.now();
await generateStep(database.db, sizes, 0.1, 1);
await addReminderRecipients(database, 0.1, 1);
console.log(`Generated the remaining 90% in ${seconds(step)} s`);
const agreementId = await busiestAgreement(database);
const fullCounts = await countQueries(database, agreementId);
const fullSweep = await measureSweep(database);

console.log(`\n(a) Median time per call, full dataset: the function, its statements replayed on the driver and the reference in turn, at least ${options.runs} rounds and 0.3 s (after one warm-up)`);
const timings = await measureFunctions(database, options.runs, agreementId);
table(
  ["data function", "function ms", "its SQL ms", "statements", "ratio", "reference SQL ms"],
  timings.map((row) => [row.name, ms(row.functionMs), ms(row.sqlMs), row.statements, (row.functionMs / Math.max(row.sqlMs, 0.01)).toFixed(2), ms(row.minimalSqlMs)]),
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

const ratio = (value: number) => `${value.toFixed(2)}x`;
let verdictPages = "pages not measured (BENCH_HTTP=0)";
let weightGrowth = "not measured";
if (options.http) {
  const pages = pagesFor(agreementId);
  const { rows, weights } = await withServer(async (server) => {
    const measured: Weights = {};
    for (const page of [referencePage, ...pages]) measured[page.name] = await pageWeight(server, page);
    return { weights: measured, rows: await loadPages(server, [referencePage, ...pages, ...apiPages], options.duration, options.connections) };
  });
  const reference = rows.find((row) => row.page === "reference") as HttpRow;
  console.log(`\n(c) next start, ${options.connections} connections, ${options.duration} s per page after a 2 s warm-up; ratio = req/s ÷ the reference page's`);
  table(
    ["page", "path", "req/s", "ratio", "p50 ms", "p95 ms", "requests", "non-200/errors"],
    rows.map((row) => [
      row.page,
      [referencePage, ...pages, ...apiPages].find((page) => page.name === row.page)?.path ?? "",
      row.requestsPerSecond.toFixed(1),
      ratio(row.requestsPerSecond / reference.requestsPerSecond),
      row.p50.toFixed(0),
      row.p95.toFixed(0),
      row.requests,
      row.errors,
    ]),
  );
  console.log("\n(e) Page weight, uncompressed: the HTML document plus the RSC payload of a client-side visit");
  const growth = [referencePage, ...pages].map((page) => {
    const small = smallWeights[page.name];
    const full = weights[page.name];
    const smallBytes = small ? small.html + small.rsc : 0;
    const fullBytes = full ? full.html + full.rsc : 0;
    return { page: page.name, small, full, smallBytes, fullBytes, growth: fullBytes / Math.max(smallBytes, 1) };
  });
  table(
    ["page", "10% HTML", "10% RSC", "100% HTML", "100% RSC", "growth"],
    growth.map((row) => [row.page, row.small?.html ?? 0, row.small?.rsc ?? 0, row.full?.html ?? 0, row.full?.rsc ?? 0, ratio(row.growth)]),
  );
  const of = (name: string) => ratio((rows.find((row) => row.page === name)?.requestsPerSecond ?? 0) / reference.requestsPerSecond);
  verdictPages = `dashboard ${of("dashboard")}, agreement ${of("agreement")}, sides ${of("sides")}, agreements-list ${of("agreements-list")}, milestones ${of("milestones")} of reference`;
  weightGrowth = ratio(Math.max(...growth.filter((row) => row.page !== "reference").map((row) => row.growth)));
}

const worst = timings.reduce((found, row) => (row.functionMs / Math.max(row.sqlMs, 0.01) > found.functionMs / Math.max(found.sqlMs, 0.01) ? row : found));
console.log(`\nTotal ${seconds(started)} s`);
console.log(`bench: ${verdictPages}; worst data function ${ratio(worst.functionMs / Math.max(worst.sqlMs, 0.01))} of SQL (${worst.name}); weight growth ${weightGrowth}`);
process.exit(0);
