// Multi-factor sign-in: TOTP checked against a fixed clock, recovery codes that work once, the
// second step required before any session exists, re-authentication that lapses after 10
// minutes, lock-outs and new devices told to the holder, and every step in the audit trail.
import { afterEach, describe, expect, it, vi } from "vitest";
import { updateUser } from "@/lib/actions/users";
import { confirmMyEnrolment, reauthenticate, removeMySecondFactor } from "@/lib/actions/second-factor";
import { changeMyPassword } from "@/lib/actions/account";
import { challengeCookie, passChallenge, openChallenge } from "@/lib/auth/mfa/challenge";
import { confirmSignInEnrolment, verifySignInCode } from "@/lib/actions/auth";
import { confirmEnrolment, pendingEnrolment } from "@/lib/auth/mfa/enrolment";
import { roleRequiresMfa } from "@/lib/auth/mfa/policy";
import { openSecret, sealSecret } from "@/lib/auth/mfa/secret-box";
import { checkSecondFactor } from "@/lib/auth/mfa/second-factor";
import { matchTotp, totpCode } from "@/lib/auth/mfa/totp";
import { reauthWindowMs } from "@/lib/auth/reauth";
import { passwordStep, startSignedInSession } from "@/lib/auth/sign-in-flow";
import { maxFailuresPerAccount } from "@/lib/auth/throttle";
import { hashPassword } from "@/lib/passwords";
import { limits } from "@/lib/security/rate-limit";
import { setClock } from "../helpers/clock";
import { actAs, signInAgain, testRequest, testSessionOf } from "../helpers/request";
import { createUser, testDb, unique } from "../helpers/factories";

process.env.AUTH_SECRET ??= "integration-test-secret";

const password = "correct horse battery staple";
const browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36";

async function userWithPassword(role: "ADMIN" | "MANAGER" | "OFFICER" = "OFFICER") {
  const user = await createUser({ role });
  await testDb.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return user;
}

/** Enrols the user directly (as the account page would) and returns the secret and recovery codes. */
async function enrolled(user: { id: string; email: string }, now = new Date()) {
  const { secret } = await pendingEnrolment(testDb, user);
  const codes = await testDb.$transaction((tx) => confirmEnrolment(tx, { userId: user.id, code: totpCode(secret, now), actorId: user.id, now }));
  if (!codes) throw new Error("enrolment refused its own code");
  // The enrolment code's step is spent; later tests use the next steps.
  return { secret, codes };
}

async function setPolicy(role: "ADMIN" | "MANAGER", requiresMfa: boolean) {
  await testDb.roleSecurityPolicy.upsert({ where: { role }, update: { requiresMfa }, create: { role, requiresMfa } });
}

const auditCount = (action: string, entityId: string) => testDb.auditEvent.count({ where: { action, entityId } });

describe("TOTP (RFC 6238)", () => {
  it("matches the RFC's SHA-1 test vector at a fixed time", () => {
    // RFC 6238 appendix B: the ASCII key "12345678901234567890", T = 59 s → 94287082 (8 digits); its last six.
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(totpCode(secret, new Date(59_000))).toBe("287082");
    expect(totpCode(secret, new Date(1_111_111_109_000))).toBe("081804");
  });

  it("accepts the code of the current step and its neighbours, once, and nothing further away", () => {
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const now = new Date("2026-03-10T08:00:15Z");
    const code = totpCode(secret, now);
    const step = matchTotp({ secret, code, now });
    expect(step).toBe(Math.floor(now.getTime() / 30_000));
    expect(matchTotp({ secret, code: totpCode(secret, new Date(now.getTime() - 30_000)), now })).toBe((step ?? 0) - 1);
    expect(matchTotp({ secret, code: totpCode(secret, new Date(now.getTime() - 90_000)), now })).toBeNull();
    // The same code again (its step already used) is refused.
    expect(matchTotp({ secret, code, now, lastStep: step })).toBeNull();
    expect(matchTotp({ secret, code: "12345", now })).toBeNull();
  });

  it("keeps the secret encrypted at rest, bound to its user", async () => {
    const user = await userWithPassword();
    const { secret } = await enrolled(user);
    const row = await testDb.user.findUniqueOrThrow({ where: { id: user.id }, select: { mfaSecret: true } });
    expect(row.mfaSecret).not.toContain(secret);
    expect(openSecret(row.mfaSecret ?? "", user.id)).toBe(secret);
    expect(openSecret(row.mfaSecret ?? "", "someone-else")).toBeNull();
    const [version, iv, tag, body = ""] = sealSecret(secret, user.id).split(".");
    const altered = `${body[0] === "A" ? "B" : "A"}${body.slice(1)}`;
    expect(openSecret([version, iv, tag, altered].join("."), user.id)).toBeNull();
    // Never in the audit trail.
    const events = await testDb.auditEvent.findMany({ where: { entityId: user.id } });
    expect(JSON.stringify(events)).not.toContain(secret);
  });
});

describe("signing in with a second factor", () => {
  afterEach(() => vi.useRealTimers());

  it("requires the code for an enrolled administrator: no session exists until it is checked", async () => {
    const admin = await userWithPassword("ADMIN");
    const { secret } = await enrolled(admin);
    const step = await passwordStep(testDb, { email: admin.email, password, clientAddress: unique("ip") });
    expect(step).toMatchObject({ outcome: "ok", step: "VERIFY" });
    if (step.outcome !== "ok") return;
    // The password alone starts nothing.
    expect(await startSignedInSession(testDb, { token: step.token, userAgent: browser, address: "198.51.100.1" })).toBeNull();
    expect(await testDb.userSession.count({ where: { userId: admin.id } })).toBe(0);

    const challenge = await openChallenge(testDb, step.token);
    expect(challenge?.user.id).toBe(admin.id);
    expect(await checkSecondFactor(testDb, { userId: admin.id, code: "000000", purpose: "signIn" })).toEqual({ outcome: "invalid" });
    const later = new Date(Date.now() + 30_000);
    setClock(later);
    const check = await checkSecondFactor(testDb, { userId: admin.id, code: totpCode(secret, later), purpose: "signIn" });
    expect(check).toEqual({ outcome: "ok", method: "totp" });
    await passChallenge(testDb, { id: challenge?.id ?? "", method: "totp" });
    const started = await startSignedInSession(testDb, { token: step.token, userAgent: browser, address: "198.51.100.1" });
    expect(started?.userId).toBe(admin.id);
    // The challenge starts one session only.
    expect(await startSignedInSession(testDb, { token: step.token, userAgent: browser, address: "198.51.100.1" })).toBeNull();
    expect(await auditCount("auth.mfaUse", admin.id)).toBe(1);
    expect(await auditCount("auth.mfaFail", admin.id)).toBe(1);
    expect(await auditCount("auth.signIn", admin.id)).toBe(1);
  });

  it("sends an administrator who has not enrolled to enrol when the role requires it (the default), and not when it is relaxed", async () => {
    const admin = await userWithPassword("ADMIN");
    const saved = await testDb.roleSecurityPolicy.findUnique({ where: { role: "ADMIN" } });
    await testDb.roleSecurityPolicy.deleteMany({ where: { role: "ADMIN" } });
    expect(await roleRequiresMfa(testDb, "ADMIN")).toBe(true);
    expect(await passwordStep(testDb, { email: admin.email, password, clientAddress: unique("ip") })).toMatchObject({ step: "ENROL" });
    await setPolicy("ADMIN", false);
    try {
      expect(await passwordStep(testDb, { email: admin.email, password, clientAddress: unique("ip") })).toMatchObject({ step: "NONE" });
    } finally {
      await testDb.roleSecurityPolicy.deleteMany({ where: { role: "ADMIN" } });
      if (saved) await testDb.roleSecurityPolicy.create({ data: saved });
    }
    const officer = await userWithPassword("OFFICER");
    expect(await passwordStep(testDb, { email: officer.email, password, clientAddress: unique("ip") })).toMatchObject({ step: "NONE" });
  });

  it("accepts each recovery code once", async () => {
    const user = await userWithPassword("MANAGER");
    const { codes } = await enrolled(user);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const [first = ""] = codes;
    expect(await checkSecondFactor(testDb, { userId: user.id, code: first.toUpperCase(), purpose: "signIn" })).toEqual({ outcome: "ok", method: "recoveryCode" });
    expect(await checkSecondFactor(testDb, { userId: user.id, code: first, purpose: "signIn" })).toEqual({ outcome: "invalid" });
    expect(await testDb.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
    expect(await auditCount("auth.recoveryCodeUse", user.id)).toBe(1);
    // Stored hashed, never as typed.
    const stored = await testDb.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored.some((row) => codes.includes(row.codeHash))).toBe(false);
  });

  it("throttles code guesses per account", async () => {
    const user = await userWithPassword("MANAGER");
    await enrolled(user);
    const answers = [];
    for (let attempt = 0; attempt <= limits.secondFactor.points; attempt += 1) {
      answers.push((await checkSecondFactor(testDb, { userId: user.id, code: "000000", purpose: "signIn" })).outcome);
    }
    expect(answers.filter((outcome) => outcome === "invalid")).toHaveLength(limits.secondFactor.points);
    expect(answers.at(-1)).toBe("throttled");
  });

  it("enrols from the account page with a confirmation code, and removes it after re-authentication", async () => {
    const user = await userWithPassword("OFFICER");
    actAs(user);
    const { secret } = await pendingEnrolment(testDb, user);
    const refused = await confirmMyEnrolment(undefined, { code: "000000" });
    expect(refused).toMatchObject({ status: "error", fieldErrors: { code: ["auth.secondStep.invalidCode"] } });
    const answer = await confirmMyEnrolment(undefined, { code: totpCode(secret) });
    expect(answer.status).toBe("success");
    expect(answer.status === "success" ? answer.data?.recoveryCodes : []).toHaveLength(10);
    expect(await auditCount("auth.mfaEnrol", user.id)).toBe(1);
    await removeMySecondFactor(undefined, {});
    expect((await testDb.user.findUniqueOrThrow({ where: { id: user.id }, select: { mfaSecret: true } })).mfaSecret).toBeNull();
    expect(await testDb.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await auditCount("auth.mfaRemove", user.id)).toBe(1);
  });
});

describe("re-authentication before sensitive actions", () => {
  afterEach(() => vi.useRealTimers());

  it("holds for 10 minutes after signing in, then refuses a role change until the administrator proves it again", async () => {
    const admin = await userWithPassword("ADMIN");
    const { secret } = await enrolled(admin);
    const target = await createUser({ role: "OFFICER" });
    signInAgain(admin);
    await testSessionOf(admin.id);
    const change = { id: target.id, version: "1", name: target.name, role: "MANAGER", organisationId: "", isActive: "true" };

    setClock(new Date(Date.now() + reauthWindowMs + 1_000));
    const refused = await updateUser(undefined, change);
    expect(refused).toMatchObject({ status: "error", formError: "auth.reauth.required" });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("OFFICER");

    // The password alone is not enough when the administrator has a second factor.
    expect(await reauthenticate(undefined, { password })).toMatchObject({ status: "error", fieldErrors: { code: ["auth.secondStep.invalidCode"] } });
    expect(await reauthenticate(undefined, { password: "wrong password here", code: totpCode(secret) })).toMatchObject({ status: "error" });
    const confirmed = await reauthenticate(undefined, { password, code: totpCode(secret, new Date(Date.now() + 30_000)) });
    expect(confirmed.status).toBe("success");
    expect(await auditCount("auth.reauthenticate", await testSessionOf(admin.id))).toBe(1);

    await expect(updateUser(undefined, change)).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("MANAGER");
  });

  it("guards one's own password change after 10 minutes", async () => {
    const user = await userWithPassword("OFFICER");
    signInAgain(user);
    await testSessionOf(user.id);
    setClock(new Date(Date.now() + reauthWindowMs + 1_000));
    const refused = await changeMyPassword(undefined, { currentPassword: password, newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" });
    expect(refused).toMatchObject({ status: "error", formError: "auth.reauth.required" });
  });
});

describe("telling the holder", () => {
  it("notifies and audits a lock-out once, when the failures use up the account's allowance", async () => {
    const user = await userWithPassword("OFFICER");
    for (let attempt = 0; attempt < maxFailuresPerAccount + 2; attempt += 1) {
      await passwordStep(testDb, { email: user.email, password: "wrong", clientAddress: unique("ip") });
    }
    expect(await testDb.notification.count({ where: { recipientId: user.id, kind: "SIGN_IN_LOCKED" } })).toBe(1);
    expect(await auditCount("auth.lockout", user.id)).toBe(1);
    expect(await auditCount("auth.signInFail", user.id)).toBe(maxFailuresPerAccount + 2);
  });

  it("notifies a sign-in from a device or address not seen before, not the first sign-in nor a familiar one", async () => {
    const user = await userWithPassword("OFFICER");
    const signIn = async (userAgent: string, address: string) => {
      const step = await passwordStep(testDb, { email: user.email, password, clientAddress: address });
      if (step.outcome !== "ok") throw new Error("sign-in refused");
      return startSignedInSession(testDb, { token: step.token, userAgent, address });
    };
    await signIn(browser, "198.51.100.7");
    await signIn(browser, "198.51.100.7");
    expect(await testDb.notification.count({ where: { recipientId: user.id, kind: "SIGN_IN_NEW_DEVICE" } })).toBe(0);
    await signIn("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1", "203.0.113.50");
    const notices = await testDb.notification.findMany({ where: { recipientId: user.id, kind: "SIGN_IN_NEW_DEVICE" } });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.params).toMatchObject({ address: "203.0.113.50", device: "Safari · iOS" });
  });
});

describe("the sign-in actions between the two steps", () => {
  afterEach(() => vi.useRealTimers());

  it("enrols right after the password when the role requires it, then spends the passed challenge once", async () => {
    const manager = await userWithPassword("MANAGER");
    const saved = await testDb.roleSecurityPolicy.findUnique({ where: { role: "MANAGER" } });
    await testDb.roleSecurityPolicy.deleteMany({ where: { role: "MANAGER" } });
    try {
      actAs(null);
      const step = await passwordStep(testDb, { email: manager.email, password, clientAddress: unique("ip") });
      if (step.outcome !== "ok") throw new Error("password refused");
      expect(step.step).toBe("ENROL");
      testRequest.cookies.set(challengeCookie, step.token);
      const { secret } = await pendingEnrolment(testDb, manager);
      expect(await confirmSignInEnrolment(undefined, { code: "000000" })).toMatchObject({ fieldErrors: { code: ["auth.secondStep.invalidCode"] } });
      const answer = await confirmSignInEnrolment(undefined, { code: totpCode(secret) });
      expect(answer.status === "success" ? answer.data?.recoveryCodes : []).toHaveLength(10);
      // Auth.js is stood in for here: the passed challenge starts the session once.
      expect(await startSignedInSession(testDb, { token: step.token, userAgent: browser, address: "198.51.100.3" })).toMatchObject({ userId: manager.id });
      expect(await startSignedInSession(testDb, { token: step.token, userAgent: browser, address: "198.51.100.3" })).toBeNull();
      // A spent challenge takes no second enrolment.
      expect(await confirmSignInEnrolment(undefined, { code: totpCode(secret) })).toMatchObject({ formError: "auth.secondStep.expired" });
    } finally {
      await testDb.roleSecurityPolicy.deleteMany({ where: { role: "MANAGER" } });
      if (saved) await testDb.roleSecurityPolicy.create({ data: saved });
      testRequest.cookies.clear();
    }
  });

  it("refuses the second step without the challenge of a passed password step", async () => {
    actAs(null);
    testRequest.cookies.clear();
    expect(await verifySignInCode(undefined, { code: "123456" })).toMatchObject({ formError: "auth.secondStep.expired" });
    testRequest.cookies.set(challengeCookie, "x".repeat(43));
    expect(await verifySignInCode(undefined, { code: "123456" })).toMatchObject({ formError: "auth.secondStep.expired" });
    testRequest.cookies.clear();
  });
});
