// Sessions the user controls: listed, ended one by one or all at once; ended everywhere by
// deactivation, a role change or a password change; and by idle and absolute timeouts.
import { afterEach, describe, expect, it, vi } from "vitest";
import { changeMyPassword, endMyOtherSessions, endMySession } from "@/lib/actions/account";
import { signOutOfAccount } from "@/lib/actions/auth";
import { createUser as createUserAction, updateUser } from "@/lib/actions/users";
import { checkCredentials } from "@/lib/auth/credentials";
import { getCurrentUser } from "@/lib/auth/session";
import { sessionTimeouts } from "@/lib/auth/sessions";
import { listMySessions } from "@/lib/data/account";
import { hashPassword } from "@/lib/passwords";
import { actAs, signInAgain, testSessionOf } from "../helpers/request";
import { createUser, testDb, unique } from "../helpers/factories";

/** Who the next request is from (each call here is a request of its own). */
const whoIsSignedIn = () => getCurrentUser();

async function anotherDevice(userId: string) {
  return testDb.userSession.create({ data: { userId, userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/130.0 Safari/537.36", address: "203.0.113.9" } });
}

const isOpen = async (sessionId: string) => (await testDb.userSession.findUniqueOrThrow({ where: { id: sessionId } })).endedAt === null;

describe("sessions", () => {
  afterEach(() => vi.useRealTimers());

  it("lists the user's open sessions, this one marked, and ends another one after asking", async () => {
    const user = await createUser({ role: "OFFICER" });
    actAs(user);
    const current = await testSessionOf(user.id);
    const other = await anotherDevice(user.id);
    const sessions = await listMySessions();
    expect(sessions.map((session) => [session.id, session.isCurrent]).sort()).toEqual([[current, true], [other.id, false]].sort());

    expect(await endMySession(undefined, { sessionId: other.id })).toMatchObject({ status: "success" });
    expect(await isOpen(other.id)).toBe(false);
    expect(await isOpen(current)).toBe(true);
    expect(await testDb.auditEvent.count({ where: { action: "session.end", entityId: other.id, actorId: user.id } })).toBe(1);
  });

  it("cannot end someone else's session: it does not exist for them", async () => {
    const holder = await createUser();
    const session = await anotherDevice(holder.id);
    actAs(await createUser({ role: "ADMIN" }));
    expect(await endMySession(undefined, { sessionId: session.id })).toMatchObject({ status: "error", formError: "errors.notFound" });
    expect(await isOpen(session.id)).toBe(true);
  });

  it("signs out everywhere else, keeping this session", async () => {
    const user = await createUser();
    actAs(user);
    const current = await testSessionOf(user.id);
    const others = [await anotherDevice(user.id), await anotherDevice(user.id)];
    expect(await endMyOtherSessions(undefined, {})).toMatchObject({ status: "success", data: { count: 2 } });
    for (const other of others) expect(await isOpen(other.id)).toBe(false);
    expect(await isOpen(current)).toBe(true);
  });

  it("signing out ends this session: its cookie no longer signs anyone in", async () => {
    const user = await createUser();
    actAs(user);
    const current = await testSessionOf(user.id);
    await signOutOfAccount(undefined, {}).catch(() => undefined); // redirects to /login
    expect(await isOpen(current)).toBe(false);
    expect(await whoIsSignedIn()).toBeNull();
  });

  it("a deactivated user's open session is refused on its next request; a role change ends sessions too", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const officer = await createUser({ role: "WG_MEMBER" });
    const manager = await createUser({ role: "MANAGER" });
    actAs(officer);
    expect(await whoIsSignedIn()).toMatchObject({ id: officer.id });
    actAs(manager);
    expect(await whoIsSignedIn()).toMatchObject({ id: manager.id });

    actAs(admin);
    const deactivate = { id: officer.id, version: officer.version, name: officer.name, role: "WG_MEMBER", organisationId: "", isActive: "false" };
    await updateUser(undefined, deactivate).catch(() => undefined);
    const promote = { id: manager.id, version: manager.version, name: manager.name, role: "ADMIN", organisationId: "", isActive: "true" };
    await updateUser(undefined, promote).catch(() => undefined);

    actAs(officer);
    expect(await whoIsSignedIn()).toBeNull();
    expect(await testDb.userSession.findFirst({ where: { userId: officer.id } })).toMatchObject({ endReason: "deactivated" });
    actAs(manager);
    expect(await whoIsSignedIn()).toBeNull();
    expect(await testDb.userSession.findFirst({ where: { userId: manager.id } })).toMatchObject({ endReason: "roleChanged" });
    // Signing in again gives the new role.
    signInAgain(manager);
    expect(await whoIsSignedIn()).toMatchObject({ id: manager.id, role: "ADMIN" });
  });

  it("ends after the idle timeout, and after the absolute timeout however active", async () => {
    const timeouts = sessionTimeouts();
    const idle = await createUser();
    actAs(idle);
    expect(await whoIsSignedIn()).not.toBeNull();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + timeouts.idleMs + 1000);
    expect(await whoIsSignedIn()).toBeNull();
    expect(await testDb.userSession.findFirst({ where: { userId: idle.id } })).toMatchObject({ endReason: "idle" });
    vi.useRealTimers();

    const busy = await createUser();
    actAs(busy);
    const started = Date.now();
    vi.useFakeTimers({ toFake: ["Date"] });
    // Active every half idle-period, until past the absolute limit.
    for (let at = started; at < started + timeouts.absoluteMs; at += timeouts.idleMs / 2) {
      vi.setSystemTime(at);
      expect(await whoIsSignedIn()).not.toBeNull();
    }
    vi.setSystemTime(started + timeouts.absoluteMs + 1000);
    expect(await whoIsSignedIn()).toBeNull();
    expect(await testDb.userSession.findFirst({ where: { userId: busy.id } })).toMatchObject({ endReason: "expired" });
  });
});

describe("changing one's password", () => {
  async function userWithPassword(password: string) {
    const user = await createUser({ role: "MANAGER" });
    await testDb.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
    return user;
  }
  const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) => changeMyPassword(undefined, { currentPassword, newPassword, confirmPassword });

  it("needs the current password and a password that is long enough, uncommon and typed twice the same", async () => {
    const user = await userWithPassword("correct horse battery");
    actAs(user);
    expect(await change("wrong horse battery", "a brand new passphrase")).toMatchObject({ fieldErrors: { currentPassword: ["account.password.currentWrong"] } });
    expect(await change("correct horse battery", "short")).toMatchObject({ fieldErrors: { newPassword: ["errors.tooShort|min=12"] } });
    expect(await change("correct horse battery", "password1234")).toMatchObject({ fieldErrors: { newPassword: ["errors.passwordCommon"] } });
    expect(await change("correct horse battery", "a brand new passphrase", "a brand new passphrasf")).toMatchObject({ fieldErrors: { confirmPassword: ["errors.passwordsDiffer"] } });
    expect(await change("correct horse battery", "correct horse battery")).toMatchObject({ fieldErrors: { newPassword: ["account.password.unchanged"] } });
    expect(await checkCredentials(testDb, { email: user.email, password: "correct horse battery", clientAddress: unique("ip") })).toMatchObject({ outcome: "ok" });
    actAs(null);
    expect(await change("correct horse battery", "a brand new passphrase")).toMatchObject({ formError: "errors.unauthenticated" });
  });

  it("changes it, audits it without the hash, and ends every session, this one included", async () => {
    const user = await userWithPassword("correct horse battery");
    actAs(user);
    const current = await testSessionOf(user.id);
    const other = await anotherDevice(user.id);
    await change("correct horse battery", "a brand new passphrase").catch(() => undefined); // redirects to sign in
    expect(await isOpen(current)).toBe(false);
    expect(await isOpen(other.id)).toBe(false);
    expect(await checkCredentials(testDb, { email: user.email, password: "a brand new passphrase", clientAddress: unique("ip") })).toMatchObject({ outcome: "ok" });
    expect(await checkCredentials(testDb, { email: user.email, password: "correct horse battery", clientAddress: unique("ip") })).toEqual({ outcome: "invalid" });
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "user.changePassword", entityId: user.id } });
    expect(JSON.stringify(event)).not.toMatch(/argon2|passphrase/);
  });

  it("administrators cannot give a new account a common password either", async () => {
    actAs(await createUser({ role: "ADMIN" }));
    const result = await createUserAction(undefined, { name: "New Officer", email: `${unique("new")}@test.example`, role: "MANAGER", organisationId: "", password: "qwertyuiop123" });
    expect(result).toMatchObject({ status: "error", fieldErrors: { password: ["errors.passwordCommon"] } });
  });
});
