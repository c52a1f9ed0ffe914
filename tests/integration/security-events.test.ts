// The security events an administrator reads and exports: filtered by kind, user and dates,
// paginated, and refused to everyone else; the sign-in policy change is one of them.
import { describe, expect, it } from "vitest";
import { updateMfaPolicy } from "@/lib/actions/security-settings";
import { roleRequiresMfa } from "@/lib/auth/mfa/policy";
import { ForbiddenError } from "@/lib/auth/session";
import { listSecurityEvents, listSecurityEventsForExport, securityEventsPageSize } from "@/lib/data/security-events";
import { GET as exportSecurityEvents } from "@/app/(app)/admin/security-events/export/route";
import { actAs } from "../helpers/request";
import { createUser, testDb } from "../helpers/factories";

async function eventOf(action: string, entityId: string, at: Date) {
  await testDb.auditEvent.create({ data: { action, entityType: "User", entityId, at, after: { address: "198.51.100.20" } } });
}

describe("security events", () => {
  it("reads the date range as calendar days in the app's time zone (Kuala Lumpur), like every date shown", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const subject = await createUser({ role: "OFFICER" });
    await eventOf("auth.lockout", subject.id, new Date("2026-02-01T15:30:00Z")); // 1 Feb, 23:30 in Kuala Lumpur
    await eventOf("auth.lockout", subject.id, new Date("2026-02-01T16:30:00Z")); // 2 Feb, 00:30
    await eventOf("auth.lockout", subject.id, new Date("2026-02-03T15:30:00Z")); // 3 Feb, 23:30
    await eventOf("auth.lockout", subject.id, new Date("2026-02-03T16:30:00Z")); // 4 Feb, 00:30
    actAs(admin);
    const range = await listSecurityEvents({ user: subject.email, from: "2026-02-02", to: "2026-02-03" }, 1);
    expect(range.rows.map((row) => row.at.toISOString())).toEqual(["2026-02-03T15:30:00.000Z", "2026-02-01T16:30:00.000Z"]);
  });

  it("filters by kind, user and date range, newest first, for administrators only", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const subject = await createUser({ role: "OFFICER" });
    await eventOf("auth.signInFail", subject.id, new Date("2026-02-01T10:00:00Z"));
    await eventOf("auth.signInFail", subject.id, new Date("2026-02-03T10:00:00Z"));
    await eventOf("auth.signIn", subject.id, new Date("2026-02-03T11:00:00Z"));
    // Not a security event: never listed.
    await eventOf("agreement.update", subject.id, new Date("2026-02-03T12:00:00Z"));

    actAs(admin);
    const all = await listSecurityEvents({ user: subject.email }, 1);
    expect(all.rows.map((row) => row.action)).toEqual(["auth.signIn", "auth.signInFail", "auth.signInFail"]);
    const failures = await listSecurityEvents({ user: subject.email, kind: "auth.signInFail", from: "2026-02-02", to: "2026-02-03" }, 1);
    expect(failures.total).toBe(1);
    expect(failures.rows[0]?.at.toISOString()).toBe("2026-02-03T10:00:00.000Z");
    expect(failures.pageSize).toBe(securityEventsPageSize);

    const response = await exportSecurityEvents(new Request(`http://localhost/admin/security-events/export?user=${encodeURIComponent(subject.email)}`));
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv.trim().split("\r\n")).toHaveLength(4);
    expect(csv).toContain("address: 198.51.100.20");
    expect(csv).toContain("Sign-in failed");

    const manager = await createUser({ role: "MANAGER" });
    actAs(manager);
    await expect(listSecurityEvents({}, 1)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listSecurityEventsForExport({})).rejects.toBeInstanceOf(ForbiddenError);
    expect((await exportSecurityEvents(new Request("http://localhost/admin/security-events/export"))).status).toBe(404);
  });

  it("lets an administrator choose the roles that need a second factor, audited", async () => {
    const admin = await createUser({ role: "ADMIN" });
    actAs(admin);
    const before = await testDb.roleSecurityPolicy.findMany();
    try {
      const answer = await updateMfaPolicy(undefined, { requiredRoles: ["ADMIN", "OFFICER"] });
      expect(answer.status).toBe("success");
      expect(await roleRequiresMfa(testDb, "OFFICER")).toBe(true);
      expect(await roleRequiresMfa(testDb, "MANAGER")).toBe(false);
      const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "securityPolicy.update", actorId: admin.id } });
      expect(event.after).toEqual({ ADMIN: true, MANAGER: false, OFFICER: true, WG_MEMBER: false });
    } finally {
      await testDb.roleSecurityPolicy.deleteMany();
      if (before.length > 0) await testDb.roleSecurityPolicy.createMany({ data: before });
    }
    const officer = await createUser({ role: "OFFICER", organisationId: null });
    actAs(officer);
    expect(await updateMfaPolicy(undefined, { requiredRoles: [] })).toMatchObject({ status: "error", formError: "errors.notFound" });
  });
});
