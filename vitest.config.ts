import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` guards against client bundles; in tests everything runs on the server.
      "server-only": path.join(root, "tests/setup/empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // Client components in a DOM (React Testing Library on happy-dom).
        test: { name: "components", include: ["tests/components/**/*.test.tsx"], environment: "happy-dom", sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-database.ts"],
          setupFiles: ["tests/setup/per-file-database.ts", "tests/setup/next-request.ts"],
          // next-auth imports "next/server" without an extension; let Vite resolve it.
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each file has its own database; two workers keep a 2-core machine busy, not swamped.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          // The embedded database under the real app (a production build in .next-system): slow by
          // nature, one file at a time, after everything else.
          name: "system",
          include: ["tests/system/**/*.test.ts"],
          environment: "node",
          // Ten rounds of tools and twenty kills: minutes on an idle 2-core machine, far more on a busy one.
          testTimeout: 1_800_000,
          hookTimeout: 1_200_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
