import { describe, expect, it } from "vitest";
import { diffMigrationsAgainstSchema } from "../../scripts/lib/migrations";

describe("the migration history", () => {
  // Migrating a scratch database and diffing it takes ~10 s alone and over 40 s on a loaded
  // 2-core machine: this test checks drift, not speed.
  it("matches prisma/schema.prisma exactly (run `npm run db:migrate -- <name>` after changing the schema)", { timeout: 300_000 }, async () => {
    await expect(diffMigrationsAgainstSchema()).resolves.toBe("");
  });
});
