// The life of an action item: who may move it from one status to another, and when a reason is
// required. Pure, so the rules are unit-tested apart from the database (tests/unit/action-item-status.test.ts).
export const actionItemStatuses = ["OPEN", "IN_PROGRESS", "SUBMITTED", "ACCEPTED", "RETURNED", "CLOSED", "BLOCKED", "CANCELLED"] as const;
export type ActionItemStatus = (typeof actionItemStatuses)[number];

/** Statuses in which work is still outstanding: these are overdue after their due date and carried over. */
export const openStatuses = ["OPEN", "IN_PROGRESS", "SUBMITTED", "RETURNED", "BLOCKED"] as const satisfies readonly ActionItemStatus[];

export function isOpenStatus(status: ActionItemStatus): boolean {
  return (openStatuses as readonly string[]).includes(status);
}

/** Closed and cancelled items are the record of what was done: their details are no longer corrected. */
export const editableStatuses = ["OPEN", "IN_PROGRESS", "SUBMITTED", "ACCEPTED", "RETURNED", "BLOCKED"] as const satisfies readonly ActionItemStatus[];

export function isEditableStatus(status: ActionItemStatus): boolean {
  return (editableStatuses as readonly string[]).includes(status);
}

/**
 * Submitted or accepted work is being reviewed: its owners stay who they were. Otherwise a
 * coordinator could hand their own submission to someone else and then accept it as reviewer.
 */
export const ownersFrozenStatuses = ["SUBMITTED", "ACCEPTED"] as const satisfies readonly ActionItemStatus[];

export function areOwnersFrozen(status: ActionItemStatus): boolean {
  return (ownersFrozenStatuses as readonly string[]).includes(status);
}

/**
 * owner: a person named as the Malaysian or Chinese owner.
 * reviewer: a co-chair or the secretariat of the group who does not own the item.
 * coordinator: a co-chair or the secretariat of the group, or an administrator.
 */
export type TransitionActor = "owner" | "reviewer" | "coordinator";

type Transition = { from: ActionItemStatus; to: ActionItemStatus; by: readonly TransitionActor[]; requiresReason: boolean };

const transitions: readonly Transition[] = [
  { from: "OPEN", to: "IN_PROGRESS", by: ["owner"], requiresReason: false },
  { from: "IN_PROGRESS", to: "SUBMITTED", by: ["owner"], requiresReason: false },
  { from: "RETURNED", to: "IN_PROGRESS", by: ["owner"], requiresReason: false },
  { from: "RETURNED", to: "SUBMITTED", by: ["owner"], requiresReason: false },
  { from: "SUBMITTED", to: "ACCEPTED", by: ["reviewer"], requiresReason: false },
  { from: "SUBMITTED", to: "RETURNED", by: ["reviewer"], requiresReason: true },
  { from: "ACCEPTED", to: "CLOSED", by: ["reviewer"], requiresReason: false },
  { from: "BLOCKED", to: "IN_PROGRESS", by: ["owner", "coordinator"], requiresReason: false },
  ...(["OPEN", "IN_PROGRESS", "RETURNED"] as const).map((from) => ({ from, to: "BLOCKED" as const, by: ["owner", "coordinator"] as const, requiresReason: true })),
  ...(["OPEN", "IN_PROGRESS", "SUBMITTED", "RETURNED", "BLOCKED"] as const).map((from) => ({
    from,
    to: "CANCELLED" as const,
    by: ["coordinator"] as const,
    requiresReason: true,
  })),
];

export type ActorRoles = { isOwner: boolean; isReviewer: boolean; isCoordinator: boolean };

function actsAs(roles: ActorRoles, actor: TransitionActor): boolean {
  if (actor === "owner") return roles.isOwner;
  if (actor === "reviewer") return roles.isReviewer && !roles.isOwner;
  return roles.isCoordinator;
}

/** The statuses this person may move the item to now, in the order the interface offers them. */
export function allowedTransitions(from: ActionItemStatus, roles: ActorRoles): ActionItemStatus[] {
  return transitions.filter((transition) => transition.from === from && transition.by.some((actor) => actsAs(roles, actor))).map((transition) => transition.to);
}

export function requiresReason(from: ActionItemStatus, to: ActionItemStatus): boolean {
  return transitions.some((transition) => transition.from === from && transition.to === to && transition.requiresReason);
}

export type TransitionCheck = { ok: true } | { ok: false; error: "illegalTransition" | "notYourTransition" | "reasonRequired" };

/** Whether the move is legal at all, allowed to this person, and has its reason. */
export function checkTransition(from: ActionItemStatus, to: ActionItemStatus, roles: ActorRoles, reason: string | null): TransitionCheck {
  const transition = transitions.find((candidate) => candidate.from === from && candidate.to === to);
  if (!transition) return { ok: false, error: "illegalTransition" };
  if (!transition.by.some((actor) => actsAs(roles, actor))) return { ok: false, error: "notYourTransition" };
  if (transition.requiresReason && !reason?.trim()) return { ok: false, error: "reasonRequired" };
  return { ok: true };
}

/** Owner side follows from who owns the item, so the two can never disagree. */
export function ownerSideFor(malaysiaOwnerId: string | null, chinaOwnerId: string | null): "MALAYSIA" | "CHINA" | "JOINT" | null {
  if (malaysiaOwnerId && chinaOwnerId) return "JOINT";
  if (malaysiaOwnerId) return "MALAYSIA";
  if (chinaOwnerId) return "CHINA";
  return null;
}
