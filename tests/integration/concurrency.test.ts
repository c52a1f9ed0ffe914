// Simultaneous edits of one record: exactly one wins, the others see a conflict, and the
// audit trail has exactly one event for the one change that happened.
import { describe, expect, it } from "vitest";
import { updateUser } from "@/lib/actions/users";
import { actAs } from "../helpers/request";
import { createUser, testDb } from "../helpers/factories";

describe("simultaneous edits", () => {
  it("give exactly one success and conflicts for the rest", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const target = await createUser({ role: "MANAGER" });
    actAs(admin);
    const attempts = Array.from({ length: 8 }, (_, index) =>
      updateUser(undefined, { id: target.id, version: "1", name: `Edit ${index}`, role: "MANAGER", organisationId: "", isActive: "true" }).catch((error: unknown) =>
        String((error as Error).message).includes("NEXT_REDIRECT") ? { status: "success" as const } : Promise.reject(error),
      ),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((result) => result.status === "success")).toHaveLength(1);
    expect(results.filter((result) => result.status === "conflict")).toHaveLength(7);
    const after = await testDb.user.findUniqueOrThrow({ where: { id: target.id }, select: { version: true, name: true } });
    expect(after.version).toBe(2);
    const events = await testDb.auditEvent.findMany({ where: { entityId: target.id, action: "user.update" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.after).toMatchObject({ name: after.name });
  });
});
