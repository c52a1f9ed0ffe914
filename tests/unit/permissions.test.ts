import { describe, expect, it } from "vitest";
import {
  canChangeUserAccess,
  canCreateAgreement,
  canEditAgreement,
  canEditMilestone,
  canListAllWorkingGroups,
  canManageSignInSecurity,
  canManageUsers,
  canReadOutbox,
  canReadWorkingGroup,
  canViewDashboards,
  navigationFor,
} from "@/lib/permissions";
import type { Role } from "@/lib/auth/session-user";

const user = (role: Role, organisationId: string | null = null, personId: string | null = null) => ({ id: `${role}-1`, role, organisationId, personId });

describe("user administration", () => {
  it("belongs to administrators only", () => {
    expect(canManageUsers(user("ADMIN"))).toBe(true);
    for (const role of ["MANAGER", "OFFICER", "WG_MEMBER"] as const) expect(canManageUsers(user(role))).toBe(false);
  });

  it("leaves sign-in security (second-factor policy, security events) to administrators only", () => {
    expect(canManageSignInSecurity(user("ADMIN"))).toBe(true);
    for (const role of ["MANAGER", "OFFICER", "WG_MEMBER"] as const) expect(canManageSignInSecurity(user(role))).toBe(false);
  });

  it("shows the mail outbox to administrators only", () => {
    expect(canReadOutbox(user("ADMIN"))).toBe(true);
    for (const role of ["MANAGER", "OFFICER", "WG_MEMBER"] as const) expect(canReadOutbox(user(role))).toBe(false);
  });

  it("never lets an administrator change their own access", () => {
    const admin = user("ADMIN");
    expect(canChangeUserAccess(admin, { id: "someone-else" })).toBe(true);
    expect(canChangeUserAccess(admin, { id: admin.id })).toBe(false);
  });
});

describe("agreements", () => {
  const agreement = { partyOrganisationIds: ["mod", "ndrc"] };

  it("administrators and officers may create; managers and members may not", () => {
    expect(canCreateAgreement(user("ADMIN"))).toBe(true);
    expect(canCreateAgreement(user("OFFICER", "mod"))).toBe(true);
    expect(canCreateAgreement(user("MANAGER"))).toBe(false);
    expect(canCreateAgreement(user("WG_MEMBER"))).toBe(false);
  });

  it("officers edit only agreements their organisation is party to", () => {
    expect(canEditAgreement(user("OFFICER", "mod"), agreement)).toBe(true);
    expect(canEditAgreement(user("OFFICER", "ndrc"), agreement)).toBe(true);
    expect(canEditAgreement(user("OFFICER", "mdec"), agreement)).toBe(false);
    expect(canEditAgreement(user("OFFICER", null), agreement)).toBe(false);
    expect(canEditAgreement(user("ADMIN"), agreement)).toBe(true);
    expect(canEditAgreement(user("MANAGER", "mod"), agreement)).toBe(false);
    expect(canEditAgreement(user("WG_MEMBER", "mod"), agreement)).toBe(false);
  });
});

describe("milestones", () => {
  const partyOrganisationIds = ["mod", "ndrc"];

  it("officers change milestones their organisation owns", () => {
    const milestone = { ownerOrganisationId: "mod", ownerSide: "MALAYSIA" as const, partyOrganisationIds };
    expect(canEditMilestone(user("OFFICER", "mod"), milestone)).toBe(true);
    expect(canEditMilestone(user("OFFICER", "ndrc"), milestone)).toBe(false);
    expect(canEditMilestone(user("MANAGER", "mod"), milestone)).toBe(false);
    expect(canEditMilestone(user("ADMIN"), milestone)).toBe(true);
  });

  it("a joint milestone may be changed by an officer of either party", () => {
    const milestone = { ownerOrganisationId: "mod", ownerSide: "JOINT" as const, partyOrganisationIds };
    expect(canEditMilestone(user("OFFICER", "ndrc"), milestone)).toBe(true);
    expect(canEditMilestone(user("OFFICER", "mdec"), milestone)).toBe(false);
  });
});

describe("working groups", () => {
  const group = { memberPersonIds: ["person-a"], partyOrganisationIds: ["mod", "ndrc"] };

  it("members, managers and administrators read a group; others do not", () => {
    expect(canReadWorkingGroup(user("WG_MEMBER", null, "person-a"), group)).toBe(true);
    expect(canReadWorkingGroup(user("WG_MEMBER", null, "person-b"), group)).toBe(false);
    expect(canReadWorkingGroup(user("WG_MEMBER", null, null), group)).toBe(false);
    expect(canReadWorkingGroup(user("MANAGER"), group)).toBe(true);
    expect(canReadWorkingGroup(user("ADMIN"), group)).toBe(true);
    expect(canListAllWorkingGroups(user("WG_MEMBER", null, "person-a"))).toBe(false);
  });

  it("officers of an organisation party to the agreement read its groups (they set them up); other officers do not", () => {
    expect(canReadWorkingGroup(user("OFFICER", "mod"), group)).toBe(true);
    expect(canReadWorkingGroup(user("OFFICER", "ndrc"), group)).toBe(true);
    expect(canReadWorkingGroup(user("OFFICER", "mdec"), group)).toBe(false);
    expect(canReadWorkingGroup(user("OFFICER", null), group)).toBe(false);
    // An officer who is also a member reads the group as a member, whatever their organisation.
    expect(canReadWorkingGroup(user("OFFICER", "mdec", "person-a"), group)).toBe(true);
    // Being of a party's organisation is not enough for the other roles.
    expect(canReadWorkingGroup(user("WG_MEMBER", "mod", "person-b"), group)).toBe(false);
    expect(canListAllWorkingGroups(user("OFFICER", "mod"))).toBe(false);
  });
});

describe("dashboards and navigation", () => {
  it("dashboards are for managers and administrators", () => {
    expect(canViewDashboards(user("MANAGER"))).toBe(true);
    expect(canViewDashboards(user("ADMIN"))).toBe(true);
    expect(canViewDashboards(user("OFFICER", "mod"))).toBe(false);
  });

  it("offers each role its own navigation", () => {
    expect(navigationFor("ADMIN")).toContain("users");
    for (const role of ["MANAGER", "OFFICER", "WG_MEMBER"] as const) expect(navigationFor(role)).not.toContain("users");
    // Officers find the groups they set up; their home stays their milestones.
    expect(navigationFor("OFFICER")).toContain("workingGroups");
    expect(navigationFor("OFFICER")[0]).toBe("milestones");
    expect(navigationFor("WG_MEMBER")[0]).toBe("actionItems");
    expect(navigationFor("MANAGER")[0]).toBe("dashboard");
    for (const role of ["MANAGER", "OFFICER", "WG_MEMBER"] as const) {
      expect(navigationFor(role)).not.toContain("organisations");
      expect(navigationFor(role)).not.toContain("people");
    }
  });
});
