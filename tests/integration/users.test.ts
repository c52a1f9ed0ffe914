import { beforeAll, describe, expect, it } from "vitest";
import { createUser as createUserAction, updateUser } from "@/lib/actions/users";
import { actAs } from "../helpers/request";
import { createOrganisation, createUser, testDb, unique } from "../helpers/factories";
import { createPerson } from "../helpers/agreement-factories";

async function auditCount(entityId: string) {
  return testDb.auditEvent.count({ where: { entityId } });
}

describe("administrators create users", () => {
  let admin: Awaited<ReturnType<typeof createUser>>;
  let organisation: Awaited<ReturnType<typeof createOrganisation>>;

  beforeAll(async () => {
    admin = await createUser({ role: "ADMIN" });
    organisation = await createOrganisation();
  });

  it("creates the user and one audit event without the password hash", async () => {
    actAs(admin);
    const email = `${unique("new")}@test.example`;
    const result = await createUserAction(undefined, { name: "Siti Aminah", email, role: "OFFICER", organisationId: organisation.id, password: "a-long-password-1" }).catch((error: unknown) => error);
    // A successful create redirects to the list (Next signals redirects by throwing).
    expect(String((result as Error).message ?? result)).toContain("NEXT_REDIRECT");
    const created = await testDb.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, organisationId: true } });
    expect(created).toMatchObject({ role: "OFFICER", organisationId: organisation.id });
    const events = await testDb.auditEvent.findMany({ where: { entityId: created.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "user.create", actorId: admin.id });
    expect(JSON.stringify(events[0]?.after)).not.toContain("argon2");
  });

  it("refuses anonymous callers and writes nothing", async () => {
    actAs(null);
    const email = `${unique("anon")}@test.example`;
    const result = await createUserAction(undefined, { name: "X", email, role: "ADMIN", password: "a-long-password-1" });
    expect(result).toEqual({ status: "error", formError: "errors.unauthenticated" });
    expect(await testDb.user.count({ where: { email } })).toBe(0);
  });

  it.each(["MANAGER", "OFFICER", "WG_MEMBER"] as const)("refuses a %s", async (role) => {
    actAs(await createUser({ role, organisationId: organisation.id }));
    const email = `${unique("refused")}@test.example`;
    const result = await createUserAction(undefined, { name: "X", email, role: "ADMIN", password: "a-long-password-1" });
    expect(result).toMatchObject({ status: "error", formError: "errors.notFound" });
    expect(await testDb.user.count({ where: { email } })).toBe(0);
  });

  it("names each invalid field and keeps what was typed (but never the password)", async () => {
    actAs(admin);
    const result = await createUserAction(undefined, { name: "", email: "not-an-email", role: "KING", password: "short" });
    expect(result.status).toBe("error");
    if (result.status !== "error") return;
    expect(result.fieldErrors).toMatchObject({
      name: ["errors.required"],
      email: ["errors.invalidEmail"],
      role: ["errors.invalidChoice"],
      password: ["errors.tooShort|min=12"],
    });
    expect(result.values).toEqual({ name: "", email: "not-an-email", role: "KING" });
  });

  it("refuses unknown fields", async () => {
    actAs(admin);
    const email = `${unique("extra")}@test.example`;
    const result = await createUserAction(undefined, { name: "X", email, role: "MANAGER", password: "a-long-password-1", isActive: "false" });
    expect(result).toMatchObject({ status: "error", fieldErrors: { _form: ["errors.unknownFields"] } });
    expect(await testDb.user.count({ where: { email } })).toBe(0);
  });

  it("requires an organisation for officers", async () => {
    actAs(admin);
    const result = await createUserAction(undefined, { name: "X", email: `${unique("o")}@test.example`, role: "OFFICER", password: "a-long-password-1" });
    expect(result).toMatchObject({ status: "error", fieldErrors: { organisationId: ["errors.officerNeedsOrganisation"] } });
  });

  it("reports a duplicate email at the email field", async () => {
    actAs(admin);
    const existing = await createUser({ role: "MANAGER" });
    const result = await createUserAction(undefined, { name: "Copy", email: existing.email, role: "MANAGER", password: "a-long-password-1" });
    expect(result).toMatchObject({ status: "error", fieldErrors: { email: ["errors.alreadyExists"] } });
  });
});

describe("administrators edit users", () => {
  it("updates with the current version and audits before and after", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const target = await createUser({ role: "MANAGER" });
    actAs(admin);
    await updateUser(undefined, { id: target.id, version: "1", name: "Renamed", role: "MANAGER", organisationId: "", isActive: "false" }).catch(() => undefined);
    const after = await testDb.user.findUniqueOrThrow({ where: { id: target.id }, select: { name: true, isActive: true, version: true } });
    expect(after).toEqual({ name: "Renamed", isActive: false, version: 2 });
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { entityId: target.id, action: "user.update" } });
    expect(event.before).toMatchObject({ name: target.name, isActive: true });
    expect(event.after).toMatchObject({ name: "Renamed", isActive: false });
  });

  it("turns a stale version into a conflict and changes nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const target = await createUser({ role: "MANAGER" });
    actAs(admin);
    await updateUser(undefined, { id: target.id, version: "1", name: "First edit", role: "MANAGER", organisationId: "", isActive: "true" }).catch(() => undefined);
    actAs(await createUser({ role: "ADMIN" }));
    const second = await updateUser(undefined, { id: target.id, version: "1", name: "Second edit", role: "ADMIN", organisationId: "", isActive: "true" });
    expect(second).toMatchObject({ status: "conflict", formError: "errors.conflict" });
    const after = await testDb.user.findUniqueOrThrow({ where: { id: target.id }, select: { name: true, role: true } });
    expect(after).toEqual({ name: "First edit", role: "MANAGER" });
    expect(await auditCount(target.id)).toBe(1);
  });

  it("does not let an administrator disable themself", async () => {
    const admin = await createUser({ role: "ADMIN" });
    actAs(admin);
    const result = await updateUser(undefined, { id: admin.id, version: "1", name: admin.name, role: "ADMIN", organisationId: "", isActive: "false" });
    expect(result).toMatchObject({ status: "error", formError: "errors.cannotChangeOwnAccess" });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: admin.id } })).isActive).toBe(true);
  });

  it("answers not-found for an unknown id", async () => {
    actAs(await createUser({ role: "ADMIN" }));
    const result = await updateUser(undefined, { id: "does-not-exist", version: "1", name: "X", role: "MANAGER", organisationId: "", isActive: "true" });
    expect(result).toMatchObject({ status: "error", formError: "errors.notFound" });
  });

  it("links an account to the person it stands for, one account per person, audited", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const person = await createPerson();
    actAs(admin);
    const email = `${unique("member")}@test.example`;
    await createUserAction(undefined, { name: "Member", email, role: "WG_MEMBER", organisationId: "", personId: person.id, password: "a-long-password-1" }).catch(() => undefined);
    const member = await testDb.user.findUniqueOrThrow({ where: { email }, select: { id: true, personId: true, version: true } });
    expect(member.personId).toBe(person.id);
    expect((await testDb.auditEvent.findFirstOrThrow({ where: { entityId: member.id, action: "user.create" } })).after).toMatchObject({ personId: person.id });

    // The same person cannot stand behind a second account, created or edited.
    const taken = await createUserAction(undefined, { name: "Other", email: `${unique("other")}@test.example`, role: "WG_MEMBER", organisationId: "", personId: person.id, password: "a-long-password-1" });
    expect(taken).toMatchObject({ status: "error", fieldErrors: { personId: ["errors.personHasAccount"] } });
    const other = await createUser({ role: "WG_MEMBER" });
    expect(await updateUser(undefined, { id: other.id, version: "1", name: other.name, role: "WG_MEMBER", organisationId: "", personId: person.id, isActive: "true" })).toMatchObject({
      status: "error",
      fieldErrors: { personId: ["errors.personHasAccount"] },
    });

    // Unlinked from the first account, the person can be linked to the other; the audit shows both sides.
    await updateUser(undefined, { id: member.id, version: String(member.version), name: "Member", role: "WG_MEMBER", organisationId: "", personId: "", isActive: "true" }).catch(() => undefined);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: member.id } })).personId).toBeNull();
    await updateUser(undefined, { id: other.id, version: "1", name: other.name, role: "WG_MEMBER", organisationId: "", personId: person.id, isActive: "true" }).catch(() => undefined);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: other.id } })).personId).toBe(person.id);
    const linked = await testDb.auditEvent.findFirstOrThrow({ where: { entityId: other.id, action: "user.update" } });
    expect(linked.before).toMatchObject({ personId: null });
    expect(linked.after).toMatchObject({ personId: person.id });

    // A retired or unknown person is not offered and not accepted.
    const retired = await testDb.person.create({ data: { name: unique("Retired"), isRetired: true } });
    expect(await updateUser(undefined, { id: member.id, version: "3", name: "Member", role: "WG_MEMBER", organisationId: "", personId: retired.id, isActive: "true" })).toMatchObject({
      status: "error",
      fieldErrors: { personId: ["errors.unknownPerson"] },
    });
  });

  it("lets no administrator link their own account to a person (it changes what they may read)", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const person = await createPerson();
    actAs(admin);
    const result = await updateUser(undefined, { id: admin.id, version: "1", name: admin.name, role: "ADMIN", organisationId: "", personId: person.id, isActive: "true" });
    expect(result).toMatchObject({ status: "error", formError: "errors.cannotChangeOwnAccess" });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: admin.id } })).personId).toBeNull();
  });
});
