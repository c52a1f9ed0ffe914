// SEED_EXAMPLES=0: a production database gets the facts of the source and nothing invented.
import { describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed-data";
import { testDb } from "../helpers/factories";

describe("seeding the facts only", () => {
  it("refuses demo accounts without the example records they sign in as", async () => {
    await expect(seedDatabase(testDb, { includeDemoUsers: true, includeExamples: false })).rejects.toThrow("Demo accounts need the example records");
  });

  it("creates the three instruments and the working group, and no example record or account", async () => {
    await seedDatabase(testDb, { includeDemoUsers: false, includeExamples: false });
    expect(await testDb.agreement.count()).toBe(3);
    expect(await testDb.workingGroup.count()).toBe(1);
    expect(await testDb.cooperationArea.count()).toBe(13);
    const examples = await Promise.all([
      testDb.person.count({ where: { isExample: true } }),
      testDb.milestone.count(),
      testDb.meeting.count(),
      testDb.actionItem.count(),
      testDb.user.count(),
    ]);
    expect(examples).toEqual([0, 0, 0, 0, 0]);
    // Each fact is seeded with its standing and source sentence.
    expect(await testDb.factSource.count({ where: { standing: "STATED" } })).toBeGreaterThan(20);
    expect(await testDb.factSource.count({ where: { standing: "INFERRED" } })).toBeGreaterThan(0);
    // Seeding writes every fact one by one: minutes, not seconds, on a loaded machine.
  }, 120_000);
});
