// "Overdue" for action items, in each form a caller needs: the TypeScript rule, the SQL condition
// the dashboards use and the Prisma where-clause the lists use. One place, built from the same
// open statuses; tests/integration/due-state-agreement.test.ts holds the forms to the same answers.
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCalendarDay } from "@/lib/dates";
import { sqlDay } from "@/lib/milestones/rules";
import { isOpenStatus, openStatuses, type ActionItemStatus } from "./status-machine";

/** Overdue: work still outstanding after its due date. `today` is a calendar day from today(). */
export function isOverdue(item: { status: ActionItemStatus; dueOn: Date }, today: Date): boolean {
  return isOpenStatus(item.status) && item.dueOn < assertCalendarDay(today);
}

// One array parameter compared as the enum: casting every row's status to text to compare it
// with text parameters cost a third of the action-item aggregates.
const openList = `{${openStatuses.join(",")}}`;

/** SQL: an "ActionItem" row aliased `a` still has work outstanding. */
export const actionItemIsOpenSql = Prisma.sql`(a.status = ANY (CAST(${openList} AS "ActionItemStatus"[])))`;

/** SQL form of `isOverdue` for an "ActionItem" row aliased `a`. */
export function actionItemIsOverdueSql(today: Date): Prisma.Sql {
  return Prisma.sql`(${actionItemIsOpenSql} AND a."dueOn" < ${sqlDay(today)})`;
}

/** Prisma where-clause form of `isOverdue`. */
export function overdueWhere(today: Date): Prisma.ActionItemWhereInput {
  return { status: { in: [...openStatuses] }, dueOn: { lt: assertCalendarDay(today) } };
}
