// Who may read and change what: one place, pure functions, unit-tested
// (tests/unit/permissions.test.ts). Data functions and actions call these; pages use them only
// to decide what to show.
import type { Role, SessionUser } from "@/lib/auth/session-user";

type Actor = Pick<SessionUser, "id" | "role" | "organisationId" | "personId">;

const isAdmin = (user: Actor) => user.role === "ADMIN";

// --- Users and reference data -------------------------------------------------------------

export function canManageUsers(user: Actor): boolean {
  return isAdmin(user);
}

export function canManageReferenceData(user: Actor): boolean {
  return isAdmin(user);
}

/** An administrator may not demote or disable themself (the system would lose its last admin). */
export function canChangeUserAccess(user: Actor, target: { id: string }): boolean {
  return isAdmin(user) && user.id !== target.id;
}

// --- Agreements ---------------------------------------------------------------------------

/** Agreements are shared knowledge between the two governments: every signed-in role reads them. */
export function canReadAgreements(user: Actor): boolean {
  return Boolean(user.role);
}

export function canCreateAgreement(user: Actor): boolean {
  return isAdmin(user) || user.role === "OFFICER";
}

/** Officers change only agreements their organisation is party to. */
export function canEditAgreement(user: Actor, agreement: { partyOrganisationIds: readonly string[] }): boolean {
  if (isAdmin(user)) return true;
  return user.role === "OFFICER" && user.organisationId !== null && agreement.partyOrganisationIds.includes(user.organisationId);
}

// --- Milestones and progress ----------------------------------------------------------------

/**
 * Officers change milestones their organisation owns; a joint milestone may be changed by an
 * officer of any organisation that is party to its agreement.
 */
export function canEditMilestone(
  user: Actor,
  milestone: { ownerOrganisationId: string; ownerSide: "MALAYSIA" | "CHINA" | "JOINT"; partyOrganisationIds: readonly string[] },
): boolean {
  if (isAdmin(user)) return true;
  if (user.role !== "OFFICER" || !user.organisationId) return false;
  if (milestone.ownerOrganisationId === user.organisationId) return true;
  return milestone.ownerSide === "JOINT" && milestone.partyOrganisationIds.includes(user.organisationId);
}

// --- Working groups -----------------------------------------------------------------------

/** Members of a group, managers (read-only) and administrators see its meetings and items. */
export function canReadWorkingGroup(user: Actor, group: { memberPersonIds: readonly string[] }): boolean {
  if (isAdmin(user) || user.role === "MANAGER") return true;
  return user.personId !== null && group.memberPersonIds.includes(user.personId);
}

export function canListAllWorkingGroups(user: Actor): boolean {
  return isAdmin(user) || user.role === "MANAGER";
}

// --- Dashboards ---------------------------------------------------------------------------

export function canViewDashboards(user: Actor): boolean {
  return isAdmin(user) || user.role === "MANAGER";
}

// --- Navigation ---------------------------------------------------------------------------

export type NavigationItem = "agreements" | "workingGroups" | "users";

/** What the signed-in shell offers each role. Each entry is also enforced where it leads. */
export function navigationFor(role: Role): NavigationItem[] {
  switch (role) {
    case "ADMIN":
      return ["agreements", "workingGroups", "users"];
    case "MANAGER":
      return ["agreements", "workingGroups"];
    case "WG_MEMBER":
      return ["workingGroups", "agreements"];
    case "OFFICER":
      return ["agreements"];
  }
}
