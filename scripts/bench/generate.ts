// A large, plausible portfolio written with set-based INSERT … SELECT generate_series, so even
// the default size takes seconds, not minutes. Everything is a deterministic function of the
// row number (hashtext), spread over five years and both sides (and joint work). A step adds
// rows [from, to) of each entity, so the 10% dataset is a true subset of the full one. The
// database's triggers fill the trend rollup as the milestones and updates go in, as for any writer.
import type { DbClient } from "../../lib/prisma-client";
import { todayIso } from "../../lib/dates";
import type { Sizes } from "./options";

export const benchManagerId = "bench_manager";
/** The bench manager's signed-in session, which the pages under load run in. */
export const benchSessionId = "bench_session";
/** An officer of an organisation outside the portfolio, responsible for exactly `officerMilestones` milestones at every scale. */
export const benchOfficerId = "bench_officer";
export const benchOfficerSessionId = "bench_officer_session";
export const officerMilestones = 200;
const organisations = 40;
// "Today" in the application's time zone, never the database server's current_date.
const appToday = `CAST('${todayIso()}' AS date)`;

/** Deterministic pseudo-random integer in [0, modulo) for a row number and a salt. */
const hash = (expression: string, salt: string, modulo: number) => `(abs(hashtext(${expression}::text || '${salt}')) % ${modulo})`;

async function run(db: DbClient, sql: string) {
  await db.$executeRawUnsafe(sql);
}

async function createReferenceData(db: DbClient) {
  await run(
    db,
    `INSERT INTO "Organisation" (id, "nameEn", country, side, kind, "updatedAt")
     SELECT 'bo_' || g, 'Bench organisation ' || g, CASE WHEN g % 2 = 0 THEN 'MY' ELSE 'CN' END,
       CAST(CASE WHEN g % 2 = 0 THEN 'MALAYSIA' ELSE 'CHINA' END AS "Side"), 'AGENCY', now()
     FROM generate_series(0, ${organisations - 1}) g`,
  );
  await run(
    db,
    `INSERT INTO "Person" (id, name, "organisationId", side, "updatedAt")
     SELECT 'bp_' || g, 'Bench person ' || g, 'bo_' || (g % ${organisations}),
       CAST(CASE WHEN g % 2 = 0 THEN 'MALAYSIA' ELSE 'CHINA' END AS "Side"), now()
     FROM generate_series(0, ${organisations * 2 - 1}) g`,
  );
  await run(
    db,
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "organisationId", "updatedAt")
     VALUES ('${benchManagerId}', 'bench.manager@bench.example', 'Bench manager', 'unusable', 'MANAGER', 'bo_0', now())`,
  );
  await run(db, `INSERT INTO "Organisation" (id, "nameEn", country, side, kind, "updatedAt") VALUES ('bo_officer', 'Bench officer organisation', 'MY', 'MALAYSIA', 'AGENCY', now())`);
  await run(
    db,
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "organisationId", "updatedAt")
     VALUES ('${benchOfficerId}', 'bench.officer@bench.example', 'Bench officer', 'unusable', 'OFFICER', 'bo_officer', now())`,
  );
  await run(
    db,
    `INSERT INTO "UserSession" (id, "userId", "userAgent")
     VALUES ('${benchSessionId}', '${benchManagerId}', 'npm run bench'), ('${benchOfficerSessionId}', '${benchOfficerId}', 'npm run bench')`,
  );
}

async function addAgreements(db: DbClient, from: number, to: number) {
  const range = `generate_series(${from}, ${to - 1}) g`;
  await run(
    db,
    `INSERT INTO "Agreement" (id, type, status, "titleEn", "signedOn", "effectiveOn", "expiresOn", "noticeDays", "updatedAt")
     SELECT 'ba_' || g,
       CAST((ARRAY['MOU','MOU','MOU','MOA','LOI','AGREEMENT','PROTOCOL','EXCHANGE_OF_NOTES'])[1 + ${hash("g", "t", 8)}] AS "AgreementType"),
       CAST((ARRAY['IN_FORCE','IN_FORCE','IN_FORCE','IN_FORCE','IN_FORCE','SIGNED','SIGNED','EXPIRED','DRAFT','TERMINATED','SUPERSEDED'])[1 + ${hash("g", "s", 11)}] AS "AgreementStatus"),
       'Bench agreement ' || g,
       ${appToday} - ${hash("g", "d", 1800)},
       ${appToday} - ${hash("g", "d", 1800)} + 30,
       ${appToday} - ${hash("g", "d", 1800)} + 1825,
       (ARRAY[30, 60, 90, NULL]::int[])[1 + ${hash("g", "n", 4)}],
       now()
     FROM ${range}`,
  );
  await run(
    db,
    `INSERT INTO "AgreementParty" (id, "agreementId", "organisationId", side, "order")
     SELECT 'bap_' || g || '_' || s, 'ba_' || g, 'bo_' || ((g * 2 + s) % ${organisations}),
       CAST(CASE WHEN s = 0 THEN 'MALAYSIA' ELSE 'CHINA' END AS "Side"), s
     FROM ${range}, generate_series(0, 1) s`,
  );
  await run(
    db,
    `INSERT INTO "CooperationArea" (id, "agreementId", number, "titleEn", "updatedAt")
     SELECT 'bc_' || g || '_' || k, 'ba_' || g, k + 1, 'Bench area ' || (k + 1) || ' of agreement ' || g, now()
     FROM ${range}, generate_series(0, 4) k`,
  );
  await run(db, `INSERT INTO "WorkingGroup" (id, "agreementId", "nameEn", "updatedAt") SELECT 'bw_' || g, 'ba_' || g, 'Bench working group ' || g, now() FROM ${range}`);
  await run(
    db,
    `INSERT INTO "Meeting" (id, "workingGroupId", "titleEn", "startsAt", "timeZone", status, "updatedAt")
     SELECT 'bmt_' || g || '_' || k, 'bw_' || g, 'Bench meeting ' || k, now() + make_interval(days => (k - 2) * 90 + ${hash("g", "m", 60)}),
       'Asia/Kuala_Lumpur', CAST(CASE WHEN k < 2 THEN 'HELD' ELSE 'SCHEDULED' END AS "MeetingStatus"), now()
     FROM ${range}, generate_series(0, 3) k`,
  );
}

async function addMilestones(db: DbClient, sizes: Sizes, from: number, to: number) {
  const perAgreement = `floor(i::numeric * ${sizes.agreements} / ${sizes.milestones})::int`;
  // Parameters of each milestone, kept in a scratch table so milestones and their updates agree.
  await run(db, `DROP TABLE IF EXISTS bench_milestone_plan`);
  await run(
    db,
    `CREATE UNLOGGED TABLE bench_milestone_plan AS
     SELECT i, 'bm_' || i AS id, ${perAgreement} AS g,
       ${appToday} - 30 - ${hash("i", "start", 1800)} AS start_on,
       90 + ${hash("i", "duration", 630)} AS duration,
       (50 + ${hash("i", "rate", 60)}) / 100.0 AS rate,
       ${hash("i", "risk", 100)} AS risk,
       i % 10 AS side_slot
     FROM generate_series(${from}, ${to - 1}) i`,
  );
  // Updates are spread evenly from the start to today or 60 days after the target, whichever is sooner.
  await run(db, `ALTER TABLE bench_milestone_plan ADD COLUMN span int`);
  await run(db, `UPDATE bench_milestone_plan SET span = GREATEST(LEAST(${appToday}, start_on + duration + 60) - start_on, 11)`);
  const percentAt = (k: string) => `LEAST(100, round(p.rate * (${k} + 1) * 10))::int`;
  const reportedAt = (k: string) => `p.start_on + ((${k} + 1) * p.span / 11)`;
  const statusFor = (percent: string) =>
    `CASE WHEN ${percent} >= 100 THEN 'COMPLETED' WHEN p.risk < 15 THEN 'OFF_TRACK' WHEN p.risk < 35 THEN 'AT_RISK' ELSE 'ON_TRACK' END`;
  const last = String(sizes.updatesPerMilestone - 1);
  const firstComplete = `(ceil(10 / p.rate)::int - 1)`;
  await run(
    db,
    `INSERT INTO "Milestone" (id, "agreementId", "cooperationAreaId", "titleEn", "ownerOrganisationId", "ownerSide", "startOn", "targetOn", weight,
       status, "percentComplete", "lastUpdateOn", "completedOn", "cancelledAt", "responsibleUserId", "updatedAt")
     SELECT p.id, 'ba_' || p.g, 'bc_' || p.g || '_' || (p.i % 5), 'Bench milestone ' || p.i,
       'bo_' || ((p.g * 2 + CASE WHEN p.side_slot BETWEEN 4 AND 7 THEN 1 ELSE 0 END) % ${organisations}),
       CAST(CASE WHEN p.side_slot < 4 THEN 'MALAYSIA' WHEN p.side_slot < 8 THEN 'CHINA' ELSE 'JOINT' END AS "OwnerSide"),
       p.start_on, p.start_on + p.duration, 1 + p.i % 3,
       CAST(CASE WHEN p.risk >= 97 THEN 'CANCELLED' ELSE ${statusFor(percentAt(last))} END AS "MilestoneStatus"),
       ${percentAt(last)}, ${reportedAt(last)},
       CASE WHEN p.risk < 97 AND ${firstComplete} <= ${last} THEN ${reportedAt(firstComplete)} END,
       CASE WHEN p.risk >= 97 THEN CAST(${reportedAt(last)} AS timestamp) + interval '1 day' END,
       CASE WHEN p.i < ${officerMilestones} THEN '${benchOfficerId}' END,
       now()
     FROM bench_milestone_plan p`,
  );
  await run(
    db,
    `INSERT INTO "ProgressUpdate" (id, "milestoneId", "reportedOn", "percentComplete", status, narrative, "createdAt")
     SELECT p.id || '_u' || k, p.id, ${reportedAt("k")}, ${percentAt("k")}, CAST(${statusFor(percentAt("k"))} AS "ProgressStatus"),
       'Bench progress update ' || k, CAST(${reportedAt("k")} AS timestamp) + make_interval(secs => k)
     FROM bench_milestone_plan p, generate_series(0, ${last}) k`,
  );
  await run(db, `DROP TABLE bench_milestone_plan`);
}

async function addActionItems(db: DbClient, sizes: Sizes, from: number, to: number) {
  const group = `floor(j::numeric * ${sizes.agreements} / ${sizes.actionItems})::int`;
  await run(
    db,
    `INSERT INTO "ActionItem" (id, "workingGroupId", "titleEn", "ownerSide", "malaysiaOwnerId", "chinaOwnerId", "dueOn", status, "cooperationAreaId", "closedAt", "updatedAt")
     SELECT 'bai_' || j, 'bw_' || x.g, 'Bench action item ' || j, CAST(x.side AS "OwnerSide"),
       CASE WHEN x.side <> 'CHINA' THEN 'bp_' || ((x.g * 2) % ${organisations}) END,
       CASE WHEN x.side <> 'MALAYSIA' THEN 'bp_' || ((x.g * 2 + 1) % ${organisations}) END,
       x.due_on, CAST(x.status AS "ActionItemStatus"),
       CASE WHEN j % 7 <> 0 THEN 'bc_' || x.g || '_' || (j % 5) END,
       CASE WHEN x.status IN ('CLOSED', 'ACCEPTED') THEN CAST(x.due_on - 20 + ${hash("j", "late", 40)} AS timestamp) END,
       now()
     FROM (
       SELECT j, ${group} AS g,
         CASE WHEN j % 10 < 4 THEN 'MALAYSIA' WHEN j % 10 < 8 THEN 'CHINA' ELSE 'JOINT' END AS side,
         ${appToday} - 1500 + ${hash("j", "due", 1800)} AS due_on,
         CASE WHEN ${appToday} - 1500 + ${hash("j", "due", 1800)} < ${appToday} - 30
           THEN (ARRAY['CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','ACCEPTED','OPEN','CANCELLED','BLOCKED'])[1 + ${hash("j", "st", 11)}]
           ELSE (ARRAY['OPEN','OPEN','OPEN','OPEN','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','SUBMITTED','CLOSED','CLOSED','RETURNED'])[1 + ${hash("j", "st", 11)}]
         END AS status
       FROM generate_series(${from}, ${to - 1}) j
     ) x`,
  );
  await run(
    db,
    `INSERT INTO "ActionItemComment" (id, "actionItemId", "authorId", body, "createdAt")
     SELECT 'baic_' || j, 'bai_' || j, '${benchManagerId}', 'Bench comment', now() - make_interval(days => j % 120)
     FROM generate_series(${from}, ${to - 1}) j WHERE j % 5 = 0`,
  );
}

/** Adds the part of the dataset between fractions `from` and `to` of the full size. */
export async function generateStep(db: DbClient, sizes: Sizes, from: number, to: number) {
  const slice = (total: number) => [Math.round(total * from), Math.round(total * to)] as const;
  if (from === 0) await createReferenceData(db);
  // Rounded up, so every milestone and action item of the step finds its agreement.
  const [a0, a1] = [Math.ceil(sizes.agreements * from), Math.ceil(sizes.agreements * to)];
  const [m0, m1] = slice(sizes.milestones);
  const [i0, i1] = slice(sizes.actionItems);
  if (a1 > a0) await addAgreements(db, a0, a1);
  if (m1 > m0) await addMilestones(db, sizes, m0, m1);
  if (i1 > i0) await addActionItems(db, sizes, i0, i1);
  await run(db, "ANALYZE");
}
