// npm run lighthouse — Lighthouse 12.2.3 (pinned: 13 needs Node 22) on the main pages, on the
// seed data, signed in as the role each page is for, in each language, on the mobile and desktop
// presets, median of two runs per page. Prints one row per page, language and preset.
//   LIGHTHOUSE_LANGUAGES=en,zh   the languages (default en,ms,zh)
//   LIGHTHOUSE_PRESETS=desktop   the presets (default mobile,desktop)
//   LIGHTHOUSE_RUNS=2            runs per page (the median by performance score is reported)
//   LIGHTHOUSE_PAGES=dashboard,sides   only these pages (sign-in, dashboard, sides, agreements, agreement, milestones, action-items)
//   E2E_SKIP_BUILD=1             reuse the build in .next-e2e-lighthouse
//   LIGHTHOUSE_BASE_URL=http://localhost:3100   measure a server already running on the seed data
// The server is the end-to-end suite's (scripts/e2e-server.mjs): a fresh embedded database,
// migrated and seeded, on port 3280, with its own build directory.
import { spawn } from "node:child_process";
import path from "node:path";
import lighthouse, { type Config, type Flags, type RunnerResult } from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { tolerateNewFrameReporterEvents } from "./lib/lighthouse-trace";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3280);
const ownServer = !process.env.LIGHTHOUSE_BASE_URL;
const base = process.env.LIGHTHOUSE_BASE_URL ?? `http://localhost:${port}`;
const password = "MouTracker!2025";
const languages = (process.env.LIGHTHOUSE_LANGUAGES ?? "en,ms,zh").split(",");
const presets = (process.env.LIGHTHOUSE_PRESETS ?? "mobile,desktop").split(",") as ("mobile" | "desktop")[];
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 2);
const onlyPages = process.env.LIGHTHOUSE_PAGES?.split(",");

interface Target {
  name: string;
  /** Who opens it: a demo account, or nobody for the sign-in page. */
  account: string | null;
  path: string | (() => Promise<string>);
}

async function waitForServer(server: ReturnType<typeof spawn> | null) {
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error("The server exited before it answered");
    try {
      if ((await fetch(`${base}/login`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("The server did not answer within 15 minutes");
}

async function signIn(page: Page, account: string | null) {
  const client = await page.createCDPSession();
  await client.send("Network.clearBrowserCookies");
  await client.detach();
  if (!account) return;
  await page.goto(`${base}/login`, { waitUntil: "networkidle0" });
  await page.type('input[name="email"]', account);
  await page.type('input[name="password"]', password);
  await page.keyboard.press("Enter"); // the page has other forms (the language switch): submit this one
  // Signing in answers with a client-side move to the home page.
  await page.waitForFunction(() => !location.pathname.startsWith("/login"), { timeout: 60_000 }).catch(async () => {
    const said = await page.$eval("main", (main) => main.textContent ?? "").catch(() => "");
    throw new Error(`${account} could not sign in (the page says: ${said.slice(0, 300)})`);
  });
}

async function setLanguage(page: Page, language: string) {
  await page.setCookie({ name: "locale", value: language, domain: new URL(base).hostname, path: "/" });
}

/** The first agreement of the list, as a reader would open it. */
async function firstAgreementPath(page: Page): Promise<string> {
  await page.goto(`${base}/agreements`, { waitUntil: "networkidle0" });
  const href = await page.$$eval('main table a[href^="/agreements/"]', (links) => links.map((link) => link.getAttribute("href")).find((value) => value && /^\/agreements\/[^/]+$/.test(value)));
  if (!href) throw new Error("No agreement link on /agreements");
  return href;
}

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  cls: number;
  lcpMs: number;
  /** The accessibility and best-practice audits that did not pass (with what the console said, if that is one). */
  shortfalls: string[];
  /** The metrics the performance score is made of, for a page below the goal. */
  metrics: string;
}

function scoresOf(result: RunnerResult): Scores {
  const { categories, audits } = result.lhr;
  const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);
  return {
    performance: score(categories.performance?.score),
    accessibility: score(categories.accessibility?.score),
    bestPractices: score(categories["best-practices"]?.score),
    cls: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
    lcpMs: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    metrics: ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index", "cumulative-layout-shift"]
      .map((id) => `${id} ${audits[id]?.displayValue ?? "?"} (score ${Math.round((audits[id]?.score ?? 0) * 100)})`)
      .join(", "),
    shortfalls: (["accessibility", "best-practices"] as const).flatMap((category) =>
      (categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => {
          const items = (audits[ref.id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
          const said = items.map((item) => JSON.stringify(item)).slice(0, 3).join(" | ");
          return said ? `${ref.id} (${said.slice(0, 600)})` : ref.id;
        }),
    ),
  };
}

async function measure(page: Page, url: string, preset: "mobile" | "desktop"): Promise<Scores> {
  const flags: Flags = { logLevel: "error", output: "json", disableStorageReset: true, onlyCategories: ["performance", "accessibility", "best-practices"] };
  const config: Config | undefined = preset === "desktop" ? desktopConfig : undefined;
  const results: Scores[] = [];
  for (let run = 0; run < runs; run += 1) {
    const result = await lighthouse(url, flags, config, page);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const errors = Object.values(result.lhr.audits).filter((audit) => audit.errorMessage && audit.scoreDisplayMode === "error");
    if (errors.length > 0) throw new Error(`Lighthouse audits failed on ${url}: ${errors.map((audit) => `${audit.id}: ${audit.errorMessage}`).join("; ")}`);
    results.push(scoresOf(result));
  }
  results.sort((a, b) => a.performance - b.performance);
  return results[Math.floor((results.length - 1) / 2)] as Scores;
}

const server = ownServer
  ? spawn(process.execPath, [path.join(root, "scripts/e2e-server.mjs")], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
      // Not NODE_ENV=production: the seed then leaves out the demo accounts the runner signs in with.
      env: { ...process.env, E2E_NAME: "lighthouse", E2E_PORT: String(port) },
    })
  : null;
let browser: Browser | undefined;
let failed = false;
try {
  await waitForServer(server);
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
  });
  const page = await browser.newPage();
  tolerateNewFrameReporterEvents(page);
  const targets: Target[] = [
    { name: "sign-in", account: null, path: "/login" },
    { name: "dashboard", account: "manager@mou.example", path: "/dashboard" },
    { name: "sides", account: "manager@mou.example", path: "/dashboard/sides" },
    { name: "agreements", account: "officer.my@mou.example", path: "/agreements" },
    { name: "agreement", account: "officer.my@mou.example", path: () => firstAgreementPath(page) },
    { name: "milestones", account: "officer.my@mou.example", path: "/milestones" },
    { name: "action-items", account: "member.my@mou.example", path: "/action-items" },
  ];
  const rows: string[][] = [];
  let signedInAs: string | null | undefined;
  for (const target of targets.filter((candidate) => !onlyPages || onlyPages.includes(candidate.name))) {
    if (target.account !== signedInAs) {
      await signIn(page, target.account);
      signedInAs = target.account;
    }
    const targetPath = typeof target.path === "string" ? target.path : await target.path();
    for (const language of languages) {
      await setLanguage(page, language);
      for (const preset of presets) {
        const scores = await measure(page, `${base}${targetPath}`, preset);
        const short = scores.performance < 95 || scores.accessibility < 100 || scores.bestPractices < 100 || scores.cls > 0.05;
        if (short) failed = true;
        rows.push([target.name, language, preset, String(scores.performance), scores.cls.toFixed(3), `${Math.round(scores.lcpMs)}`, String(scores.accessibility), String(scores.bestPractices), short ? "below goal" : "ok"]);
        console.log(rows.at(-1)?.join("\t"));
        for (const shortfall of scores.shortfalls) console.log(`  not passed: ${shortfall}`);
        if (scores.performance < 95) console.log(`  performance: ${scores.metrics}`);
      }
    }
  }
  console.log("\n| page | language | preset | performance | CLS | LCP ms | accessibility | best practices | goal |");
  console.log("|---|---|---|---:|---:|---:|---:|---:|---|");
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  console.log(failed ? "\nSome pages are below the goal (performance ≥ 95, CLS ≤ 0.05, accessibility and best practices 100)." : "\nEvery page meets the goal.");
} finally {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
}
process.exit(failed ? 1 : 0);
