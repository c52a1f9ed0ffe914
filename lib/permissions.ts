// Who may read and change what: one place, pure functions, unit-tested
// (tests/unit/permissions.test.ts). Data functions and actions call these; pages use them only
// to decide what to show.
import type { Role, SessionUser, Side } from "@/lib/auth/session-user";
import { isoDay, today as appToday } from "@/lib/dates";

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

/** The Outbox shows every mail the system queued, to anyone: administrators only. */
export function canReadOutbox(user: Actor): boolean {
  return isAdmin(user);
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

/**
 * An officer records only instruments their own organisation is party to (so they can keep
 * maintaining what they record); administrators record any.
 */
export function canRecordAgreementWithParties(user: Actor, partyOrganisationIds: readonly string[]): boolean {
  if (isAdmin(user)) return true;
  return canCreateAgreement(user) && canEditAgreement(user, { partyOrganisationIds });
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

/** Milestones and their progress are shared between the two governments: every signed-in role reads them. */
export function canReadMilestone(user: Actor): boolean {
  return Boolean(user.role);
}

/** Bulk import of milestones or progress: officers (checked row by row with canEditMilestone) and administrators. */
export function canImportMilestones(user: Actor): boolean {
  return isAdmin(user) || (user.role === "OFFICER" && user.organisationId !== null);
}

/** Whose milestones the home page lists: an officer's own; managers and administrators see all. */
export function canListAllMilestones(user: Actor): boolean {
  return isAdmin(user) || user.role === "MANAGER";
}

// --- Working groups -----------------------------------------------------------------------

/**
 * Members of a group, managers (read-only) and administrators see its meetings and items; so do
 * those who set it up — officers of an organisation party to its agreement — or they could not
 * open the group they just made. Reading gives them no part in the group's work: coordinating,
 * commenting and reviewing stay with its members.
 */
export function canReadWorkingGroup(user: Actor, group: { memberPersonIds: readonly string[]; partyOrganisationIds: readonly string[] }): boolean {
  if (isAdmin(user) || user.role === "MANAGER") return true;
  if (user.personId !== null && group.memberPersonIds.includes(user.personId)) return true;
  return canManageWorkingGroup(user, group);
}

export function canListAllWorkingGroups(user: Actor): boolean {
  return isAdmin(user) || user.role === "MANAGER";
}

// --- Working groups: meetings and action items (helper "groups") ------------------------------

/** A membership as the rules below need it; ended memberships no longer give any right. */
export type GroupMembership = { personId: string; role: "CO_CHAIR" | "MEMBER" | "SECRETARIAT"; endsOn: Date | null };

function activeMembership(user: Actor, members: readonly GroupMembership[], today: Date): GroupMembership | undefined {
  if (!user.personId) return undefined;
  const day = isoDay(today);
  return members.find((member) => member.personId === user.personId && (!member.endsOn || isoDay(member.endsOn) >= day));
}

/** Administrators, and officers of an organisation party to the agreement, set groups up. */
export function canManageWorkingGroup(user: Actor, agreement: { partyOrganisationIds: readonly string[] }): boolean {
  if (isAdmin(user)) return true;
  return user.role === "OFFICER" && user.organisationId !== null && agreement.partyOrganisationIds.includes(user.organisationId);
}

/** Co-chairs and the secretariat (and administrators) schedule meetings, record minutes and raise action items. */
export function canCoordinateWorkingGroup(user: Actor, members: readonly GroupMembership[], today = appToday()): boolean {
  if (isAdmin(user)) return true;
  const membership = activeMembership(user, members, today);
  return membership !== undefined && membership.role !== "MEMBER";
}

/** Current members (and administrators) comment on the group's action items. */
export function canCommentInWorkingGroup(user: Actor, members: readonly GroupMembership[], today = appToday()): boolean {
  return isAdmin(user) || activeMembership(user, members, today) !== undefined;
}

export function isActionItemOwner(user: Actor, item: { malaysiaOwnerId: string | null; chinaOwnerId: string | null }): boolean {
  return user.personId !== null && (item.malaysiaOwnerId === user.personId || item.chinaOwnerId === user.personId);
}

/** Reviewers: a co-chair or the secretariat of the item's group who does not own the item. */
export function canReviewActionItem(
  user: Actor,
  item: { malaysiaOwnerId: string | null; chinaOwnerId: string | null },
  members: readonly GroupMembership[],
  today = appToday(),
): boolean {
  const membership = activeMembership(user, members, today);
  return membership !== undefined && membership.role !== "MEMBER" && !isActionItemOwner(user, item);
}

// --- Progress confirmed by both sides (helper "joint") --------------------------------------

/** What decides which side a user may answer for on a joint milestone. */
export type JointProgressContext = {
  ownerSide: "MALAYSIA" | "CHINA" | "JOINT";
  partyOrganisationIds: readonly string[];
  /** Memberships of the working groups of the milestone's agreement (those of the user's person suffice). */
  memberships: readonly { personId: string; side: Side; endsOn: Date | null }[];
};

/**
 * The sides a user answers for on a joint milestone: an officer of an organisation party to its
 * agreement, for their organisation's side; a current member of one of the agreement's working
 * groups (officer or working-group member), for the side they sit on. Administrators and managers
 * answer for no side: a confirmation is one government's word.
 */
export function jointProgressSides(user: Actor & { side: Side | null }, milestone: JointProgressContext, today = appToday()): Side[] {
  if (milestone.ownerSide !== "JOINT") return [];
  if (user.role !== "OFFICER" && user.role !== "WG_MEMBER") return [];
  const sides = new Set<Side>();
  if (user.role === "OFFICER" && user.side !== null && user.organisationId !== null && milestone.partyOrganisationIds.includes(user.organisationId)) sides.add(user.side);
  const day = isoDay(today);
  for (const membership of milestone.memberships) {
    if (membership.personId === user.personId && (!membership.endsOn || isoDay(membership.endsOn) >= day)) sides.add(membership.side);
  }
  return [...sides];
}

/** Confirm or dispute a report on a joint milestone: only for the side that did not make it (nobody confirms their own side's update). */
export function canAnswerJointProgress(user: Actor & { side: Side | null }, update: JointProgressContext & { reportedSide: Side | null }, today = appToday()): boolean {
  return jointProgressSides(user, update, today).some((side) => update.reportedSide === null || update.reportedSide !== side);
}

/** The "To confirm" queue is for those who may answer for a side: officers and working-group members. */
export function canUseConfirmationQueue(user: Actor): boolean {
  return user.role === "OFFICER" || user.role === "WG_MEMBER";
}

// --- Agreed minutes (helper "minutes") ---------------------------------------------------------

/** Those who record the minutes (co-chairs, the secretariat, administrators) circulate them and start a new revision. */
export function canCirculateMinutes(user: Actor, members: readonly GroupMembership[], today = appToday()): boolean {
  return canCoordinateWorkingGroup(user, members, today);
}

/** Which decisions the public may read (once agreed): the same people who record and circulate the minutes decide. */
export function canMarkDecisionPublic(user: Actor, members: readonly GroupMembership[], today = appToday()): boolean {
  return canCoordinateWorkingGroup(user, members, today);
}

/**
 * Only a side's designated approver (lib/meetings/minutes-approval.ts: the group's choice, else the
 * side's co-chair) approves or asks for changes for that side — not an administrator, not the other side.
 */
export function canApproveMinutesForSide(user: Actor, approvers: Readonly<Record<"MALAYSIA" | "CHINA", string | null>>, side: "MALAYSIA" | "CHINA"): boolean {
  const approver = approvers[side];
  // A side without an approver has nobody answering for it, not everyone without a person.
  return approver !== null && approver === user.personId;
}

/** Who approves for each side is a setting of the group: those who set the group up change it. */
export function canChooseMinutesApprovers(user: Actor, agreement: { partyOrganisationIds: readonly string[] }): boolean {
  return canManageWorkingGroup(user, agreement);
}

// --- Dashboards ---------------------------------------------------------------------------

export function canViewDashboards(user: Actor): boolean {
  return isAdmin(user) || user.role === "MANAGER";
}

// --- Navigation ---------------------------------------------------------------------------

export type NavigationItem =
  | "dashboard"
  | "milestones"
  | "agreements"
  | "workingGroups"
  | "actionItems"
  | "calendar"
  | "users"
  | "organisations"
  | "people"
  | "outbox"
  | "toConfirm"
  | "webhooks";

/** What the signed-in shell offers each role, home page first. Each entry is also enforced where it leads. */
export function navigationFor(role: Role): NavigationItem[] {
  switch (role) {
    case "ADMIN":
      return ["dashboard", "agreements", "milestones", "workingGroups", "actionItems", "users", "organisations", "people", "outbox", "webhooks"];
    case "MANAGER":
      return ["dashboard", "agreements", "milestones", "workingGroups", "actionItems"];
    case "OFFICER":
      return ["milestones", "agreements", "workingGroups", "toConfirm"];
    case "WG_MEMBER":
      return ["actionItems", "workingGroups", "calendar", "agreements", "toConfirm"];
  }
}

// --- Sign-in security ---------------------------------------------------------------------

/** Which roles need a second factor, and the security events of every account: administrators only. */
export function canManageSignInSecurity(user: Actor): boolean {
  return isAdmin(user);
}

// --- Authentic texts and entry into force (helper "texts") ----------------------------------

type PartyOnSide = { organisationId: string; side: "MALAYSIA" | "CHINA" };

function isOfficerOfSide(user: Actor, parties: readonly PartyOnSide[], side: "MALAYSIA" | "CHINA"): boolean {
  // A user of no organisation matches no party, so no separate null check is needed.
  return user.role === "OFFICER" && parties.some((party) => party.side === side && party.organisationId === user.organisationId);
}

/** The language texts and their clauses, the prevailing text and the entry-into-force rule: whoever edits the agreement. */
export function canEditAgreementTexts(user: Actor, agreement: { partyOrganisationIds: readonly string[] }): boolean {
  return canEditAgreement(user, agreement);
}

/**
 * A side signs a translation off as agreed through an officer of its own party organisation:
 * the sign-off speaks for that government, so neither an administrator (who belongs to no side)
 * nor a manager (who reads) gives it, and nobody signs off for the other side.
 */
export function canSignOffTranslation(user: Actor, agreement: { parties: readonly PartyOnSide[] }, side: "MALAYSIA" | "CHINA"): boolean {
  return isOfficerOfSide(user, agreement.parties, side);
}

/**
 * A side's domestic steps (cabinet approval, its diplomatic note) are recorded by officers of its
 * own party organisation, and by administrators who keep the record; never by the other side.
 */
export function canRecordDomesticStep(user: Actor, agreement: { parties: readonly PartyOnSide[] }, side: "MALAYSIA" | "CHINA"): boolean {
  return isAdmin(user) || isOfficerOfSide(user, agreement.parties, side);
}

// --- API tokens and webhooks ------------------------------------------------------------------

/** Every signed-in user may hold personal access tokens: the API does only what they may do. */
export function canManageOwnApiTokens(user: Actor): boolean {
  return Boolean(user.role);
}

/** Webhooks send every subscribed event of the whole system to a receiver: administrators only. */
export function canManageWebhooks(user: Actor): boolean {
  return isAdmin(user);
}

// --- Open data, public pages and single sign-on -------------------------------------------

/** The IATI activity file describes signed work to the world: administrators and managers export it. */
export function canExportOpenData(user: Actor): boolean {
  return isAdmin(user) || user.role === "MANAGER";
}

/** Making an agreement's summary public (and taking it down) is an administrator's decision. */
export function canPublishAgreements(user: Actor): boolean {
  return isAdmin(user);
}

/** The IATI organisation prefix, the security contact and SSO self-registration: administrators. */
export function canManageOpenSettings(user: Actor): boolean {
  return isAdmin(user);
}
