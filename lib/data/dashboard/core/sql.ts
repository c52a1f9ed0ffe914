// The SQL building blocks every dashboard query shares: the filter conditions per table and the
// definitions of "open", "overdue", "due soon" and "stale". One definition here keeps every
// figure and the list behind it counting the same thing.
//
// The due states themselves ("overdue", "due soon", "stale", "behind plan") are defined once, in
// lib/milestones/rules.ts and lib/action-items/overdue.ts (TypeScript and SQL side by side); the
// dashboards name them overdue / due30 / stale / ontrack in their URLs and messages.
import { Prisma } from "@/lib/generated/prisma/client";
import { actionItemIsOpenSql, actionItemIsOverdueSql } from "@/lib/action-items/overdue";
import { dueSoonDays, dueStateSql, milestoneIsOpenSql, sqlDay, staleDays } from "@/lib/milestones/rules";
import type { DashboardFilters } from "../filters";

export { dueSoonDays, staleDays };
export const defaultExpiryWindowDays = 90;
export const recentUpdateDays = 30;

export const dueStates = ["overdue", "due30", "stale", "ontrack"] as const;
export type DueState = (typeof dueStates)[number];

export const sqlDate = sqlDay;

const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`);

/** Conditions on a "Milestone" row aliased `m`. */
export function milestoneConditions(filters: DashboardFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.agreementId) parts.push(Prisma.sql`m."agreementId" = ${filters.agreementId}`);
  if (filters.areaId) parts.push(Prisma.sql`m."cooperationAreaId" = ${filters.areaId}`);
  if (filters.side) parts.push(Prisma.sql`m."ownerSide" = CAST(${filters.side} AS "OwnerSide")`);
  if (filters.organisationId) parts.push(Prisma.sql`m."ownerOrganisationId" = ${filters.organisationId}`);
  return and(parts);
}

/** Conditions on an "ActionItem" row aliased `a` (its agreement is its working group's). */
export function actionItemConditions(filters: DashboardFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.agreementId) {
    parts.push(Prisma.sql`a."workingGroupId" IN (SELECT w.id FROM "WorkingGroup" w WHERE w."agreementId" = ${filters.agreementId})`);
  }
  if (filters.areaId) parts.push(Prisma.sql`a."cooperationAreaId" = ${filters.areaId}`);
  if (filters.side) parts.push(Prisma.sql`a."ownerSide" = CAST(${filters.side} AS "OwnerSide")`);
  if (filters.organisationId) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Person" p WHERE p.id IN (a."malaysiaOwnerId", a."chinaOwnerId") AND p."organisationId" = ${filters.organisationId})`,
    );
  }
  return and(parts);
}

/** Conditions on an "Agreement" row aliased `g` (side does not narrow instruments: both are party). */
export function agreementConditions(filters: DashboardFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`g."archivedAt" IS NULL`];
  if (filters.agreementId) parts.push(Prisma.sql`g.id = ${filters.agreementId}`);
  if (filters.areaId) parts.push(Prisma.sql`g.id IN (SELECT c."agreementId" FROM "CooperationArea" c WHERE c.id = ${filters.areaId})`);
  if (filters.organisationId) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "AgreementParty" ap WHERE ap."agreementId" = g.id AND ap."organisationId" = ${filters.organisationId})`);
  }
  return and(parts);
}

export const milestoneIsOpen = milestoneIsOpenSql;
export const milestoneIsCounted = Prisma.sql`m.status <> 'CANCELLED'`;

export function milestoneDueState(today: Date): Record<DueState, Prisma.Sql> {
  const due = dueStateSql(today);
  return { overdue: due.overdue, due30: due.dueSoon, stale: due.stale, ontrack: due.onTrack };
}

/** Action items still to be done: not accepted, closed or cancelled. */
export const actionItemIsOpen = actionItemIsOpenSql;
export const actionItemIsDone = Prisma.sql`a.status IN ('ACCEPTED', 'CLOSED')`;
/**
 * When an item was done: closed, else accepted at review (the calendar day in the application's
 * time zone). Kept on the row by a trigger (migration 20261130070000_action_item_done_on), as
 * app_calendar_day(COALESCE("closedAt", "reviewedAt")) for done items and NULL for the others.
 */
export const actionItemDoneOn = Prisma.sql`a."doneOn"`;

export const actionItemIsOverdue = actionItemIsOverdueSql;
