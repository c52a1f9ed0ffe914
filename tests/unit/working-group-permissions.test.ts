import { describe, expect, it } from "vitest";
import { canCommentInWorkingGroup, canCoordinateWorkingGroup, canManageWorkingGroup, canReviewActionItem, isActionItemOwner, type GroupMembership } from "@/lib/permissions";

const actor = (overrides: { role?: "ADMIN" | "MANAGER" | "OFFICER" | "WG_MEMBER"; personId?: string | null; organisationId?: string | null } = {}) => ({
  id: "u",
  role: overrides.role ?? "WG_MEMBER",
  organisationId: overrides.organisationId ?? null,
  personId: overrides.personId === undefined ? "p-secretariat" : overrides.personId,
});

const today = new Date("2026-03-01T00:00:00Z");
const members: GroupMembership[] = [
  { personId: "p-secretariat", role: "SECRETARIAT", endsOn: null },
  { personId: "p-chair", role: "CO_CHAIR", endsOn: null },
  { personId: "p-member", role: "MEMBER", endsOn: null },
  { personId: "p-former", role: "CO_CHAIR", endsOn: new Date("2026-02-01T00:00:00Z") },
];

describe("working group rules", () => {
  it("lets administrators and officers of a party set groups up", () => {
    expect(canManageWorkingGroup(actor({ role: "ADMIN" }), { partyOrganisationIds: [] })).toBe(true);
    expect(canManageWorkingGroup(actor({ role: "OFFICER", organisationId: "mod" }), { partyOrganisationIds: ["mod"] })).toBe(true);
    expect(canManageWorkingGroup(actor({ role: "OFFICER", organisationId: "other" }), { partyOrganisationIds: ["mod"] })).toBe(false);
    expect(canManageWorkingGroup(actor({ role: "MANAGER", organisationId: "mod" }), { partyOrganisationIds: ["mod"] })).toBe(false);
  });

  it("lets co-chairs, the secretariat and administrators coordinate; not members, managers or former members", () => {
    expect(canCoordinateWorkingGroup(actor(), members, today)).toBe(true);
    expect(canCoordinateWorkingGroup(actor({ personId: "p-chair" }), members, today)).toBe(true);
    expect(canCoordinateWorkingGroup(actor({ role: "ADMIN", personId: null }), members, today)).toBe(true);
    expect(canCoordinateWorkingGroup(actor({ personId: "p-member" }), members, today)).toBe(false);
    expect(canCoordinateWorkingGroup(actor({ role: "MANAGER", personId: null }), members, today)).toBe(false);
    expect(canCoordinateWorkingGroup(actor({ personId: "p-former" }), members, today)).toBe(false);
  });

  it("lets current members comment, not managers", () => {
    expect(canCommentInWorkingGroup(actor({ personId: "p-member" }), members, today)).toBe(true);
    expect(canCommentInWorkingGroup(actor({ role: "MANAGER", personId: null }), members, today)).toBe(false);
    expect(canCommentInWorkingGroup(actor({ personId: "p-stranger" }), members, today)).toBe(false);
  });

  it("makes co-chairs and the secretariat reviewers of items they do not own", () => {
    const item = { malaysiaOwnerId: "p-member", chinaOwnerId: null };
    expect(canReviewActionItem(actor({ personId: "p-chair" }), item, members, today)).toBe(true);
    expect(canReviewActionItem(actor({ personId: "p-member" }), item, members, today)).toBe(false);
    expect(canReviewActionItem(actor(), { malaysiaOwnerId: "p-secretariat", chinaOwnerId: null }, members, today)).toBe(false);
    expect(canReviewActionItem(actor({ role: "ADMIN", personId: null }), item, members, today)).toBe(false);
    expect(isActionItemOwner(actor({ personId: "p-x" }), { malaysiaOwnerId: null, chinaOwnerId: "p-x" })).toBe(true);
    expect(isActionItemOwner(actor({ personId: null }), { malaysiaOwnerId: null, chinaOwnerId: null })).toBe(false);
  });
});
