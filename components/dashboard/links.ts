// Where each figure leads: the filtered list behind it, with the query names the lists use
// (status, type, due, side, agreement, area, organisation).
import type { DashboardFilters } from "@/lib/data/dashboard/filters";

export function listHref(path: "/agreements" | "/milestones" | "/action-items", params: Record<string, string | null | undefined>, filters?: DashboardFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (filters && path !== "/agreements") {
    if (filters.agreementId) query.set("agreement", filters.agreementId);
    if (filters.areaId) query.set("area", filters.areaId);
    if (filters.side) query.set("side", filters.side);
    if (filters.organisationId) query.set("organisation", filters.organisationId);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
