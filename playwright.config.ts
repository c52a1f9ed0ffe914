import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { locales, type Locale } from "./lib/i18n/config";

const port = Number(process.env.E2E_PORT ?? 3100);
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
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"], testIgnore: everyLanguage },
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
