// Dashboard filters as they live in the URL (agreement, area, side, organisation, period) and
// back. Pure: shared by pages, the briefing export, the data functions and the bench.
import { idSchema, z } from "@/lib/schemas/messages";

export const ownerSides = ["MALAYSIA", "CHINA", "JOINT"] as const;
export type OwnerSideValue = (typeof ownerSides)[number];

/** How many months of history the trend covers. */
export const periods = [6, 12, 24, 60] as const;
export type PeriodMonths = (typeof periods)[number];
export const defaultPeriod: PeriodMonths = 12;

export interface DashboardFilters {
  agreementId: string | null;
  areaId: string | null;
  side: OwnerSideValue | null;
  organisationId: string | null;
  periodMonths: PeriodMonths;
}

export const noFilters: DashboardFilters = { agreementId: null, areaId: null, side: null, organisationId: null, periodMonths: defaultPeriod };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const optionalId = (value: string | string[] | undefined) => {
  const parsed = idSchema.safeParse(first(value));
  return parsed.success ? parsed.data : null;
};
const sideSchema = z.enum(ownerSides);

/** Unknown or malformed values are ignored (a filter link must never break the page). */
export function parseDashboardFilters(params: SearchParams): DashboardFilters {
  const side = sideSchema.safeParse(first(params.side));
  const period = Number(first(params.period));
  return {
    agreementId: optionalId(params.agreement),
    areaId: optionalId(params.area),
    side: side.success ? side.data : null,
    organisationId: optionalId(params.organisation),
    periodMonths: (periods as readonly number[]).includes(period) ? (period as PeriodMonths) : defaultPeriod,
  };
}

/** The filters as query parameters, for links that keep them (extra values win). */
export function filterQuery(filters: DashboardFilters, extra: Record<string, string | null | undefined> = {}): string {
  const query = new URLSearchParams();
  if (filters.agreementId) query.set("agreement", filters.agreementId);
  if (filters.areaId) query.set("area", filters.areaId);
  if (filters.side) query.set("side", filters.side);
  if (filters.organisationId) query.set("organisation", filters.organisationId);
  if (filters.periodMonths !== defaultPeriod) query.set("period", String(filters.periodMonths));
  for (const [key, value] of Object.entries(extra)) {
    if (value) query.set(key, value);
    else query.delete(key);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
