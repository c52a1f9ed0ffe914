import { describe, expect, it } from "vitest";
import { diffMigrationsAgainstSchema } from "../../scripts/lib/migrations";

describe("the migration history", () => {
  it("matches prisma/schema.prisma exactly (run `npm run db:migrate -- <name>` after changing the schema)", async () => {
    await expect(diffMigrationsAgainstSchema()).resolves.toBe("");
    // Replays every migration on a scratch database: ~25 s on a quiet 2-core machine, more under load.
  }, 120_000);
});
