// Single sign-on account matching: by the email the identity provider verified, to an existing
// active user; refused (and recorded as a security event) when unverified, unknown or
// deactivated; self-registration only when an administrator allows it, and then an account with
// no role — nobody signs in with it until an administrator gives it one.
import { describe, expect, it } from "vitest";
import { approveSsoRegistration, updateOpenSettings } from "@/lib/actions/open-data";
import { startSessionFor } from "@/lib/auth/sign-in-flow";
import { isPasswordSignInEnabled, ssoConfig } from "@/lib/auth/sso/config";
import { matchSsoAccount, type SsoIdentity } from "@/lib/auth/sso/match";
import { actAs } from "../helpers/request";
import { createOrganisation, createUser, testDb, unique } from "../helpers/factories";

const identity = (email: string, overrides: Partial<SsoIdentity> = {}): SsoIdentity => ({
  issuer: "https://id.gov.example",
  subject: `sub-${email}`,
  email,
  emailVerified: true,
  name: "Siti Aminah",
  address: "198.51.100.7",
  ...overrides,
});

async function allowSelfRegistration(allowed: boolean) {
  actAs(await createUser({ role: "ADMIN" }));
  const answer = await updateOpenSettings(undefined, {
    iatiOrganisationPrefix: "MY-GOV-KD",
    iatiReportingOrganisationName: "Ministry of Digital",
    securityContact: "mailto:security@digital.gov.my",
    ...(allowed ? { ssoSelfRegistration: "on" } : {}),
  });
  expect(answer.status).toBe("success");
}

describe("single sign-on account matching", () => {
  it("signs in the active user whose email the provider verified, whatever its case", async () => {
    const user = await createUser({ role: "OFFICER" });
    expect(await matchSsoAccount(testDb, identity(user.email.toUpperCase()))).toEqual({ outcome: "signIn", userId: user.id });
    // The session starts as the password path's does, audited with the method.
    const started = await startSessionFor(testDb, { userId: user.id, method: "sso", userAgent: "test", address: "198.51.100.7" });
    expect(started?.userId).toBe(user.id);
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "auth.signIn" } });
    expect(audit.after).toMatchObject({ method: "sso", sessionId: started?.sessionId });
  });

  it("refuses an unverified email even when it belongs to a user, and a deactivated user", async () => {
    const user = await createUser({ role: "ADMIN" });
    for (const emailVerified of [false, undefined, "false", 1]) {
      expect(await matchSsoAccount(testDb, identity(user.email, { emailVerified }))).toEqual({ outcome: "refused", reason: "notVerified" });
    }
    expect(await matchSsoAccount(testDb, identity(""))).toEqual({ outcome: "refused", reason: "notVerified" });
    const inactive = await createUser({ role: "OFFICER", isActive: false });
    expect(await matchSsoAccount(testDb, identity(inactive.email))).toEqual({ outcome: "refused", reason: "inactive" });
    expect(await startSessionFor(testDb, { userId: inactive.id, method: "sso", userAgent: null, address: null })).toBeNull();
    const failures = await testDb.auditEvent.findMany({ where: { action: "auth.signInFail", entityId: { in: [user.id, inactive.id] } } });
    expect(failures.map((event) => (event.after as { reason: string }).reason).sort()).toEqual(["sso:inactive", "sso:notVerified", "sso:notVerified", "sso:notVerified", "sso:notVerified"]);
  });

  it("refuses an unknown email without self-registration, and records no account", async () => {
    await allowSelfRegistration(false);
    const email = `${unique("stranger")}@gov.example`;
    expect(await matchSsoAccount(testDb, identity(email))).toEqual({ outcome: "refused", reason: "noAccount" });
    expect(await testDb.ssoRegistration.count({ where: { email } })).toBe(0);
    expect(await testDb.user.count({ where: { email } })).toBe(0);
  });

  it("with self-registration allowed, registers an account with no role that signs nobody in until an administrator gives it one", async () => {
    await allowSelfRegistration(true);
    const email = `${unique("newcomer")}@gov.example`;
    expect(await matchSsoAccount(testDb, identity(email))).toEqual({ outcome: "refused", reason: "registered" });
    expect(await matchSsoAccount(testDb, identity(email))).toEqual({ outcome: "refused", reason: "pending" });
    expect(await testDb.user.count({ where: { email } })).toBe(0);
    const registration = await testDb.ssoRegistration.findUniqueOrThrow({ where: { email } });
    expect(registration).toMatchObject({ name: "Siti Aminah", approvedAt: null });

    // Only administrators give the role; an officer needs an organisation.
    actAs(await createUser({ role: "MANAGER" }));
    expect(await approveSsoRegistration(undefined, { id: registration.id, role: "WG_MEMBER" })).toMatchObject({ status: "error", formError: "errors.notFound" });
    const admin = await createUser({ role: "ADMIN" });
    actAs(admin);
    expect((await approveSsoRegistration(undefined, { id: registration.id, role: "OFFICER" })).status).toBe("error");
    const organisation = await createOrganisation();
    expect(await approveSsoRegistration(undefined, { id: registration.id, role: "OFFICER", organisationId: organisation.id })).toMatchObject({ status: "success" });
    const user = await testDb.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "OFFICER", organisationId: organisation.id, isActive: true });
    expect(await testDb.auditEvent.count({ where: { action: "user.create", entityId: user.id, actorId: admin.id } })).toBe(1);
    // Given twice is a conflict, not a second account.
    expect((await approveSsoRegistration(undefined, { id: registration.id, role: "OFFICER", organisationId: organisation.id })).status).toBe("conflict");

    expect(await matchSsoAccount(testDb, identity(email))).toEqual({ outcome: "signIn", userId: user.id });
  });
});

describe("single sign-on configuration", () => {
  it("needs issuer, client id and secret; password sign-in turns off only when SSO is there", () => {
    expect(ssoConfig({ OIDC_ISSUER: "https://id.gov.example/", OIDC_CLIENT_ID: "app" })).toBeNull();
    expect(ssoConfig({ OIDC_ISSUER: "https://id.gov.example/", OIDC_CLIENT_ID: "app", OIDC_CLIENT_SECRET: "s", OIDC_BUTTON_LABEL: "MyDigital ID" })).toEqual({
      issuer: "https://id.gov.example",
      clientId: "app",
      clientSecret: "s",
      buttonLabel: "MyDigital ID",
    });
    expect(isPasswordSignInEnabled({ PASSWORD_SIGN_IN: "off" })).toBe(true);
    expect(isPasswordSignInEnabled({ PASSWORD_SIGN_IN: "off", OIDC_ISSUER: "https://id", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "s" })).toBe(false);
    expect(isPasswordSignInEnabled({ OIDC_ISSUER: "https://id", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "s" })).toBe(true);
  });
});
