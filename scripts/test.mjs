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

const hasFaketime = () => ["/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1", "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1"].some((file) => existsSync(file));

/**
 * Chromium for the browser journeys, libfaketime for the e2e server's fixed clock
 * (scripts/e2e-server.mjs), pdftotext (poppler-utils) for the agreed-minutes journey's PDF and
 * xmllint (libxml2-utils) for the IATI export's schema check (an integration test): installed
 * before any test runs.
 */
function ensureTestTools() {
  const found = findChromium();
  if (found && hasFaketime() && existsSync("/usr/bin/pdftotext") && existsSync("/usr/bin/xmllint")) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Installing Chromium, CJK fonts, libfaketime, pdftotext and xmllint from Debian's packages for the tests…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (run("apt-get", ["update", "-qq"], env) === 0 && run("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk", "faketime", "poppler-utils", "libxml2-utils"], env) === 0) return findChromium();
  }
  console.error("Chromium, libfaketime, pdftotext or xmllint was not found. Install them (Debian: apt-get install chromium faketime poppler-utils libxml2-utils) or set CHROMIUM_PATH.");
  process.exit(1);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let failures = 0;
env.CHROMIUM_PATH = ensureTestTools();
failures += run("npx", ["vitest", "run"], env) === 0 ? 0 : 1;
failures += run("npx", ["playwright", "test"], env) === 0 ? 0 : 1;
process.exit(failures === 0 ? 0 : 1);
