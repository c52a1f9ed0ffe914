import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { locales, type Locale } from "./lib/i18n/config";

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * The suite's "now": the next 00:30 in Kuala Lumpur (UTC+8, no daylight saving), when the
 * application's today and UTC's disagree. Within a day ahead of the real time, never behind it:
 * the browser expires cookies by its real clock, so an expiry the server computes from its fixed
 * clock must not already lie in the past. Set once here so the server (scripts/e2e-server.mjs
 * runs it under libfaketime) and every worker (tests/e2e/support.ts fixes the browser clock)
 * share it. E2E_NOW overrides it.
 */
function nextHalfPastMidnightInKualaLumpur(now = Date.now()): string {
  const offset = 8 * 3_600_000;
  const day = 86_400_000;
  let instant = Math.floor((now + offset) / day) * day - offset + 30 * 60_000;
  if (instant < now) instant += day;
  return new Date(instant).toISOString();
}
process.env.E2E_NOW ??= nextHalfPastMidnightInKualaLumpur();
const baseURL = `http://localhost:${port}`;

// Playwright cannot download its own browser here; Debian's Chromium does the job.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// The journeys run in full in English (with the Chinese-reading accounts in Chinese); every page's
// accessibility scan and the key journeys also run in each language (tests/e2e/every-language.spec.ts).
const everyLanguage = "every-language.spec.ts";

export default defineConfig<object, { language: Locale }>({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  // On CI: a stray test.only fails the run instead of silently skipping the rest, and a test that
  // passes only on its retry is reported as flaky by name and fails the run too (never hidden).
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Suites running side by side (E2E_NAME) keep their results apart.
  outputDir: `test-results/${process.env.E2E_NAME ?? "default"}`,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"], testIgnore: [everyLanguage, /no-javascript\.spec\.ts/] },
    // The same browser with scripts off: pages and forms must work from the server's HTML alone.
    { name: "no-javascript", use: { ...devices["Desktop Chrome"], javaScriptEnabled: false }, dependencies: ["setup"], testMatch: /no-javascript\.spec\.ts/ },
    ...locales.map((language) => ({
      name: `pages-${language}`,
      testMatch: everyLanguage,
      use: { ...devices["Desktop Chrome"], language },
      dependencies: ["setup"],
    })),
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/login`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
