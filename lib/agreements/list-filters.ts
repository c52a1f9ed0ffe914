// The agreements list's filters, sort and page, read from and written to the URL. Pure, so the
// page, the export and the tests agree on what a URL means; anything unrecognised is ignored.
import { agreementStatuses, type AgreementStatus } from "./lifecycle";
import { agreementTypes, type AgreementType } from "./vocabulary";

export const agreementListPageSize = 20;
export const sortKeys = ["title", "signedOn", "status", "type"] as const;
export type SortKey = (typeof sortKeys)[number];
export const archivedChoices = ["active", "archived", "all"] as const;
export type ArchivedChoice = (typeof archivedChoices)[number];

export interface AgreementFilters {
  q: string;
  type: AgreementType | null;
  status: AgreementStatus | null;
  partyId: string | null;
  side: "MALAYSIA" | "CHINA" | null;
  theme: string;
  year: number | null;
  archived: ArchivedChoice;
  expiring: boolean;
  sort: SortKey;
  dir: "asc" | "desc";
  page: number;
}

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();
const oneOf = <T extends string>(choices: readonly T[], value: string): T | null => (choices as readonly string[]).includes(value) ? (value as T) : null;

export function parseAgreementFilters(params: Params): AgreementFilters {
  const year = Number(first(params.year));
  const page = Number(first(params.page));
  const partyId = first(params.party);
  return {
    q: first(params.q).slice(0, 200),
    type: oneOf(agreementTypes, first(params.type)),
    status: oneOf(agreementStatuses, first(params.status)),
    partyId: /^[A-Za-z0-9_-]{1,64}$/.test(partyId) ? partyId : null,
    side: oneOf(["MALAYSIA", "CHINA"] as const, first(params.side)),
    theme: first(params.theme).slice(0, 200),
    year: Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : null,
    archived: oneOf(archivedChoices, first(params.archived)) ?? "active",
    expiring: first(params.expiring) === "1",
    sort: oneOf(sortKeys, first(params.sort)) ?? "signedOn",
    dir: first(params.dir) === "asc" ? "asc" : first(params.dir) === "desc" ? "desc" : first(params.sort) && first(params.sort) !== "signedOn" ? "asc" : "desc",
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The URL query for these filters, leaving out defaults; `changes` override (e.g. another page). */
export function agreementFiltersQuery(filters: AgreementFilters, changes: Partial<AgreementFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  if (merged.type) params.set("type", merged.type);
  if (merged.status) params.set("status", merged.status);
  if (merged.partyId) params.set("party", merged.partyId);
  if (merged.side) params.set("side", merged.side);
  if (merged.theme) params.set("theme", merged.theme);
  if (merged.year) params.set("year", String(merged.year));
  if (merged.archived !== "active") params.set("archived", merged.archived);
  if (merged.expiring) params.set("expiring", "1");
  if (merged.sort !== "signedOn") params.set("sort", merged.sort);
  if (merged.dir !== (merged.sort === "signedOn" ? "desc" : "asc")) params.set("dir", merged.dir);
  if (merged.page > 1) params.set("page", String(merged.page));
  return params.toString();
}
