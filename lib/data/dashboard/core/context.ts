import type { DbClient } from "@/lib/prisma-client";
import type { DashboardFilters } from "../filters";
import { assertCanViewDashboards, type DashboardUser } from "./access";

/** Everything a dashboard figure depends on, passed explicitly so it can run outside a request. */
export interface DashboardContext {
  db: DbClient;
  user: DashboardUser;
  filters: DashboardFilters;
  /** Calendar date (midnight UTC) the figures are "as of". */
  today: Date;
}

export function authorized(context: DashboardContext): DashboardContext {
  assertCanViewDashboards(context.user);
  return context;
}
