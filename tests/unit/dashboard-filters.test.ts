import { describe, expect, it } from "vitest";
import { filterQuery, noFilters, parseDashboardFilters } from "@/lib/data/dashboard/filters";

describe("dashboard filters in the URL", () => {
  it("reads agreement, area, side, organisation and period", () => {
    expect(parseDashboardFilters({ agreement: "agr_1", area: "area-2", side: "JOINT", organisation: "org_3", period: "24" })).toEqual({
      agreementId: "agr_1",
      areaId: "area-2",
      side: "JOINT",
      organisationId: "org_3",
      periodMonths: 24,
    });
  });

  it("ignores malformed or unknown values instead of failing", () => {
    expect(parseDashboardFilters({ agreement: "'; DROP TABLE", side: "MARS", period: "7", organisation: ["a b", "c"] })).toEqual(noFilters);
    expect(parseDashboardFilters({ side: ["CHINA", "MALAYSIA"] }).side).toBe("CHINA");
  });

  it("writes the filters back, leaving out defaults and letting extra values win", () => {
    expect(filterQuery(noFilters)).toBe("");
    const filters = parseDashboardFilters({ agreement: "a1", side: "CHINA", period: "6" });
    expect(filterQuery(filters)).toBe("?agreement=a1&side=CHINA&period=6");
    expect(filterQuery(filters, { by: "area", side: null })).toBe("?agreement=a1&period=6&by=area");
    expect(parseDashboardFilters(Object.fromEntries(new URLSearchParams(filterQuery(filters))))).toEqual(filters);
  });
});
