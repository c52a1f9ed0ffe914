// The time-based reminders: one INSERT … SELECT per rule, whatever the number of records, each
// row keyed by (rule, record, period, recipient) and written with ON CONFLICT DO NOTHING. Running
// it twice, crashing half-way, or two app instances sweeping at once never tells anyone twice.
//
// "Today" is the calendar day where the two governments work (lib/dates.ts today()); every window
// below is counted in whole days from it, as the milestone and agreement rules count them.
import type { DbClient } from "@/lib/prisma-client";
import { isoDay, today as appToday } from "@/lib/dates";
import { staleDays } from "@/lib/milestones/rules";
import { openStatuses } from "@/lib/action-items/status-machine";

const title = (alias: string) => `jsonb_build_object('en', ${alias}."titleEn", 'ms', ${alias}."titleMs", 'zh', ${alias}."titleZh")`;
const isoDate = (expression: string) => `to_char(${expression}, 'YYYY-MM-DD')`;
const openItemStatuses = openStatuses.map((status) => `'${status}'`).join(", ");

/** Whose a live milestone is: its responsible user and the officers of its owner organisation (every role may read milestones). */
const milestoneRecipients = `
  FROM "Milestone" m
  JOIN "Agreement" a ON a.id = m."agreementId" AND a."archivedAt" IS NULL
  JOIN "User" u ON u."isActive" AND (u.id = m."responsibleUserId" OR (u.role = 'OFFICER' AND u."organisationId" = m."ownerOrganisationId"))
  WHERE m.status NOT IN ('COMPLETED', 'CANCELLED') AND m."cancelledAt" IS NULL`;

/** An open action item's owners, on each side, while they may read its group (as members). */
const itemRecipients = `
  FROM "ActionItem" i
  JOIN "User" u ON u."isActive" AND u."personId" IN (i."malaysiaOwnerId", i."chinaOwnerId")
  WHERE i.status IN (${openItemStatuses})
    AND EXISTS (SELECT 1 FROM "WorkingGroupMember" gm WHERE gm."workingGroupId" = i."workingGroupId" AND gm."personId" = u."personId")`;

/** A live agreement's party officers and the managers (every role may read agreements). */
const agreementRecipients = `
  FROM "Agreement" a
  JOIN "User" u ON u."isActive" AND (u.role = 'MANAGER' OR (u.role = 'OFFICER' AND u."organisationId" IN (SELECT p."organisationId" FROM "AgreementParty" p WHERE p."agreementId" = a.id)))
  WHERE a."archivedAt" IS NULL AND a."expiresOn" IS NOT NULL`;

function insert(kind: string, recordType: string, recordId: string, period: string, params: string, from: string): string {
  return `
  INSERT INTO "Notification" (id, "recipientId", kind, "recordType", "recordId", params, "idempotencyKey")
  SELECT gen_random_uuid()::text, u.id, '${kind}'::"NotificationKind", '${recordType}', ${recordId}, ${params},
         '${kind}:' || ${recordId} || ':' || ${period} || ':' || u.id
  ${from}
  ON CONFLICT ("idempotencyKey") DO NOTHING`;
}

// $1 is today (a date). Days until a date: (date - $1::date).
const rules: { name: string; sql: string }[] = [
  {
    name: "milestoneDueSoon",
    // Windows rather than exact days: a sweep that missed a day still reminds once per window.
    sql: insert(
      "MILESTONE_DUE_SOON",
      "Milestone",
      "m.id",
      `(CASE WHEN m."targetOn" - $1::date <= 1 THEN 'd1' WHEN m."targetOn" - $1::date <= 7 THEN 'd7' ELSE 'd14' END) || ':' || ${isoDate('m."targetOn"')}`,
      `jsonb_build_object('title', ${title("m")}, 'date', ${isoDate('m."targetOn"')}, 'days', m."targetOn" - $1::date)`,
      `${milestoneRecipients} AND m."targetOn" - $1::date BETWEEN 0 AND 14`,
    ),
  },
  {
    name: "milestoneOverdue",
    // The day after the target, then once a week.
    sql: insert(
      "MILESTONE_OVERDUE",
      "Milestone",
      "m.id",
      `${isoDate('m."targetOn"')} || ':w' || (($1::date - m."targetOn" - 1) / 7)::text`,
      `jsonb_build_object('title', ${title("m")}, 'date', ${isoDate('m."targetOn"')})`,
      `${milestoneRecipients} AND m."targetOn" < $1::date`,
    ),
  },
  {
    name: "milestoneStale",
    // Once when the silence reaches the limit, then every 30 days while it lasts.
    sql: insert(
      "MILESTONE_STALE",
      "Milestone",
      "m.id",
      `${isoDate('COALESCE(m."lastUpdateOn", m."startOn")')} || ':m' || (($1::date - COALESCE(m."lastUpdateOn", m."startOn") - ${staleDays}) / 30)::text`,
      `jsonb_build_object('title', ${title("m")}, 'date', ${isoDate('COALESCE(m."lastUpdateOn", m."startOn")')})`,
      `${milestoneRecipients} AND m."startOn" <= $1::date AND $1::date - COALESCE(m."lastUpdateOn", m."startOn") >= ${staleDays}`,
    ),
  },
  {
    name: "actionItemDueSoon",
    sql: insert(
      "ACTION_ITEM_DUE_SOON",
      "ActionItem",
      "i.id",
      isoDate('i."dueOn"'),
      `jsonb_build_object('title', ${title("i")}, 'date', ${isoDate('i."dueOn"')}, 'days', i."dueOn" - $1::date)`,
      `${itemRecipients} AND i."dueOn" - $1::date BETWEEN 0 AND 3`,
    ),
  },
  {
    name: "actionItemOverdue",
    sql: insert(
      "ACTION_ITEM_OVERDUE",
      "ActionItem",
      "i.id",
      `${isoDate('i."dueOn"')} || ':w' || (($1::date - i."dueOn" - 1) / 7)::text`,
      `jsonb_build_object('title', ${title("i")}, 'date', ${isoDate('i."dueOn"')})`,
      `${itemRecipients} AND i."dueOn" < $1::date`,
    ),
  },
  {
    name: "agreementNoticePeriod",
    sql: insert(
      "AGREEMENT_NOTICE_PERIOD",
      "Agreement",
      "a.id",
      isoDate('a."expiresOn"'),
      `jsonb_build_object('title', ${title("a")}, 'date', ${isoDate('a."expiresOn"')})`,
      `${agreementRecipients} AND a.status IN ('SIGNED', 'IN_FORCE') AND a."noticeDays" > 0 AND a."expiresOn" - $1::date BETWEEN 0 AND a."noticeDays"`,
    ),
  },
  {
    name: "agreementExpiring",
    sql: insert(
      "AGREEMENT_EXPIRING",
      "Agreement",
      "a.id",
      `(CASE WHEN a."expiresOn" - $1::date <= 30 THEN 'd30' ELSE 'd90' END) || ':' || ${isoDate('a."expiresOn"')}`,
      `jsonb_build_object('title', ${title("a")}, 'date', ${isoDate('a."expiresOn"')}, 'days', a."expiresOn" - $1::date)`,
      `${agreementRecipients} AND a.status IN ('SIGNED', 'IN_FORCE') AND a."expiresOn" - $1::date BETWEEN 0 AND 90`,
    ),
  },
  {
    name: "agreementExpired",
    // Only recent expiries: an instrument that lapsed years ago is history, not news.
    sql: insert(
      "AGREEMENT_EXPIRED",
      "Agreement",
      "a.id",
      isoDate('a."expiresOn"'),
      `jsonb_build_object('title', ${title("a")}, 'date', ${isoDate('a."expiresOn"')})`,
      `${agreementRecipients} AND a.status IN ('SIGNED', 'IN_FORCE', 'EXPIRED') AND a."expiresOn" < $1::date AND a."expiresOn" >= $1::date - 30`,
    ),
  },
];

/** How many records of each group a digest names; its counts say how many there are in all. */
export const digestRecordsPerGroup = 5;

/** The first records of one digest group as a JSON array of { group, type, id, title }, in the same statement. */
function digestRecords(group: string, type: string, select: string): string {
  return `(SELECT coalesce(jsonb_agg(jsonb_build_object('group', '${group}', 'type', '${type}', 'id', r.id, 'title', ${title("r")})), '[]'::jsonb)
        FROM (${select} LIMIT ${digestRecordsPerGroup}) r)`;
}

const movedThisWeek = `pu."reportedOn" >= $1::date - 7 AND pu."reportedOn" < $1::date`;
const slippedThisWeek = `${movedThisWeek} AND pu.status IN ('AT_RISK', 'OFF_TRACK')`;
const newlyOverdue = `m."targetOn" >= $1::date - 7 AND m."targetOn" < $1::date AND m.status NOT IN ('COMPLETED', 'CANCELLED') AND m."cancelledAt" IS NULL`;
const myMilestonesAhead = `m."targetOn" >= $1::date AND m."targetOn" < $1::date + 7 AND m.status NOT IN ('COMPLETED', 'CANCELLED') AND m."cancelledAt" IS NULL
         AND (m."responsibleUserId" = u.id OR (u.role = 'OFFICER' AND m."ownerOrganisationId" = u."organisationId"))`;
const myItemsAhead = `i."dueOn" >= $1::date AND i."dueOn" < $1::date + 7 AND i.status IN (${openItemStatuses})
         AND u."personId" IN (i."malaysiaOwnerId", i."chinaOwnerId")`;
const myMeetingsAhead = `mt.status = 'SCHEDULED' AND mt."startsAt" >= $1::date AND mt."startsAt" < $1::date + 7
         AND EXISTS (SELECT 1 FROM "WorkingGroupMember" gm WHERE gm."workingGroupId" = mt."workingGroupId" AND gm."personId" = u."personId")`;

/** Monday digests: the managers' portfolio week and everyone else's week ahead. */
const digestRules: { name: string; sql: string }[] = [
  {
    name: "digestPortfolio",
    sql: `
  WITH week AS (
    SELECT
      (SELECT count(DISTINCT pu."milestoneId") FROM "ProgressUpdate" pu WHERE ${movedThisWeek})::int AS moved,
      (SELECT count(DISTINCT pu."milestoneId") FROM "ProgressUpdate" pu WHERE ${slippedThisWeek})::int AS slipped,
      (SELECT count(*) FROM "Milestone" m WHERE ${newlyOverdue})::int AS overdue,
      ${digestRecords("moved", "Milestone", `SELECT m.id, m."titleEn", m."titleMs", m."titleZh" FROM "Milestone" m WHERE m.id IN (SELECT pu."milestoneId" FROM "ProgressUpdate" pu WHERE ${movedThisWeek}) ORDER BY m."lastUpdateOn" DESC NULLS LAST, m.id`)}
        || ${digestRecords("slipped", "Milestone", `SELECT m.id, m."titleEn", m."titleMs", m."titleZh" FROM "Milestone" m WHERE m.id IN (SELECT pu."milestoneId" FROM "ProgressUpdate" pu WHERE ${slippedThisWeek}) ORDER BY m."lastUpdateOn" DESC NULLS LAST, m.id`)}
        || ${digestRecords("overdue", "Milestone", `SELECT m.id, m."titleEn", m."titleMs", m."titleZh" FROM "Milestone" m WHERE ${newlyOverdue} ORDER BY m."targetOn", m.id`)} AS records
  )
  INSERT INTO "Notification" (id, "recipientId", kind, "recordType", "recordId", params, "idempotencyKey")
  SELECT gen_random_uuid()::text, u.id, 'DIGEST_PORTFOLIO'::"NotificationKind", 'Digest', ${isoDate("$1::date")},
         jsonb_build_object('counts', jsonb_build_object('moved', week.moved, 'slipped', week.slipped, 'overdue', week.overdue), 'records', week.records),
         'DIGEST_PORTFOLIO:' || ${isoDate("$1::date")} || ':week:' || u.id
  FROM "User" u CROSS JOIN week
  WHERE u."isActive" AND u.role = 'MANAGER'
  ON CONFLICT ("idempotencyKey") DO NOTHING`,
  },
  {
    name: "digestWeekAhead",
    sql: `
  WITH ahead AS (
    SELECT u.id,
      (SELECT count(*) FROM "Milestone" m WHERE ${myMilestonesAhead})::int AS milestones,
      (SELECT count(*) FROM "ActionItem" i WHERE ${myItemsAhead})::int AS items,
      (SELECT count(*) FROM "Meeting" mt WHERE ${myMeetingsAhead})::int AS meetings,
      ${digestRecords("milestones", "Milestone", `SELECT m.id, m."titleEn", m."titleMs", m."titleZh" FROM "Milestone" m WHERE ${myMilestonesAhead} ORDER BY m."targetOn", m.id`)}
        || ${digestRecords("items", "ActionItem", `SELECT i.id, i."titleEn", i."titleMs", i."titleZh" FROM "ActionItem" i WHERE ${myItemsAhead} ORDER BY i."dueOn", i.id`)}
        || ${digestRecords("meetings", "Meeting", `SELECT mt.id, mt."titleEn", mt."titleMs", mt."titleZh" FROM "Meeting" mt WHERE ${myMeetingsAhead} ORDER BY mt."startsAt", mt.id`)} AS records
    FROM "User" u WHERE u."isActive" AND u.role IN ('OFFICER', 'WG_MEMBER')
  )
  INSERT INTO "Notification" (id, "recipientId", kind, "recordType", "recordId", params, "idempotencyKey")
  SELECT gen_random_uuid()::text, ahead.id, 'DIGEST_WEEK_AHEAD'::"NotificationKind", 'Digest', ${isoDate("$1::date")},
         jsonb_build_object('counts', jsonb_build_object('milestones', ahead.milestones, 'items', ahead.items, 'meetings', ahead.meetings), 'records', ahead.records),
         'DIGEST_WEEK_AHEAD:' || ${isoDate("$1::date")} || ':week:' || ahead.id
  FROM ahead
  WHERE ahead.milestones + ahead.items + ahead.meetings > 0
  ON CONFLICT ("idempotencyKey") DO NOTHING`,
  },
];

export type SweepResult = { today: string; created: Record<string, number>; statements: number };

/** One sweep for the day `now` falls on in the app's zone: a fixed number of statements. */
export async function runReminderSweep(client: DbClient, now: Date = new Date()): Promise<SweepResult> {
  const today = appToday(now);
  const todayIso = isoDay(today);
  const isMonday = today.getUTCDay() === 1;
  const created: Record<string, number> = {};
  let statements = 0;
  for (const rule of [...rules, ...(isMonday ? digestRules : [])]) {
    created[rule.name] = await client.$executeRawUnsafe(rule.sql, todayIso);
    statements += 1;
  }
  return { today: todayIso, created, statements };
}
