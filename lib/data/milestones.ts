// Reads of milestones and their progress, scoped to the signed-in user. The home page's groups
// are one statement (the rules' SQL due states, ranked per group), whatever the number of milestones.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MilestoneStatus, OwnerSide } from "@/lib/generated/prisma/enums";
import { requireUser, ForbiddenError } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import { canEditMilestone, canImportMilestones, canListAllMilestones, canReadMilestone } from "@/lib/permissions";
import { today as appToday } from "@/lib/dates";
import { dueStates, dueStateSql, milestoneIsOpenSql, planView, type OpenDueState } from "@/lib/milestones/rules";
import { localizedName, localizedTitle } from "@/lib/i18n/content";
import { getLocale } from "@/lib/i18n/server";
import { inReaderLanguage } from "@/lib/i18n/sort";
import { findCapped } from "./capped";
import { milestoneEditableColumnsSelect, progressReportColumnsSelect } from "@/lib/milestones/columns";
import { cache } from "react";

/** The newest history events a milestone page shows (the page says when there are more). */
const historyLimit = 100;

export const groupLimit = 50;

export function scopeFor(user: SessionUser): Prisma.MilestoneWhereInput {
  if (canListAllMilestones(user)) return {};
  const mine: Prisma.MilestoneWhereInput[] = [{ responsibleUserId: user.id }];
  if (user.organisationId) mine.push({ ownerOrganisationId: user.organisationId });
  return { OR: mine };
}

/** The same scope as `scopeFor`, in SQL on a "Milestone" row aliased `m`. */
function scopeSql(user: SessionUser): Prisma.Sql {
  if (canListAllMilestones(user)) return Prisma.sql`TRUE`;
  if (!user.organisationId) return Prisma.sql`m."responsibleUserId" = ${user.id}`;
  return Prisma.sql`(m."responsibleUserId" = ${user.id} OR m."ownerOrganisationId" = ${user.organisationId})`;
}

type ListRow = {
  id: string;
  titleEn: string;
  titleMs: string | null;
  titleZh: string | null;
  status: MilestoneStatus;
  percentComplete: number;
  startOn: Date;
  targetOn: Date;
  lastUpdateOn: Date | null;
  ownerSide: OwnerSide;
  ownerOrganisationId: string;
  indicatorUnit: string | null;
  hasIndicator: boolean;
  state: OpenDueState;
  total: number;
  orgAcronym: string | null;
  orgNameEn: string;
  orgNameMs: string | null;
  orgNameZh: string | null;
  areaNumber: number;
  areaTitleEn: string;
  areaTitleMs: string | null;
  areaTitleZh: string | null;
  partyOrganisationIds: string[];
};

/**
 * The signed-in user's open milestones in their four due-state groups (the soonest `groupLimit`
 * of each, by target date) with each group's full count: one statement, whatever the number of
 * milestones. The due states are the rules' own SQL form (dueStateSql), exclusive by construction.
 */
export async function listMyMilestones({ today = appToday() }: { today?: Date } = {}) {
  const user = await requireUser();
  if (!canReadMilestone(user)) throw new ForbiddenError();
  const due = dueStateSql(today);
  const rows = await db.$queryRaw<ListRow[]>(Prisma.sql`
    WITH mine AS (
      SELECT m.id, m."titleEn", m."titleMs", m."titleZh", m.status::text AS status, m."percentComplete", m."startOn", m."targetOn", m."lastUpdateOn",
        m."ownerSide"::text AS "ownerSide", m."ownerOrganisationId", m."cooperationAreaId", m."agreementId", m."indicatorUnit",
        (m."indicatorBaseline" IS NOT NULL AND m."indicatorTarget" IS NOT NULL) AS "hasIndicator",
        CASE WHEN ${due.overdue} THEN 'overdue' WHEN ${due.dueSoon} THEN 'dueSoon' WHEN ${due.stale} THEN 'stale' WHEN ${due.onTrack} THEN 'onTrack' END AS state
      FROM "Milestone" m
      WHERE ${scopeSql(user)} AND ${milestoneIsOpenSql}
    ),
    ranked AS (
      SELECT mine.*, row_number() OVER (PARTITION BY state ORDER BY "targetOn", id) AS place, (count(*) OVER (PARTITION BY state))::int AS total
      FROM mine WHERE state IS NOT NULL
    )
    SELECT r.id, r."titleEn", r."titleMs", r."titleZh", r.status, r."percentComplete", r."startOn", r."targetOn", r."lastUpdateOn", r."ownerSide",
      r."ownerOrganisationId", r."indicatorUnit", r."hasIndicator", r.state, r.total,
      o.acronym AS "orgAcronym", o."nameEn" AS "orgNameEn", o."nameMs" AS "orgNameMs", o."nameZh" AS "orgNameZh",
      c.number AS "areaNumber", c."titleEn" AS "areaTitleEn", c."titleMs" AS "areaTitleMs", c."titleZh" AS "areaTitleZh",
      ARRAY(SELECT ap."organisationId" FROM "AgreementParty" ap WHERE ap."agreementId" = r."agreementId") AS "partyOrganisationIds"
    FROM ranked r
    JOIN "Organisation" o ON o.id = r."ownerOrganisationId"
    JOIN "CooperationArea" c ON c.id = r."cooperationAreaId"
    WHERE r.place <= ${groupLimit}::int
    ORDER BY r."targetOn", r.id`);
  const groups = dueStates.map((state) => {
    const inGroup = rows.filter((row) => row.state === state);
    return {
      state,
      count: inGroup[0]?.total ?? 0,
      rows: inGroup.map((row) => ({
        id: row.id,
        titleEn: row.titleEn,
        titleMs: row.titleMs,
        titleZh: row.titleZh,
        status: row.status,
        percentComplete: row.percentComplete,
        startOn: row.startOn,
        targetOn: row.targetOn,
        lastUpdateOn: row.lastUpdateOn,
        ownerSide: row.ownerSide,
        ownerOrganisationId: row.ownerOrganisationId,
        indicatorUnit: row.indicatorUnit,
        hasIndicator: row.hasIndicator,
        ownerOrganisation: { acronym: row.orgAcronym, nameEn: row.orgNameEn, nameMs: row.orgNameMs, nameZh: row.orgNameZh },
        cooperationArea: { number: row.areaNumber, titleEn: row.areaTitleEn, titleMs: row.areaTitleMs, titleZh: row.areaTitleZh },
        plan: planView(row, today),
        canEdit: canEditMilestone(user, row),
      })),
    };
  });
  return { today, groups, seesAll: canListAllMilestones(user), canImport: canImportMilestones(user), canCreate: canImportMilestones(user) };
}

async function loadMilestoneDetail(id: string) {
  const user = await requireUser();
  if (!canReadMilestone(user)) throw new ForbiddenError();
  const milestone = await db.milestone.findUnique({
    where: { id },
    select: {
      id: true,
      ...localizedTitle,
      descriptionEn: true,
      descriptionMs: true,
      descriptionZh: true,
      status: true,
      percentComplete: true,
      startOn: true,
      targetOn: true,
      lastUpdateOn: true,
      completedOn: true,
      cancelledAt: true,
      cancelReason: true,
      weight: true,
      ownerSide: true,
      ownerOrganisationId: true,
      indicatorUnit: true,
      indicatorBaseline: true,
      indicatorTarget: true,
      isExample: true,
      version: true,
      ownerOrganisation: { select: { acronym: true, ...localizedName } },
      responsibleUser: { select: { name: true } },
      cooperationArea: { select: { id: true, number: true, clauseRef: true, ...localizedTitle, clauseTextEn: true, clauseTextMs: true, clauseTextZh: true } },
      agreement: { select: { id: true, ...localizedTitle, parties: { select: { organisationId: true } } } },
      updates: {
        orderBy: [{ reportedOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          createdAt: true,
          ...progressReportColumnsSelect,
          author: { select: { name: true } },
          evidence: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, url: true, file: { select: { fileName: true, sizeBytes: true } } } },
        },
      },
    },
  });
  if (!milestone) return null;
  const updateIds = milestone.updates.map((update) => update.id);
  const historyWhere = { OR: [{ entityType: "Milestone", entityId: id }, { entityType: "ProgressUpdate", entityId: { in: updateIds } }] };
  const history = await findCapped(
    historyLimit,
    (take) => db.auditEvent.findMany({ where: historyWhere, orderBy: { at: "desc" }, take, select: { id: true, at: true, action: true, reason: true, actor: { select: { name: true } } } }),
    () => db.auditEvent.count({ where: historyWhere }),
  );
  const { agreement, indicatorBaseline, indicatorTarget, ...rest } = milestone;
  const partyOrganisationIds = agreement.parties.map((party) => party.organisationId);
  return {
    ...rest,
    agreement: { id: agreement.id, titleEn: agreement.titleEn, titleMs: agreement.titleMs, titleZh: agreement.titleZh },
    indicatorBaseline: indicatorBaseline?.toNumber() ?? null,
    indicatorTarget: indicatorTarget?.toNumber() ?? null,
    updates: milestone.updates.map((update) => ({ ...update, indicatorActual: update.indicatorActual?.toNumber() ?? null })),
    history,
    partyOrganisationIds,
    canEdit: canEditMilestone(user, { ...milestone, partyOrganisationIds }),
  };
}

// Cached per request: the page and its metadata both ask for it.
export const getMilestoneDetail = cache(loadMilestoneDetail);

export async function getMilestoneForEdit(id: string) {
  const user = await requireUser();
  const milestone = await db.milestone.findUnique({
    where: { id },
    select: {
      id: true,
      agreementId: true,
      ...milestoneEditableColumnsSelect,
      cancelledAt: true,
      version: true,
      _count: { select: { updates: true } },
      agreement: { select: { parties: { select: { organisationId: true } } } },
    },
  });
  if (!milestone) return null;
  const { agreement, indicatorBaseline, indicatorTarget, ...rest } = milestone;
  if (!canEditMilestone(user, { ...milestone, partyOrganisationIds: agreement.parties.map((party) => party.organisationId) })) return null;
  return { ...rest, indicatorBaseline: indicatorBaseline?.toString() ?? "", indicatorTarget: indicatorTarget?.toString() ?? "" };
}

/** What the milestone form offers: areas (of agreements the user's organisation is party to, unless admin), organisations, officers. */
export async function listMilestoneFormOptions() {
  const locale = await getLocale();
  const user = await requireUser();
  if (!canImportMilestones(user)) throw new ForbiddenError();
  const agreementScope: Prisma.AgreementWhereInput = user.role === "ADMIN" ? { archivedAt: null } : { archivedAt: null, parties: { some: { organisationId: user.organisationId ?? "" } } };
  const [areas, organisations, officers] = await Promise.all([
    db.cooperationArea.findMany({
      where: { isRetired: false, agreement: agreementScope },
      orderBy: [{ agreement: inReaderLanguage(locale) }, { number: "asc" }],
      select: { id: true, number: true, ...localizedTitle, agreement: { select: { id: true, ...localizedTitle } } },
    }),
    db.organisation.findMany({ where: { isRetired: false }, orderBy: [{ side: "asc" }, inReaderLanguage(locale)], select: { id: true, acronym: true, side: true, ...localizedName } }),
    db.user.findMany({ where: { role: "OFFICER", isActive: true }, orderBy: { name: "asc" }, select: { id: true, name: true, organisation: { select: { acronym: true } } } }),
  ]);
  return { areas, organisations, officers, defaultOrganisationId: user.organisationId };
}

/** Example values for the import templates: an area and milestone the user may use. */
export async function getImportTemplateExamples() {
  const user = await requireUser();
  if (!canImportMilestones(user)) throw new ForbiddenError();
  const [area, milestone, organisation] = await Promise.all([
    db.cooperationArea.findFirst({
      where: { isRetired: false, agreement: user.role === "ADMIN" ? { archivedAt: null } : { archivedAt: null, parties: { some: { organisationId: user.organisationId ?? "" } } } },
      orderBy: [{ agreementId: "asc" }, { number: "asc" }],
      select: { id: true },
    }),
    db.milestone.findFirst({ where: { cancelledAt: null, ...(user.role === "ADMIN" ? {} : { ownerOrganisationId: user.organisationId ?? "" }) }, orderBy: { targetOn: "asc" }, select: { id: true } }),
    user.organisationId ? db.organisation.findUnique({ where: { id: user.organisationId }, select: { acronym: true, nameEn: true, side: true } }) : null,
  ]);
  return { user, areaId: area?.id ?? "", milestoneId: milestone?.id ?? "", organisation };
}

/**
 * Weighted progress of a cooperation area's milestones, computed in the database with the same
 * rule as `weightedProgress` (cancelled milestones do not count; percent clamped to 0–100).
 */
export async function getAreaWeightedProgress(cooperationAreaId: string): Promise<{ percent: number | null; count: number }> {
  const user = await requireUser();
  if (!canReadMilestone(user)) throw new ForbiddenError();
  const [row] = await db.$queryRaw<{ weighted: number | null; count: bigint }[]>`
    SELECT ROUND(SUM("weight" * LEAST(100, GREATEST(0, "percentComplete")))::numeric / NULLIF(SUM("weight"), 0), 1)::float8 AS "weighted",
           COUNT(*) AS "count"
    FROM "Milestone"
    WHERE "cooperationAreaId" = ${cooperationAreaId} AND "status" <> 'CANCELLED' AND "cancelledAt" IS NULL AND "weight" > 0`;
  return { percent: row?.weighted ?? null, count: Number(row?.count ?? 0) };
}
