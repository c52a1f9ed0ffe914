// The unit tests alone, for mutation testing (stryker.config.mjs): the rule modules it mutates
// are pure functions, so the database suites and their global setup are not needed.
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  resolve: base.resolve,
  test: { include: ["tests/unit/**/*.test.ts"], environment: "node" },
});
