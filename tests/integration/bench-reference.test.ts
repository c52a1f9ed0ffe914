// The bench's reference page (issue 14): off unless the bench's server switches it on, for those
// who may list every milestone, and its one query returns the 200 milestones due soonest.
import { afterEach, describe, expect, it } from "vitest";
import { benchReferenceEnabled, referenceRows, referenceTable } from "@/lib/data/bench-reference";
import { ForbiddenError } from "@/lib/auth/session";
import { actAs } from "../helpers/request";
import { createUser } from "../helpers/factories";
import { createAgreementWithArea, createMilestone } from "../helpers/milestone-factories";

afterEach(() => {
  delete process.env.BENCH_REFERENCE_PAGE;
});

describe("the bench's reference page", () => {
  it("exists only when the bench's server says so", () => {
    expect(benchReferenceEnabled()).toBe(false);
    process.env.BENCH_REFERENCE_PAGE = "1";
    expect(benchReferenceEnabled()).toBe(true);
  });

  it("lists the milestones due soonest, at most 200, for a manager", async () => {
    const setting = await createAgreementWithArea();
    // Earlier than anything else in the test database, so they lead the table in this order.
    const late = await createMilestone({ agreementId: setting.agreement.id, areaId: setting.area.id, ownerOrganisationId: setting.malaysia.id, startOn: "1899-01-01", targetOn: "1900-03-01" });
    const early = await createMilestone({ agreementId: setting.agreement.id, areaId: setting.area.id, ownerOrganisationId: setting.malaysia.id, startOn: "1899-01-01", targetOn: "1900-01-01" });
    actAs(await createUser({ role: "MANAGER" }));
    const rows = await referenceTable();
    expect(rows.length).toBeLessThanOrEqual(referenceRows);
    expect(rows.slice(0, 2).map((row) => row.id)).toEqual([early.id, late.id]);
  });

  it("is refused to an officer, who may not list every milestone", async () => {
    const setting = await createAgreementWithArea();
    actAs(setting.officerMy);
    await expect(referenceTable()).rejects.toBeInstanceOf(ForbiddenError);
  });
});
