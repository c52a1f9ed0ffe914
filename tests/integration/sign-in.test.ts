import { afterEach, describe, expect, it, vi } from "vitest";
import { checkCredentials } from "@/lib/auth/credentials";
import { maxFailuresPerAccount, maxFailuresPerAddress, signInLogRetentionDays, throttleWindowMs } from "@/lib/auth/throttle";
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
    // The refused attempt was never evaluated: only the failures are in the log.
    expect(await testDb.signInAttempt.count({ where: { key: `email:${user.email}` } })).toBe(maxFailuresPerAccount);
  });

  it("throttles a client address that tries many accounts", async () => {
    const address = unique("ip");
    for (let attempt = 0; attempt < maxFailuresPerAddress; attempt += 1) {
      await checkCredentials(testDb, { email: `${unique("guess")}@test.example`, password: "wrong", clientAddress: address });
    }
    const user = await userWithPassword("correct horse battery");
    await expect(checkCredentials(testDb, { email: user.email, password: "correct horse battery", clientAddress: address })).resolves.toEqual({ outcome: "throttled" });
    // Another address is not affected.
    await expect(checkCredentials(testDb, { email: user.email, password: "correct horse battery", clientAddress: unique("ip") })).resolves.toMatchObject({ outcome: "ok" });
  });

  it("evaluates at most the limit when fifty guesses arrive at once", async () => {
    const user = await userWithPassword("correct horse battery");
    const results = await Promise.all(
      Array.from({ length: 50 }, () => checkCredentials(testDb, { email: user.email, password: "wrong", clientAddress: unique("ip") })),
    );
    const evaluated = results.filter((result) => result.outcome === "invalid").length;
    expect(evaluated).toBeGreaterThan(0);
    expect(evaluated).toBeLessThanOrEqual(maxFailuresPerAccount);
    expect(results.filter((result) => result.outcome === "throttled")).toHaveLength(50 - evaluated);
    expect(await testDb.signInAttempt.count({ where: { key: `email:${user.email}` } })).toBe(evaluated);
    // Even the right password is refused now.
    await expect(checkCredentials(testDb, { email: user.email, password: "correct horse battery", clientAddress: unique("ip") })).resolves.toEqual({ outcome: "throttled" });
  });

  it("a success clears the account's count and gives the address its attempt back", async () => {
    const user = await userWithPassword("correct horse battery");
    const address = unique("ip");
    for (let attempt = 0; attempt < maxFailuresPerAccount - 1; attempt += 1) {
      await checkCredentials(testDb, { email: user.email, password: "wrong", clientAddress: address });
    }
    await expect(checkCredentials(testDb, { email: user.email, password: "correct horse battery", clientAddress: address })).resolves.toMatchObject({ outcome: "ok" });
    for (let attempt = 0; attempt < maxFailuresPerAccount - 1; attempt += 1) {
      await expect(checkCredentials(testDb, { email: user.email, password: "wrong", clientAddress: address })).resolves.toEqual({ outcome: "invalid" });
    }
    await expect(checkCredentials(testDb, { email: user.email, password: "correct horse battery", clientAddress: address })).resolves.toMatchObject({ outcome: "ok" });
  });

  describe("with the clock moved on", () => {
    afterEach(() => vi.useRealTimers());

    it("forgets old failures once the window has passed", async () => {
      const user = await userWithPassword("correct horse battery");
      for (let attempt = 0; attempt < maxFailuresPerAccount; attempt += 1) {
        await checkCredentials(testDb, { email: user.email, password: "wrong", clientAddress: unique("ip") });
      }
      await expect(checkCredentials(testDb, { email: user.email, password: "correct horse battery", clientAddress: unique("ip") })).resolves.toEqual({ outcome: "throttled" });
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.now() + throttleWindowMs + 60_000);
      await expect(checkCredentials(testDb, { email: user.email, password: "correct horse battery", clientAddress: unique("ip") })).resolves.toMatchObject({ outcome: "ok" });
    });

    it("prunes sign-in records older than the retention period", async () => {
      const key = `email:${unique("old")}@test.example`;
      const longAgo = new Date(Date.now() - (signInLogRetentionDays + 1) * 86_400_000);
      await testDb.signInAttempt.create({ data: { key, succeeded: false, createdAt: longAgo } });
      await testDb.signInAttempt.create({ data: { key, succeeded: false } });
      const user = await userWithPassword("correct horse battery");
      await checkCredentials(testDb, { email: user.email, password: "correct horse battery", clientAddress: unique("ip") });
      expect(await testDb.signInAttempt.count({ where: { key } })).toBe(1);
    });
  });
});
