// Hostile input to every server action and route handler (discovered from the code): anonymous
// callers are refused before anything else, bad input from any role gets a validation answer
// (never an exception, never a write), and route handlers never serve data to anonymous callers.
// Who may do what with valid input is the authorization matrix (authorization-matrix.test.ts).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "../helpers/request";
import { createOrganisation, createUser, testDb } from "../helpers/factories";
import { actionModules, loadActions, loadRouteHandlers } from "./authorization/discover";

/**
 * Actions anyone may call: choosing the language, signing in (the password, then the second step
 * or the enrolment a role requires, authorised by the challenge cookie), and the signed settings
 * link from a mail.
 */
const publicActions = new Set(["switchLanguage", "signInWithPassword", "verifySignInCode", "confirmSignInEnrolment", "finishSignIn", "saveNotificationPreferencesByToken", "signInWithSso"]);

// Second-factor secrets are sealed under AUTH_SECRET, which every real deployment has.
process.env.AUTH_SECRET ??= "integration-test-secret";
/** Auth.js's own handlers (signing in is how anonymous callers stop being anonymous). */
const selfAuthenticatingRoutes = [/app\/api\/auth\//];
/**
 * Public by design: security.txt names only the security contact (tests/integration/public-pages.test.ts);
 * the OpenAPI document describes the API, not its data (tests/integration/api-v1.test.ts).
 */
const publicRoutes = [/^app\/security\.txt\/route\.ts$/, /^app\/api\/v1\/openapi\.json\/route\.ts$/];

const hostileValue = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.constantFrom("<script>alert(1)</script>", "'; DROP TABLE \"User\"; --", "=HYPERLINK(\"http://x\")", "x".repeat(100_000), "", " ", "null", "-1", "1e309"),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
const hostileInput = fc.dictionary(fc.constantFrom("id", "version", "title", "titleEn", "name", "email", "role", "status", "locale", "__proto__", "constructor", "extra", "agreementId", "milestoneId"), hostileValue, { maxKeys: 6 });

describe("every server action", () => {
  let actions: Awaited<ReturnType<typeof loadActions>>;
  let users: Record<string, { id: string }>;

  beforeAll(async () => {
    actions = await loadActions();
    const organisation = await createOrganisation({ side: "MALAYSIA" });
    const other = await createOrganisation({ side: "CHINA" });
    users = {
      admin: await createUser({ role: "ADMIN" }),
      manager: await createUser({ role: "MANAGER" }),
      officerMalaysia: await createUser({ role: "OFFICER", organisationId: organisation.id }),
      officerChina: await createUser({ role: "OFFICER", organisationId: other.id }),
      member: await createUser({ role: "WG_MEMBER" }),
    };
  });

  it("is discovered", () => {
    expect(actionModules.length).toBeGreaterThan(0);
    expect(actions.map((entry) => entry.name)).toEqual(expect.arrayContaining(["createUser", "updateUser", "switchLanguage"]));
  });

  it("refuses anonymous callers before reading their input (except the public ones)", async () => {
    actAs(null);
    for (const { name, file, action } of actions) {
      if (publicActions.has(name)) continue;
      const result = await action(undefined, { id: "x", version: "1" });
      expect({ name, file, result }).toEqual({ name, file, result: { status: "error", formError: "errors.unauthenticated" } });
    }
  });

  it("answers hostile input from every role with a validation answer, never an exception or a write", async () => {
    const usersBefore = await testDb.user.count();
    // Every schema is strict, so an input carrying a field no form has must always be refused —
    // whatever else it carries (scripts, SQL, formulas, oversized or wrongly typed values).
    const withUnknownField = hostileInput.map((input) => ({ ...input, notAFieldAnyFormHas: "x" }));
    for (const user of Object.values(users)) {
      actAs(user);
      for (const { name, action } of actions) {
        if (name === "signInWithPassword" || name === "signOutOfAccount") continue;
        await fc.assert(
          fc.asyncProperty(withUnknownField, async (input) => {
            const auditBefore = await testDb.auditEvent.count();
            const result = await action(undefined, input);
            expect(result.status, `${name} ${JSON.stringify(input).slice(0, 200)}`).toBe("error");
            // The wrapper turns an exception into "something went wrong": that is a failure here too.
            expect(result.formError, `${name} threw on ${JSON.stringify(input).slice(0, 200)}`).not.toBe("errors.unexpected");
            // Every write leaves an audit event in its transaction: none means nothing was stored.
            expect(await testDb.auditEvent.count(), `${name} wrote`).toBe(auditBefore);
          }),
          { numRuns: 6 },
        );
        // Without the extra field the input may happen to be valid: it must still never throw.
        await fc.assert(
          fc.asyncProperty(hostileInput, async (input) => {
            // A valid input may succeed, and a success may send the browser on (Next signals that by throwing).
            const result = await action(undefined, input).catch((error: unknown) => {
              if (String((error as { digest?: unknown }).digest).startsWith("NEXT_REDIRECT")) return { status: "success" as const, formError: undefined };
              throw error;
            });
            expect(["success", "error", "conflict"], name).toContain(result.status);
            expect(result.formError, `${name} threw on ${JSON.stringify(input).slice(0, 200)}`).not.toBe("errors.unexpected");
          }),
          { numRuns: 3 },
        );
      }
    }
    expect(await testDb.user.count()).toBe(usersBefore);
  }, 240_000);
});

describe("every route handler", () => {
  it("serves nothing to anonymous callers", async () => {
    actAs(null);
    for (const { file, method, handler } of await loadRouteHandlers()) {
      if (selfAuthenticatingRoutes.some((pattern) => pattern.test(file))) continue;
      if (publicRoutes.some((pattern) => pattern.test(file))) continue;
      const params = new Proxy({}, { get: () => "some-id" });
      const request = new Request("http://localhost/any?format=csv", { method });
      // A handler may answer synchronously (a fixed document): await it either way.
      const response = await Promise.resolve()
        .then(() => handler(request, { params: Promise.resolve(params) }))
        .catch((error: unknown) => error as Error);
      if (response instanceof Error) {
        // Only Next's own redirect/not-found signals may escape a handler.
        expect(String((response as Error & { digest?: string }).digest ?? response.message), file).toMatch(/NEXT_(REDIRECT|HTTP_ERROR_FALLBACK)/);
        continue;
      }
      expect([401, 403, 404], `${method} ${file}`).toContain(response.status);
    }
  });
});
