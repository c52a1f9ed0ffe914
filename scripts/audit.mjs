// `npm run audit`: npm's advisory audit of the production dependencies. Fails on any high or
// critical advisory (listing them). npm's audit endpoint is a separate service from the package
// registry, and some registries and proxies refuse it (this project's build machines answer
// 405): then the audit did not happen, and it says so plainly instead of passing silently.
// `--strict` turns "could not audit" into a failure, for machines where the service is reachable.
import { spawnSync } from "node:child_process";

const strict = process.argv.includes("--strict");
const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}

const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason = report?.message ?? report?.error?.summary ?? (run.stderr.trim().split("\n").pop() || "no answer");
  console.error(`npm audit could NOT be performed: ${reason}`);
  console.error("No advisory data was checked. Run `npm run audit -- --strict` where the registry's audit service is reachable.");
  process.exit(strict ? 1 : 0);
}

const serious = Object.values(report.vulnerabilities ?? {}).filter((entry) => entry.severity === "high" || entry.severity === "critical");
console.log(
  `npm audit (production dependencies): ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low.`,
);
for (const entry of serious) {
  const via = entry.via.map((item) => (typeof item === "string" ? item : `${item.title} (${item.url})`)).join("; ");
  console.error(`- ${entry.severity}: ${entry.name} ${entry.range}: ${via}`);
}
process.exit(serious.length > 0 ? 1 : 0);
