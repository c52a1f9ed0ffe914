import { describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { switchLanguage } from "@/lib/actions/preferences";
import { actAs, testRequest } from "../helpers/request";
import { createOrganisation, createUser, testDb } from "../helpers/factories";

describe("the session is checked against the database on every request", () => {
  it("loads the user with organisation and side", async () => {
    const organisation = await createOrganisation({ side: "CHINA" });
    const user = await createUser({ role: "OFFICER", organisationId: organisation.id });
    actAs(user);
    await expect(getCurrentUser()).resolves.toMatchObject({ id: user.id, role: "OFFICER", side: "CHINA", organisationId: organisation.id });
  });

  it("treats a disabled user as signed out at once", async () => {
    const user = await createUser({ role: "MANAGER" });
    await testDb.user.update({ where: { id: user.id }, data: { isActive: false } });
    actAs(user);
    await expect(getCurrentUser()).resolves.toBeNull();
  });

  it("sees a role change at once", async () => {
    const user = await createUser({ role: "MANAGER" });
    await testDb.user.update({ where: { id: user.id }, data: { role: "ADMIN" } });
    actAs(user);
    await expect(getCurrentUser()).resolves.toMatchObject({ role: "ADMIN" });
  });
});

describe("switching the language", () => {
  it("saves a signed-in user's choice with an audit event, and sets the cookie", async () => {
    const user = await createUser({ role: "MANAGER" });
    actAs(user);
    const result = await switchLanguage(undefined, { locale: "zh" });
    expect(result.status).toBe("success");
    expect((await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("zh");
    expect(testRequest.cookies.get("locale")).toBe("zh");
    const events = await testDb.auditEvent.findMany({ where: { entityId: user.id, action: "user.setLocale" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ before: { locale: "en" }, after: { locale: "zh" } });
  });

  it("sets only the cookie for an anonymous visitor", async () => {
    actAs(null);
    const before = await testDb.auditEvent.count();
    await switchLanguage(undefined, { locale: "ms" });
    expect(testRequest.cookies.get("locale")).toBe("ms");
    expect(await testDb.auditEvent.count()).toBe(before);
  });

  it("refuses a language it does not offer", async () => {
    actAs(null);
    const result = await switchLanguage(undefined, { locale: "fr" });
    expect(result).toMatchObject({ status: "error", fieldErrors: { locale: ["errors.invalidChoice"] } });
    expect(testRequest.cookies.has("locale")).toBe(false);
  });
});
