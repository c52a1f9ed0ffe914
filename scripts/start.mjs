// npm start — the newcomer's one command after `npm install`:
//   1. makes sure a session secret exists (.env.local, generated once, never committed);
//   2. migrates and seeds the database (embedded PGlite under .data/ unless DATABASE_URL is set);
//   3. builds the app when the sources are newer than the last build;
//   4. serves it on http://localhost:3000 (PORT to change).
import { spawnSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const envFile = path.join(root, ".env.local");
  const current = existsSync(envFile) ? readFileSync(envFile, "utf8") : "";
  if (/^AUTH_SECRET=/m.test(current)) return;
  writeFileSync(envFile, `${current}${current && !current.endsWith("\n") ? "\n" : ""}AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
  console.log("Created .env.local with a new AUTH_SECRET.");
}

function newestSourceChange() {
  let newest = 0;
  const visit = (entry) => {
    if (!existsSync(entry)) return;
    const stats = statSync(entry);
    if (stats.isDirectory()) {
      for (const child of readdirSync(entry)) if (child !== "generated") visit(path.join(entry, child));
    } else newest = Math.max(newest, stats.mtimeMs);
  };
  ["app", "components", "lib", "messages", "public", "proxy.ts", "next.config.ts", "package.json", "prisma/schema.prisma"].forEach((entry) => visit(path.join(root, entry)));
  return newest;
}

function needsBuild(distDir) {
  const buildId = path.join(root, distDir, "BUILD_ID");
  return !existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceChange();
}

ensureAuthSecret();
run("npx", ["tsx", "scripts/db-deploy.ts"]);
run("npx", ["tsx", "prisma/seed.ts"]);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (needsBuild(distDir)) run("npx", ["next", "build"]);
const port = process.env.PORT ?? "3000";
console.log(`\nMoU Tracker is starting on http://localhost:${port}`);
const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
