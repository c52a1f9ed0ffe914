// Reads of milestones and their progress, scoped to the signed-in user. The home page's groups
// are four database queries (one per due state, `dueStateWhere` from the rules) plus four counts,
// whatever the number of milestones.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireUser, ForbiddenError } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import { canEditMilestone, canImportMilestones, canListAllMilestones, canReadMilestone } from "@/lib/permissions";
import { today as appToday } from "@/lib/dates";
import { dueStates, dueStateWhere, planView } from "@/lib/milestones/rules";
import { localizedName, localizedTitle } from "@/lib/i18n/content";
import { getLocale } from "@/lib/i18n/server";
import { inReaderLanguage } from "@/lib/i18n/sort";
import { findCapped } from "./capped";
import { milestoneEditableColumnsSelect, progressReportColumnsSelect } from "@/lib/milestones/columns";

/** The newest history events a milestone page shows (the page says when there are more). */
const historyLimit = 100;

export const groupLimit = 50;

export function scopeFor(user: SessionUser): Prisma.MilestoneWhereInput {
  if (canListAllMilestones(user)) return {};
  const mine: Prisma.MilestoneWhereInput[] = [{ responsibleUserId: user.id }];
  if (user.organisationId) mine.push({ ownerOrganisationId: user.organisationId });
  return { OR: mine };
}

const listSelect = {
  id: true,
  ...localizedTitle,
  status: true,
  percentComplete: true,
  startOn: true,
  targetOn: true,
  lastUpdateOn: true,
  ownerSide: true,
  ownerOrganisationId: true,
  indicatorUnit: true,
  indicatorBaseline: true,
  indicatorTarget: true,
  ownerOrganisation: { select: { acronym: true, ...localizedName } },
  cooperationArea: { select: { number: true, ...localizedTitle } },
  agreement: { select: { parties: { select: { organisationId: true } } } },
} as const;

export async function listMyMilestones({ today = appToday() }: { today?: Date } = {}) {
  const user = await requireUser();
  if (!canReadMilestone(user)) throw new ForbiddenError();
  const scope = scopeFor(user);
  const results = await Promise.all(
    dueStates.map(async (state) => {
      const where: Prisma.MilestoneWhereInput = { AND: [scope, dueStateWhere(state, today)] };
      const [rows, count] = await Promise.all([
        db.milestone.findMany({ where, orderBy: [{ targetOn: "asc" }, { id: "asc" }], take: groupLimit, select: listSelect }),
        db.milestone.count({ where }),
      ]);
      return {
        state,
        count,
        rows: rows.map(({ agreement, indicatorBaseline, indicatorTarget, ...row }) => ({
          ...row,
          hasIndicator: indicatorBaseline !== null && indicatorTarget !== null,
          plan: planView(row, today),
          canEdit: canEditMilestone(user, { ...row, partyOrganisationIds: agreement.parties.map((party) => party.organisationId) }),
        })),
      };
    }),
  );
  return { today, groups: results, seesAll: canListAllMilestones(user), canImport: canImportMilestones(user), canCreate: canImportMilestones(user) };
}

export async function getMilestoneDetail(id: string) {
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
