// The reminder sweep at scale: people to tell (officers of every bench organisation, managers,
// an account for each bench person, who becomes a member of the groups whose items they own),
// then one sweep timed and its SQL statements counted at the driver adapter. The sweep is one
// statement per rule, so the count must not grow with the data.
import { runReminderSweep } from "../../lib/notifications/sweep";
import type { BenchDatabase } from "./database";

const organisations = 40;

/** Adds users and memberships in proportion to the step, `total` users at 100%. */
export async function addReminderRecipients(database: BenchDatabase, from: number, to: number, total = 2_000): Promise<void> {
  const first = Math.round(total * from);
  const last = Math.round(total * to) - 1;
  if (last < first) return;
  await database.db.$executeRawUnsafe(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "organisationId", "updatedAt")
     SELECT 'bu_' || g, 'bench.user.' || g || '@bench.example', 'Bench user ' || g, 'unusable',
       CAST(CASE WHEN g % 50 = 0 THEN 'MANAGER' ELSE 'OFFICER' END AS "Role"), 'bo_' || (g % ${organisations}), now()
     FROM generate_series(${first}, ${last}) g
     ON CONFLICT DO NOTHING`,
  );
  if (from === 0) {
    await database.db.$executeRawUnsafe(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "organisationId", "personId", "updatedAt")
       SELECT 'bpu_' || p.id, 'bench.' || p.id || '@bench.example', p.name, 'unusable', 'WG_MEMBER', p."organisationId", p.id, now()
       FROM "Person" p WHERE p.id LIKE 'bp\\_%'
       ON CONFLICT DO NOTHING`,
    );
  }
  // Owners of a group's items are its members (the sweep tells only owners who may read the group).
  await database.db.$executeRawUnsafe(
    `INSERT INTO "WorkingGroupMember" (id, "workingGroupId", "personId", "organisationId", side, "updatedAt")
     SELECT 'bwm_' || o."workingGroupId" || '_' || o.person, o."workingGroupId", o.person, p."organisationId", COALESCE(p.side, 'MALAYSIA'), now()
     FROM (SELECT DISTINCT "workingGroupId", unnest(ARRAY["malaysiaOwnerId", "chinaOwnerId"]) AS person FROM "ActionItem") o
     JOIN "Person" p ON p.id = o.person
     ON CONFLICT DO NOTHING`,
  );
}

export type SweepFigures = { ms: number; statements: number; created: number };

/** One sweep "today", timed, with its statements counted; the notifications it wrote are removed after, so each run starts equal. */
export async function measureSweep(database: BenchDatabase): Promise<SweepFigures> {
  const before = database.queries.count;
  const started = performance.now();
  const result = await runReminderSweep(database.db, new Date());
  const ms = performance.now() - started;
  const statements = database.queries.count - before;
  await database.db.$executeRawUnsafe(`DELETE FROM "Notification"`);
  return { ms, statements, created: Object.values(result.created).reduce((sum, count) => sum + count, 0) };
}
