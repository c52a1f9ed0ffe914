// The request's side of the dashboard data functions: establish the signed-in user, refuse
// anyone who may not view dashboards, and hand the core functions an explicit context.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { ForbiddenError, requireUser } from "@/lib/auth/session";
import { canViewDashboards } from "@/lib/permissions";
import type { DashboardContext } from "./core/context";
import { today } from "@/lib/dates";
import type { DashboardFilters } from "./filters";

export async function requestContext(filters: DashboardFilters): Promise<DashboardContext> {
  const user = await requireUser();
  if (!canViewDashboards(user)) throw new ForbiddenError();
  return { db, user, filters, today: requestToday() };
}

/** One "today" per request, so every widget on a page counts against the same date. */
const requestToday = cache(() => today());
