// The authorization matrix: every server action and every route handler, discovered from the
// code, called directly (not through the UI) by every kind of caller — anonymous, administrator,
// manager, an officer of one side, an officer of the other side, an officer of no party, a member
// of the group and a member of another group — against records made for that one call. Each
// answer must be what lib/permissions.ts says: an allowed call succeeds and leaves its audit
// event; a refused one gets the same "not found" answer a guessed id gets, and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { actAs, signInAgain } from "../helpers/request";
import { testDb } from "../helpers/factories";
import { runAction } from "../helpers/groups-factories";
import { routeKey, type ActionCase, type RouteCase } from "./authorization/cases";
import { actionCases, exemptActions } from "./authorization/cases/actions";
import { exemptRoutes, routeCases } from "./authorization/cases/routes";
import { actionModules, loadActions, loadRouteHandlers, root, routeMethodsInSource, type Action, type ActionResult, type RouteHandler } from "./authorization/discover";
import { buildWorld, callers, type Actor, type Caller, type World } from "./authorization/world";
import { execFileSync } from "node:child_process";

let world: World;
let actions: Map<string, Action>;
let handlers: Map<string, RouteHandler>;

beforeAll(async () => {
  world = await buildWorld();
  actions = new Map((await loadActions()).map((entry) => [entry.name, entry.action]));
  handlers = new Map((await loadRouteHandlers()).map((entry) => [routeKey(entry.file, entry.method), entry.handler]));
});

afterAll(() => rmSync(world.filesDir, { recursive: true, force: true }));

const actorOf = (caller: Caller): Actor | null => (caller === "anonymous" ? null : world.actors[caller]);

/** Audit events written by this caller (or by nobody, for anonymous calls). */
const auditEventsBy = (actor: Actor | null) => testDb.auditEvent.count({ where: { actorId: actor?.id ?? null } });

/**
 * The refusals the app gives: a signed-out caller is asked to sign in; anyone else is told the
 * record does not exist (as for a guessed id) — or, where they may see the record, which rule
 * stops them: creating work for an organisation not theirs, recording an agreement their
 * organisation is no party to, or moving an action item they neither own, review nor coordinate.
 */
const refusalMessage = /\.(notYourOrganisation|mustIncludeOwnOrganisation|notYourTransition)$/;

function isRefusal(outcome: ActionResult | "redirected", actor: Actor | null): boolean {
  if (outcome === "redirected") return false;
  if (outcome.status === "success") return isRowRefusal(outcome);
  if (outcome.status !== "error") return false;
  if (!actor) return outcome.formError === "errors.unauthenticated";
  if (outcome.formError === "errors.notFound" || refusalMessage.test(outcome.formError ?? "")) return true;
  const fieldErrors = (outcome as { fieldErrors?: Record<string, string[]> }).fieldErrors ?? {};
  return Object.values(fieldErrors).flat().some((message) => refusalMessage.test(message));
}

/** An import whose rows name milestones the caller may not change: nothing written, each row refused. */
function isRowRefusal(outcome: ActionResult): boolean {
  const data = (outcome as { data?: { written?: number; problems?: { message: string }[] } }).data;
  const problems = data?.problems ?? [];
  return data?.written === 0 && problems.length > 0 && problems.every((problem) => /\.(unknownMilestone|notYourOrganisation)$/.test(problem.message));
}

describe("the authorization matrix covers", () => {
  it("every server action (and there are no server actions outside the discovered modules)", () => {
    const covered = [...Object.keys(actionCases), ...Object.keys(exemptActions)].sort();
    expect(covered).toEqual([...actions.keys()].sort());
    const withDirective = execFileSync("grep", ["-rl", "--include=*.ts", "--include=*.tsx", "use server", "app", "components", "lib"], { cwd: root, encoding: "utf8" })
      .split("\n")
      .filter((file) => file && !file.includes("/generated/") && /["']use server["']/.test(readFileSync(path.join(root, file), "utf8")));
    expect(withDirective.map((file) => path.join(root, file)).sort()).toEqual([...actionModules].sort());
  });

  it("every route handler", () => {
    const covered = [...Object.keys(routeCases), ...Object.keys(exemptRoutes)].sort();
    expect(covered).toEqual(routeMethodsInSource().sort());
    for (const key of Object.keys(routeCases)) expect(handlers.has(key), key).toBe(true);
  });
});

describe.each(Object.entries(actionCases) as [string, ActionCase][])("server action %s", (name, testCase) => {
  it.each(callers)("answers %s as lib/permissions.ts says", async (caller) => {
    const action = actions.get(name);
    if (!action) throw new Error(`${name} is not a discovered server action`);
    const actor = actorOf(caller);
    const { input, context } = await testCase.arrange(world);
    const expected = actor ? testCase.allowed(actor, world, context) : testCase.public === true;

    // Each call in a session of its own: some calls end the caller's session (signing out).
    if (actor) signInAgain(actor);
    else actAs(null);
    const auditBefore = await auditEventsBy(actor);
    const outcome = await runAction(action(undefined, input));
    const auditAfter = await auditEventsBy(actor);

    const described = `${name} as ${caller}: expected ${expected ? "allowed" : "refused"}, got ${JSON.stringify(outcome)}`;
    if (expected) {
      expect(outcome === "redirected" || outcome.status === "success", described).toBe(true);
      if (testCase.audited !== false) expect(auditAfter, `${described}: no audit event`).toBeGreaterThan(auditBefore);
    } else {
      expect(isRefusal(outcome, actor), described).toBe(true);
      if (actor && testCase.visible && !testCase.visible(actor, world, context)) {
        expect(outcome, `${described}: a caller who may not see the record must get "not found"`).toMatchObject({ formError: "errors.notFound" });
      }
      expect(auditAfter, `${described}: a refused call wrote`).toBe(auditBefore);
    }
  });
});

/** Refused route handlers answer 401/403/404, or throw Next's not-found signal. */
async function callRoute(handler: RouteHandler, url: string, params: Record<string, string>, method: string, init: { headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body?: Response }> {
  try {
    const response = await handler(new Request(url, { method, ...init }), { params: Promise.resolve(params) });
    return { status: response.status, body: response };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? (error as Error).message);
    if (digest.includes("NEXT_HTTP_ERROR_FALLBACK;404")) return { status: 404 };
    if (digest.includes("NEXT_REDIRECT")) return { status: 307 };
    throw error;
  }
}

describe.each(Object.entries(routeCases) as [string, RouteCase][])("route handler %s", (key, testCase) => {
  it.each(callers)("answers %s as lib/permissions.ts says", async (caller) => {
    const handler = handlers.get(key);
    if (!handler) throw new Error(`${key} is not a discovered route handler`);
    const actor = actorOf(caller);
    const { url, params, context, marker, init } = await testCase.arrange(world, actor);
    const expected = actor ? testCase.allowed(actor, world, context) : false;

    actAs(actor);
    const { status, body } = await callRoute(handler, url, params, key.split(" ")[0] ?? "GET", init);
    const described = `${key} as ${caller}: expected ${expected ? "allowed" : "refused"}, got ${status}`;
    if (!expected) {
      // The API answers a rule that stops a caller who may see the record (not theirs to move) as refused input.
      expect(key.includes("app/api/v1/") ? [401, 403, 404, 422] : [401, 403, 404], described).toContain(status);
      return;
    }
    // Writes through the API answer 201 Created.
    expect(key.includes("app/api/v1/") ? [200, 201] : [200], described).toContain(status);
    if (actor && marker && testCase.shows) {
      const text = await body?.text();
      expect(text?.includes(marker), `${key} as ${caller}: the arranged record ${testCase.shows(actor, world, context) ? "missing from" : "leaked into"} the answer`).toBe(
        testCase.shows(actor, world, context),
      );
    }
  });
});
