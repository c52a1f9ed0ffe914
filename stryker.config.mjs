// `npm run mutation`: StrykerJS changes the rules that matter most, one small change (a mutant)
// at a time, and runs the unit tests against each; a mutant no test notices "survives". The
// score table printed at the end gives the share killed per module. Not part of `npm test`
// (minutes, not seconds); CI runs it when these files change (.ci/run). Accepted survivors and
// why: README, "Mutation testing".
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: [
    "lib/permissions.ts",
    "lib/milestones/rules.ts",
    "lib/action-items/status-machine.ts",
    "lib/agreements/lifecycle.ts",
    // The joint record's rules: both approvals, no side confirming its own report, entry into force.
    "lib/meetings/minutes-approval.ts",
    "lib/joint-progress/rules.ts",
    "lib/agreements/entry-into-force.ts",
  ],
  coverageAnalysis: "perTest",
  reporters: ["clear-text", "progress"],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 90, break: null },
  concurrency: 2,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  // The sandbox is a copy of the project: leave out what the unit tests never read.
  ignorePatterns: [".data", ".next*", "test-results", "playwright-report", "backups", "tests/e2e", "tests/integration", "reports"],
};

export default config;
