// Pages of the dashboard: only managers and administrators; everyone else gets "not found",
// exactly as for a page that does not exist.
import "server-only";
import { notFound } from "next/navigation";
import { requireUserForPage } from "@/lib/auth/session";
import { canViewDashboards } from "@/lib/permissions";

export async function requireDashboardViewer() {
  const user = await requireUserForPage();
  if (!canViewDashboards(user)) notFound();
  return user;
}
