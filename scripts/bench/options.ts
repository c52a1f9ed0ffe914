// Bench settings from the environment or `--name=value` arguments (arguments win):
//   BENCH_SCALE     dataset size relative to the default (1 = 1,000 agreements, 20,000
//                   milestones, 200,000 progress updates, 50,000 action items); 0.1 for a quick run
//   BENCH_RUNS      timed runs per function (median reported), default 7
//   BENCH_DURATION  seconds of load per page for autocannon, default 10
//   BENCH_CONNECTIONS concurrent connections for autocannon, default 4
//   BENCH_PORT      port for `next start`, default 3290
//   BENCH_HTTP=0    skip the HTTP part (build + next start + autocannon)
//   BENCH_REBUILD=1 rebuild .next-bench even when a build exists
export interface BenchOptions {
  scale: number;
  runs: number;
  duration: number;
  connections: number;
  port: number;
  http: boolean;
  rebuild: boolean;
}

function argument(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function numberSetting(name: string, env: string, fallback: number, min: number, max: number): number {
  const raw = argument(name) ?? process.env[env];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${env} must be a number from ${min} to ${max} (got ${raw})`);
  return value;
}

export function readOptions(): BenchOptions {
  return {
    scale: numberSetting("scale", "BENCH_SCALE", 1, 0.001, 10),
    runs: Math.round(numberSetting("runs", "BENCH_RUNS", 7, 1, 100)),
    duration: Math.round(numberSetting("duration", "BENCH_DURATION", 10, 1, 120)),
    connections: Math.round(numberSetting("connections", "BENCH_CONNECTIONS", 4, 1, 64)),
    port: Math.round(numberSetting("port", "BENCH_PORT", 3290, 1024, 65535)),
    http: (argument("http") ?? process.env.BENCH_HTTP ?? "1") !== "0",
    rebuild: (argument("rebuild") ?? process.env.BENCH_REBUILD ?? "0") === "1",
  };
}

/** Entity counts for a scale; `fraction` takes the first part of it (for the 10% step). */
export function sizesFor(scale: number) {
  const at = (base: number) => Math.max(1, Math.round(base * scale));
  return { agreements: at(1000), milestones: at(20_000), updatesPerMilestone: 10, actionItems: at(50_000) };
}
export type Sizes = ReturnType<typeof sizesFor>;
