// npm test — every test, on a fresh machine: unit and integration (Vitest, on PGlite unless
// DATABASE_URL points at PostgreSQL), then the end-to-end journeys (Playwright in Chromium).
// Playwright cannot download a browser here, so Debian's Chromium is used, installed when
// missing and we are allowed to (root with apt-get).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  return result.status ?? 1;
}

function findChromium() {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => candidate && existsSync(candidate));
}

function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Installing Chromium (and CJK fonts) from Debian's packages for the end-to-end tests…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (run("apt-get", ["update", "-qq"], env) === 0 && run("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"], env) === 0) return findChromium();
  }
  console.error("Chromium was not found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.");
  process.exit(1);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let failures = 0;
failures += run("npx", ["vitest", "run"], env) === 0 ? 0 : 1;
env.CHROMIUM_PATH = ensureChromium();
failures += run("npx", ["playwright", "test"], env) === 0 ? 0 : 1;
process.exit(failures === 0 ? 0 : 1);
