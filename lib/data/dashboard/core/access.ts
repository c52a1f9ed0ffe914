// The one authorization check of every dashboard figure, usable outside a request (bench,
// tests): the caller passes the user it established; lib/data/dashboard/*.ts establish it with
// requireUser().
import type { SessionUser } from "@/lib/auth/session-user";
import { canViewDashboards } from "@/lib/permissions";

export type DashboardUser = Pick<SessionUser, "id" | "role" | "organisationId" | "personId">;

export class DashboardForbiddenError extends Error {
  constructor() {
    super("Not allowed");
    this.name = "ForbiddenError";
  }
}

export function assertCanViewDashboards(user: DashboardUser): void {
  if (!canViewDashboards(user)) throw new DashboardForbiddenError();
}
