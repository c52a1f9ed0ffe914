// Stale versions, everywhere: every server action whose zod schema takes a `version` — found by
// reading the actions' code and asking each schema, not from a list — is sent a version that
// someone else's save has since made stale. It must answer with the conflict (never a silent
// overwrite) and write nothing at all: every table, every row, compared before and after. The
// same call with the current version then succeeds, so the refusal is the version check at work
// and not some other rule.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { actAs } from "../helpers/request";
import { testDb } from "../helpers/factories";
import { runAction } from "../helpers/groups-factories";
import { databaseContents } from "../helpers/database-contents";
import type { ActionInput } from "./authorization/cases";
import { actionCases } from "./authorization/cases/actions";
import { actionModules, loadActions, root, type Action } from "./authorization/discover";
import { buildWorld, callers, type Actor, type World } from "./authorization/world";

const schemasDir = path.join(root, "lib/schemas");

/** Whether a schema accepts a `version` field, asked of the schema itself (its input shape). */
function takesVersion(schema: z.ZodType): boolean {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, unknown> };
  return Boolean(json.properties && "version" in json.properties);
}

/** Every zod schema exported by lib/schemas and by the action modules, by name. */
async function exportedSchemas(): Promise<Map<string, z.ZodType>> {
  const files = [...readdirSync(schemasDir).filter((file) => file.endsWith(".ts")).map((file) => path.join(schemasDir, file)), ...actionModules];
  const schemas = new Map<string, z.ZodType>();
  for (const file of files) {
    for (const [name, value] of Object.entries((await import(file)) as Record<string, unknown>)) {
      if (value instanceof z.ZodType) schemas.set(name, value);
    }
  }
  return schemas;
}

type Discovered = { name: string; file: string; action: Action; schemaName: string; takesVersion: boolean };

/**
 * Each action's schema, read from its definition (`export const name = defineAction(schema, …)`).
 * A schema private to its module is accepted only when its definition cannot mention a version.
 */
async function discoverActions(): Promise<Discovered[]> {
  const schemas = await exportedSchemas();
  return (await loadActions()).map(({ name, file, action }) => {
    const source = readFileSync(path.join(root, file), "utf8");
    const definition = new RegExp(`export const ${name} = define(?:Public)?Action\\(\\s*(\\w+)\\s*,`).exec(source);
    if (!definition?.[1]) throw new Error(`${name} (${file}) is not defined through defineAction(schema, …): its schema cannot be found`);
    const schemaName = definition[1];
    const schema = schemas.get(schemaName);
    if (schema) return { name, file, action, schemaName, takesVersion: takesVersion(schema) };
    const local = new RegExp(`const ${schemaName} = ([^;]*);`).exec(source)?.[1];
    if (local === undefined) throw new Error(`${name}: its schema ${schemaName} is neither exported nor defined in ${file}`);
    if (/version/.test(local)) throw new Error(`${name}: export ${schemaName} so this test can ask it whether it takes a version`);
    return { name, file, action, schemaName, takesVersion: false };
  });
}

/**
 * Every table except the session bookkeeping any signed-in request does (a session row and its
 * last-seen time, request limits): those are written by being signed in, not by the action.
 */
const requestBookkeeping = new Set(["UserSession", "RateLimit", "SignInAttempt"]);

async function everythingButSessions() {
  const contents = await databaseContents(testDb);
  return Object.fromEntries(Object.entries(contents).filter(([table]) => !requestBookkeeping.has(table)));
}

const valueOf = (input: ActionInput, key: string): string | undefined => {
  const value = input instanceof FormData ? input.get(key) : input[key];
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
};

const withVersion = (input: ActionInput, version: number): ActionInput => {
  if (!(input instanceof FormData)) return { ...input, version: String(version) };
  const copy = new FormData();
  for (const [key, value] of input.entries()) copy.append(key, key === "version" ? String(version) : value);
  return copy;
};

/** The table holding the row with this id and a version column (ids are unique across tables). */
async function versionedRow(id: string): Promise<{ table: string; version: number }> {
  const tables = await testDb.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'version'
     AND table_name IN (SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'id')`,
  );
  const found = [];
  for (const { table_name: table } of tables) {
    const rows = await testDb.$queryRawUnsafe<{ version: number }[]>(`SELECT version FROM "${table}" WHERE id = $1`, id);
    for (const row of rows) found.push({ table, version: Number(row.version) });
  }
  if (found.length !== 1) throw new Error(`expected one versioned row with id ${id}, found ${JSON.stringify(found)}`);
  return found[0] as { table: string; version: number };
}

let world: World;

beforeAll(async () => {
  world = await buildWorld();
});

afterAll(() => rmSync(world.filesDir, { recursive: true, force: true }));

// Read from the code before the tests are declared, so each versioned action gets its own test.
const discovered = await discoverActions();
const versioned = discovered.filter((entry) => entry.takesVersion).map((entry) => entry.name);

describe("actions whose schema takes a version", () => {
  it("are found in the code (the known ones among them)", () => {
    const names = versioned;
    for (const name of ["updateMilestone", "cancelMilestone", "deleteMilestone", "cancelMeeting", "updateWorkingGroupMember", "transitionActionItem", "updateAgreement"]) {
      expect(names, name).toContain(name);
    }
    // A schema that takes no version is not counted: a create action, for one.
    expect(names).not.toContain("createMilestone");
  });

  it.each(versioned)("%s refuses a stale version with the conflict answer and writes nothing", async (name) => {
    const entry = discovered.find((candidate) => candidate.name === name);
    const testCase = actionCases[name];
    if (!entry || !testCase) throw new Error(`${name} has no row in the authorization matrix to arrange a valid call from`);
    const { input, context } = await testCase.arrange(world);
    const actor = callers.flatMap((caller): Actor[] => (caller === "anonymous" ? [] : [world.actors[caller]])).find((candidate) => testCase.allowed(candidate, world, context));
    if (!actor) throw new Error(`${name}: nobody in the matrix may call it`);

    // An action on an agreement's parts (its texts, its entry-into-force rule) names the agreement it versions.
    const id = valueOf(input, "id") ?? valueOf(input, "agreementId");
    const seenVersion = Number(valueOf(input, "version"));
    if (!id || !Number.isInteger(seenVersion)) throw new Error(`${name}: the arranged input has no id and version`);
    const row = await versionedRow(id);
    expect(row.version, `${name}: the arranged input carries the row's version`).toBe(seenVersion);

    // Someone else saves first: the row moves on to the next version.
    await testDb.$executeRawUnsafe(`UPDATE "${row.table}" SET version = version + 1 WHERE id = $1`, id);
    const before = await everythingButSessions();

    actAs(actor);
    const stale = await runAction(entry.action(undefined, withVersion(input, seenVersion)));
    expect(stale, `${name} with a stale version`).toMatchObject({ status: "conflict", formError: "errors.conflict" });
    expect(await everythingButSessions(), `${name}: a refused stale call wrote`).toEqual(before);

    // With the version now current, the very same call goes through.
    const current = await runAction(entry.action(undefined, withVersion(input, seenVersion + 1)));
    expect(current === "redirected" || current.status === "success", `${name} with the current version: ${JSON.stringify(current)}`).toBe(true);
  });
});
