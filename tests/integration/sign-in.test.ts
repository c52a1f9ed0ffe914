import { describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/credentials";
import { maxFailuresPerAccount, maxFailuresPerAddress } from "@/lib/auth/throttle";
import { hashPassword } from "@/lib/passwords";
import { createUser, testDb, unique } from "../helpers/factories";

async function userWithPassword(password: string, isActive = true) {
  const user = await createUser({ role: "MANAGER", isActive });
  await testDb.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return user;
}

describe("signing in with email and password", () => {
  it("accepts the right password, whatever the email's case", async () => {
    const user = await userWithPassword("correct horse battery");
    const result = await checkCredentials(testDb, { email: user.email.toUpperCase(), password: "correct horse battery", clientAddress: unique("ip") });
    expect(result).toEqual({ outcome: "ok", userId: user.id });
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const user = await userWithPassword("correct horse battery");
    const wrongPassword = await checkCredentials(testDb, { email: user.email, password: "wrong", clientAddress: unique("ip") });
    const unknownEmail = await checkCredentials(testDb, { email: `${unique("nobody")}@test.example`, password: "wrong", clientAddress: unique("ip") });
    expect(wrongPassword).toEqual({ outcome: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("refuses a disabled account with the same answer", async () => {
    const user = await userWithPassword("correct horse battery", false);
    await expect(checkCredentials(testDb, { email: user.email, password: "correct horse battery", clientAddress: unique("ip") })).resolves.toEqual({ outcome: "invalid" });
  });

  it("throttles an account after repeated failures, from any address, even with the right password", async () => {
    const user = await userWithPassword("correct horse battery");
    for (let attempt = 0; attempt < maxFailuresPerAccount; attempt += 1) {
      await checkCredentials(testDb, { email: user.email, password: "wrong", clientAddress: unique("ip") });
    }
    const result = await checkCredentials(testDb, { email: user.email, password: "correct horse battery", clientAddress: unique("ip") });
    expect(result).toEqual({ outcome: "throttled" });
    expect(await testDb.signInAttempt.count({ where: { key: `email:${user.email}`, succeeded: false } })).toBe(maxFailuresPerAccount);
  });

  it("throttles a client address that tries many accounts", async () => {
    const address = unique("ip");
    for (let attempt = 0; attempt < maxFailuresPerAddress; attempt += 1) {
      await testDb.signInAttempt.create({ data: { key: `ip:${address}`, succeeded: false } });
    }
    const user = await userWithPassword("correct horse battery");
    await expect(checkCredentials(testDb, { email: user.email, password: "correct horse battery", clientAddress: address })).resolves.toEqual({ outcome: "throttled" });
  });

  it("forgets old failures once the window has passed", async () => {
    const user = await userWithPassword("correct horse battery");
    const longAgo = new Date(Date.now() - 60 * 60 * 1000);
    await testDb.signInAttempt.createMany({
      data: Array.from({ length: maxFailuresPerAccount }, () => ({ key: `email:${user.email}`, succeeded: false, createdAt: longAgo })),
    });
    await expect(checkCredentials(testDb, { email: user.email, password: "correct horse battery", clientAddress: unique("ip") })).resolves.toMatchObject({ outcome: "ok" });
  });
});
