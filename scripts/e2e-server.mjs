// Serves the app for the end-to-end suite on its own fresh database and build directory, so it
// never touches the database or build a developer is using:
//   PGlite: .data/e2e (recreated each run); PostgreSQL: `<name>_e2e` next to DATABASE_URL's.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
// E2E_NAME lets several suites run side by side, each with its own build, database and port.
const suffix = process.env.E2E_NAME ? `-${process.env.E2E_NAME}` : "";
const port = process.env.E2E_PORT ?? "3100";
const oidcPort = process.env.E2E_OIDC_PORT ?? String(Number(port) + 1100);
const env = {
  ...process.env,
  NEXT_DIST_DIR: `.next-e2e${suffix}`,
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789",
  // As if behind one reverse proxy: tests/e2e/security.spec.ts checks a client cannot choose its address.
  TRUSTED_PROXY_HOPS: "1",
  // The reminder round (sweep, queue, delivery) every few seconds, so the Outbox fills during a run.
  REMINDER_INTERVAL_SECONDS: process.env.REMINDER_INTERVAL_SECONDS ?? "5",
  // Links in mail point at this server, so a test can follow one from the Outbox.
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  // Auth.js's own address: the OpenID redirect address must be the same when the browser leaves and
  // when the provider's answer comes back (the custom server's request URLs say 0.0.0.0).
  AUTH_URL: process.env.AUTH_URL ?? `http://localhost:${port}`,
  // Single sign-on through a real local OpenID provider (started below; tests/e2e/sso.spec.ts).
  // The button's label does not contain "Sign in", so the password journeys find their button as before.
  OIDC_ISSUER: `http://localhost:${oidcPort}`,
  OIDC_CLIENT_ID: "mou-tracker-e2e",
  OIDC_CLIENT_SECRET: "e2e-only-oidc-client-secret-0123456789",
  OIDC_BUTTON_LABEL: "Continue with the test government ID",
};

if (process.env.DATABASE_URL) {
  const base = new URL(process.env.DATABASE_URL);
  if (!["localhost", "127.0.0.1", "::1"].includes(base.hostname)) throw new Error("Refusing to run end-to-end tests against a non-local database.");
  const e2eName = `${decodeURIComponent(base.pathname.slice(1)) || "postgres"}_e2e${suffix.replace("-", "_")}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${e2eName}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${e2eName}"`);
  await admin.end();
  base.pathname = `/${e2eName}`;
  env.DATABASE_URL = base.toString();
} else {
  env.PGLITE_DATA_DIR = path.join(root, ".data", `e2e${suffix}`);
  rmSync(env.PGLITE_DATA_DIR, { recursive: true, force: true });
}

// The server's clock: the seed and the server run under libfaketime, starting at E2E_NOW (set by
// playwright.config.ts: 00:30 in Kuala Lumpur) and ticking on from there, so the server's "today"
// and the browser's fixed clock agree. Nothing in the application reads a clock override: the
// whole process simply lives at that time, and the build runs on the real clock.
const clockEnv = { ...env };
if (process.env.E2E_NOW) {
  const library = ["/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1", "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1"].find((file) => existsSync(file));
  if (!library) throw new Error("E2E_NOW needs libfaketime (apt-get install faketime) to set the server's clock.");
  const start = new Date(process.env.E2E_NOW);
  if (Number.isNaN(start.getTime())) throw new Error(`E2E_NOW is not a date: ${process.env.E2E_NOW}`);
  Object.assign(clockEnv, {
    LD_PRELOAD: [library, process.env.LD_PRELOAD].filter(Boolean).join(":"),
    // "@" starts the clock at this time and lets it run; read in the process's zone, hence TZ=UTC.
    FAKETIME: `@${start.toISOString().slice(0, 19).replace("T", " ")}`,
    TZ: "UTC",
    // Timers and timeouts keep real monotonic time.
    FAKETIME_DONT_FAKE_MONOTONIC: "1",
  });
  console.log(`e2e server clock starts at ${start.toISOString()}`);
}

function run(command, args, runEnv = env) {
  const result = spawnSync(command, args, { stdio: "inherit", env: runEnv });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("npx", ["tsx", "scripts/db-deploy.ts"], clockEnv);
run("npx", ["tsx", "prisma/seed.ts"], clockEnv);
if (process.env.E2E_SKIP_BUILD !== "1") run("npx", ["next", "build"]);
// The identity provider lives at the server's time too, so its tokens are neither expired nor from the future for the app.
const identityProvider = spawn(process.execPath, ["--import", "tsx", "scripts/oidc-server.ts"], {
  stdio: "inherit",
  env: { ...clockEnv, OIDC_PORT: oidcPort, OIDC_CLIENT_ID: env.OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: env.OIDC_CLIENT_SECRET, APP_URL: env.APP_URL },
});
const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "-p", port], { stdio: "inherit", env: clockEnv });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    identityProvider.kill(signal);
    server.kill(signal);
  });
}
server.on("exit", (code) => {
  identityProvider.kill("SIGTERM");
  process.exit(code ?? 0);
});
