// One agreement's dashboard: progress by cooperation area, the milestone timeline, the latest
// updates, what is overdue, each working group's next meeting and the open action items.
// A fixed number of queries whatever the agreement's size (lists are capped).
import { Prisma } from "@/lib/generated/prisma/client";
import type { MilestoneStatus, ProgressStatus } from "@/lib/generated/prisma/enums";
import type { OwnerSideValue } from "../filters";
import { authorized, type DashboardContext } from "./context";
import { actionItemConditions, actionItemIsOpen, actionItemIsOverdue, milestoneConditions, milestoneDueState, milestoneIsCounted } from "./sql";
import { localizedTitle } from "@/lib/i18n/content";
import { behindPlanSql } from "@/lib/milestones/rules";
import { findCapped } from "../../capped";
import { confirmedPercentSql, jointOpenDisputesSql, jointProgressJoins } from "@/lib/joint-progress/sql";

export const timelineLimit = 60;
export const listLimit = 10;

const openActionStatuses = ["OPEN", "IN_PROGRESS", "SUBMITTED", "RETURNED", "BLOCKED"] as const;

export interface AreaProgress {
  id: string;
  number: number;
  titleEn: string;
  titleMs: string | null;
  titleZh: string | null;
  milestones: number;
  overdue: number;
  /** Open milestones behind their planned line today (lib/milestones/rules.ts). */
  behindPlan: number;
  weightedProgress: number | null;
  /** Confirmed by both sides (lib/joint-progress/sql.ts), and the open disputes on joint milestones. */
  confirmedProgress: number | null;
  openDisputes: number;
}

export async function agreementHeaderFor(input: DashboardContext & { agreementId: string }) {
  const { db } = authorized(input);
  return db.agreement.findFirst({
    where: { id: input.agreementId, archivedAt: null },
    select: { id: true, type: true, status: true, expiresOn: true, isExample: true, ...localizedTitle },
  });
}

export async function areaProgressFor(input: DashboardContext & { agreementId: string }): Promise<AreaProgress[]> {
  const { db, filters, today } = authorized(input);
  const due = milestoneDueState(today);
  // The agreement comes from the page, not the filters; side/organisation still narrow it.
  const scoped = milestoneConditions({ ...filters, agreementId: null, areaId: null });
  const rows = await db.$queryRaw<(Omit<AreaProgress, "weightedProgress" | "confirmedProgress"> & { weighted: number; weight: number; confirmed_weighted: number })[]>(Prisma.sql`
    SELECT c.id, c.number, c."titleEn", c."titleMs", c."titleZh",
      (count(m.id) FILTER (WHERE ${milestoneIsCounted}))::int AS milestones,
      (count(m.id) FILTER (WHERE ${due.overdue}))::int AS overdue,
      (count(m.id) FILTER (WHERE ${behindPlanSql(today)}))::int AS "behindPlan",
      COALESCE(sum(m.weight * m."percentComplete") FILTER (WHERE ${milestoneIsCounted}), 0)::float8 AS weighted,
      COALESCE(sum(m.weight) FILTER (WHERE ${milestoneIsCounted}), 0)::float8 AS weight,
      COALESCE(sum(m.weight * ${confirmedPercentSql}) FILTER (WHERE ${milestoneIsCounted}), 0)::float8 AS confirmed_weighted,
      ${jointOpenDisputesSql} AS "openDisputes"
    FROM "CooperationArea" c
    LEFT JOIN "Milestone" m ON m."cooperationAreaId" = c.id AND ${scoped}
    ${jointProgressJoins}
    WHERE c."agreementId" = ${input.agreementId} AND NOT c."isRetired"
    GROUP BY c.id
    ORDER BY c.number`);
  return rows.map(({ weighted, weight, confirmed_weighted, ...row }) => ({
    ...row,
    weightedProgress: weight > 0 ? weighted / weight : null,
    confirmedProgress: weight > 0 ? confirmed_weighted / weight : null,
  }));
}

function milestoneWhere(input: DashboardContext & { agreementId: string }) {
  const { side, organisationId } = input.filters;
  return {
    agreementId: input.agreementId,
    ...(side ? { ownerSide: side } : {}),
    ...(organisationId ? { ownerOrganisationId: organisationId } : {}),
  } satisfies Prisma.MilestoneWhereInput;
}

export interface TimelineMilestone {
  id: string;
  titleEn: string;
  titleMs: string | null;
  titleZh: string | null;
  startOn: Date;
  targetOn: Date;
  completedOn: Date | null;
  percentComplete: number;
  status: MilestoneStatus;
  ownerSide: OwnerSideValue;
}

/** The agreement's milestones on the page's side and organisation filters (never its area filter). */
function agreementMilestones(input: DashboardContext & { agreementId: string }): Prisma.Sql {
  return milestoneConditions({ ...input.filters, agreementId: input.agreementId, areaId: null });
}

/**
 * Milestones for the timeline, earliest start first (capped: the page says when it is), and how
 * many there are: one statement, the count taken over the rows before the cap.
 */
export async function timelineFor(input: DashboardContext & { agreementId: string }): Promise<{ milestones: TimelineMilestone[]; total: number }> {
  const { db } = authorized(input);
  const rows = await db.$queryRaw<(TimelineMilestone & { total: number })[]>(Prisma.sql`
    SELECT m.id, m."titleEn", m."titleMs", m."titleZh", m."startOn", m."targetOn", m."completedOn", m."percentComplete",
      m.status::text AS status, m."ownerSide"::text AS "ownerSide", (count(*) OVER ())::int AS total
    FROM "Milestone" m
    WHERE ${agreementMilestones(input)} AND m.status <> 'CANCELLED'
    ORDER BY m."startOn", m."targetOn", m.id
    LIMIT ${timelineLimit}::int`);
  const milestones = rows.map(({ id, titleEn, titleMs, titleZh, startOn, targetOn, completedOn, percentComplete, status, ownerSide }) => ({
    id, titleEn, titleMs, titleZh, startOn, targetOn, completedOn, percentComplete, status, ownerSide,
  }));
  return { milestones, total: rows[0]?.total ?? 0 };
}

export interface LatestUpdate {
  id: string;
  reportedOn: Date;
  percentComplete: number;
  status: ProgressStatus;
  narrative: string;
  milestone: { id: string; titleEn: string; titleMs: string | null; titleZh: string | null };
}

/** The newest updates: a feed of the latest `listLimit` by its title, not a list that stops short. */
export async function latestUpdatesFor(input: DashboardContext & { agreementId: string }): Promise<LatestUpdate[]> {
  const { db } = authorized(input);
  const rows = await db.$queryRaw<(Omit<LatestUpdate, "milestone"> & { milestoneId: string; titleEn: string; titleMs: string | null; titleZh: string | null })[]>(Prisma.sql`
    SELECT pu.id, pu."reportedOn", pu."percentComplete", pu.status::text AS status, pu.narrative,
      m.id AS "milestoneId", m."titleEn", m."titleMs", m."titleZh"
    FROM "ProgressUpdate" pu
    JOIN "Milestone" m ON m.id = pu."milestoneId"
    WHERE ${agreementMilestones(input)}
    ORDER BY pu."reportedOn" DESC, pu."createdAt" DESC
    LIMIT ${listLimit}::int`);
  return rows.map(({ milestoneId, titleEn, titleMs, titleZh, ...update }) => ({ ...update, milestone: { id: milestoneId, titleEn, titleMs, titleZh } }));
}

export async function overdueFor(input: DashboardContext & { agreementId: string }) {
  const { db, today } = authorized(input);
  const milestonesWhere = { ...milestoneWhere(input), status: { notIn: ["COMPLETED", "CANCELLED"] }, targetOn: { lt: today } } satisfies Prisma.MilestoneWhereInput;
  const actionItemsWhere = {
    workingGroup: { agreementId: input.agreementId },
    ...(input.filters.side ? { ownerSide: input.filters.side } : {}),
    status: { in: [...openActionStatuses] },
    dueOn: { lt: today },
  } satisfies Prisma.ActionItemWhereInput;
  // Capped: the widget says how many there are in all and links to the whole lists.
  const [milestones, actionItems] = await Promise.all([
    findCapped(
      listLimit,
      (take) => db.milestone.findMany({ where: milestonesWhere, orderBy: [{ targetOn: "asc" }, { id: "asc" }], take, select: { id: true, ...localizedTitle, targetOn: true, ownerSide: true, percentComplete: true } }),
      () => db.milestone.count({ where: milestonesWhere }),
    ),
    findCapped(
      listLimit,
      (take) => db.actionItem.findMany({ where: actionItemsWhere, orderBy: [{ dueOn: "asc" }, { id: "asc" }], take, select: { id: true, ...localizedTitle, dueOn: true, ownerSide: true, status: true } }),
      () => db.actionItem.count({ where: actionItemsWhere }),
    ),
  ]);
  return { milestones, actionItems };
}

export interface NextMeeting {
  id: string;
  workingGroupId: string;
  groupNameEn: string;
  groupNameMs: string | null;
  groupNameZh: string | null;
  titleEn: string;
  titleMs: string | null;
  titleZh: string | null;
  startsAt: Date;
  timeZone: string;
}

/** Each of the agreement's working groups with its next scheduled meeting, if any. */
export async function nextMeetingsFor(input: DashboardContext & { agreementId: string }): Promise<NextMeeting[]> {
  const { db } = authorized(input);
  return db.$queryRaw<NextMeeting[]>(Prisma.sql`
    SELECT DISTINCT ON (mt."workingGroupId") mt.id, mt."workingGroupId", w."nameEn" AS "groupNameEn", w."nameMs" AS "groupNameMs", w."nameZh" AS "groupNameZh",
      mt."titleEn", mt."titleMs", mt."titleZh", mt."startsAt", mt."timeZone"
    FROM "Meeting" mt
    JOIN "WorkingGroup" w ON w.id = mt."workingGroupId"
    WHERE w."agreementId" = ${input.agreementId} AND mt.status = 'SCHEDULED' AND mt."startsAt" >= ${new Date()}
    ORDER BY mt."workingGroupId", mt."startsAt"`);
}

export interface OpenActionItems {
  total: number;
  overdue: number;
  items: { id: string; titleEn: string; titleMs: string | null; titleZh: string | null; dueOn: Date; ownerSide: OwnerSideValue; status: string }[];
}

export async function openActionItemsFor(input: DashboardContext & { agreementId: string }): Promise<OpenActionItems> {
  const { db, filters, today } = authorized(input);
  const scoped = actionItemConditions({ ...filters, agreementId: input.agreementId, areaId: null });
  const rows = await db.$queryRaw<(OpenActionItems["items"][number] & { total: number; overdue: number })[]>(Prisma.sql`
    WITH open_items AS (
      SELECT a.id, a."titleEn", a."titleMs", a."titleZh", a."dueOn", a."ownerSide"::text AS "ownerSide", a.status::text AS status,
        ${actionItemIsOverdue(today)} AS is_overdue
      FROM "ActionItem" a
      WHERE ${scoped} AND ${actionItemIsOpen}
    )
    SELECT o.*, (SELECT count(*) FROM open_items)::int AS total,
      (SELECT count(*) FROM open_items WHERE is_overdue)::int AS overdue
    FROM (SELECT * FROM open_items ORDER BY "dueOn", id LIMIT ${listLimit}::int) o
    ORDER BY o."dueOn", o.id`);
  return {
    total: rows[0]?.total ?? 0,
    overdue: rows[0]?.overdue ?? 0,
    items: rows.map(({ id, titleEn, titleMs, titleZh, dueOn, ownerSide, status }) => ({ id, titleEn, titleMs, titleZh, dueOn, ownerSide, status })),
  };
}
