import { describe, expect, it } from "vitest";
import { canEditMilestone, canImportMilestones, canListAllMilestones, canReadMilestone } from "@/lib/permissions";
import type { Role } from "@/lib/auth/session-user";

const user = (role: Role, organisationId: string | null = null) => ({ id: `${role}-1`, role, organisationId, personId: null });
const roles: Role[] = ["ADMIN", "MANAGER", "OFFICER", "WG_MEMBER"];

describe("milestone permissions", () => {
  it("lets every role read milestones", () => {
    for (const role of roles) expect(canReadMilestone(user(role, "org"))).toBe(true);
  });

  it("lets officers with an organisation and administrators import", () => {
    expect(canImportMilestones(user("ADMIN"))).toBe(true);
    expect(canImportMilestones(user("OFFICER", "org"))).toBe(true);
    expect(canImportMilestones(user("OFFICER"))).toBe(false);
    expect(canImportMilestones(user("MANAGER", "org"))).toBe(false);
    expect(canImportMilestones(user("WG_MEMBER", "org"))).toBe(false);
  });

  it("shows every milestone to managers and administrators only", () => {
    expect(roles.filter((role) => canListAllMilestones(user(role, "org")))).toEqual(["ADMIN", "MANAGER"]);
  });

  it("never lets an officer change the other side's own milestone, even as a party", () => {
    const milestone = { ownerOrganisationId: "cn", ownerSide: "CHINA" as const, partyOrganisationIds: ["my", "cn"] };
    expect(canEditMilestone(user("OFFICER", "my"), milestone)).toBe(false);
    expect(canEditMilestone(user("OFFICER", "my"), { ...milestone, ownerSide: "JOINT" })).toBe(true);
    expect(canEditMilestone(user("OFFICER", "other"), { ...milestone, ownerSide: "JOINT" })).toBe(false);
  });
});
