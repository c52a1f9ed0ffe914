import { describe, expect, it } from "vitest";
import { createUser, testDb } from "../helpers/factories";

describe("the audit trail", () => {
  it("refuses to change or remove an audit event", async () => {
    const actor = await createUser({ role: "ADMIN" });
    const event = await testDb.auditEvent.create({ data: { actorId: actor.id, action: "test.create", entityType: "Test", entityId: "t-1" } });
    await expect(testDb.auditEvent.update({ where: { id: event.id }, data: { action: "test.forged" } })).rejects.toThrow(/append-only/);
    await expect(testDb.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(testDb.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(testDb.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).resolves.toMatchObject({ action: "test.create" });
  });
});
