// Who is told what, as pure functions over records and the permission rules (unit-tested in
// tests/unit/notification-rules.test.ts). The actions load the candidates (lib/notifications/
// recipients.ts) and write what these return through notify(); nobody is ever told about a
// record lib/permissions.ts would not let them read.
import {
  canReadAgreements,
  canReadMilestone,
  canReadWorkingGroup,
  canReviewActionItem,
  type GroupMembership,
} from "@/lib/permissions";
import type { Role } from "@/lib/auth/session-user";

/** A user who might be told, with what the permission rules need to know about them. */
export type Candidate = { id: string; role: Role; organisationId: string | null; personId: string | null; isActive: boolean; name: string; email: string };

export type GroupForRules = { members: readonly GroupMembership[]; memberPersonIds: readonly string[]; partyOrganisationIds: readonly string[] };
export type Owners = { malaysiaOwnerId: string | null; chinaOwnerId: string | null };

/** Active users, never the person who made the change, each once, only those the `mayRead` rule lets read the record. */
export function finalRecipients(candidates: readonly Candidate[], actorId: string | null, mayRead: (candidate: Candidate) => boolean): string[] {
  const ids = new Set<string>();
  for (const candidate of candidates) {
    if (!candidate.isActive || candidate.id === actorId || !mayRead(candidate)) continue;
    ids.add(candidate.id);
  }
  return [...ids];
}

const actorOf = (candidate: Candidate) => ({ id: candidate.id, role: candidate.role, organisationId: candidate.organisationId, personId: candidate.personId });

export const mayReadGroup = (group: GroupForRules) => (candidate: Candidate) => canReadWorkingGroup(actorOf(candidate), group);
export const mayReadAgreement = (candidate: Candidate) => canReadAgreements(actorOf(candidate));
export const mayReadMilestone = (candidate: Candidate) => canReadMilestone(actorOf(candidate));

function ownerPersonIds(owners: Owners): string[] {
  return [owners.malaysiaOwnerId, owners.chinaOwnerId].filter((id): id is string => id !== null);
}

/** Each owner, on each side, who was not an owner before (everyone named on a new item). */
export function assignedRecipients(candidates: readonly Candidate[], before: Owners | null, after: Owners, group: GroupForRules, actorId: string | null): string[] {
  const previous = new Set(before ? ownerPersonIds(before) : []);
  const added = new Set(ownerPersonIds(after).filter((personId) => !previous.has(personId)));
  return finalRecipients(
    candidates.filter((candidate) => candidate.personId !== null && added.has(candidate.personId)),
    actorId,
    mayReadGroup(group),
  );
}

/** The item's owners (returned or accepted work goes back to them). */
export function ownerRecipients(candidates: readonly Candidate[], item: Owners, group: GroupForRules, actorId: string | null): string[] {
  const owners = new Set(ownerPersonIds(item));
  return finalRecipients(
    candidates.filter((candidate) => candidate.personId !== null && owners.has(candidate.personId)),
    actorId,
    mayReadGroup(group),
  );
}

/** Those who review the item: co-chairs and the secretariat of its group who do not own it. */
export function reviewerRecipients(candidates: readonly Candidate[], item: Owners, group: GroupForRules, actorId: string | null, today: Date): string[] {
  return finalRecipients(
    candidates.filter((candidate) => canReviewActionItem(actorOf(candidate), item, group.members, today)),
    actorId,
    mayReadGroup(group),
  );
}

/** A new comment: the item's owners and its reviewers. */
export function commentRecipients(candidates: readonly Candidate[], item: Owners, group: GroupForRules, actorId: string | null, today: Date): string[] {
  return [...new Set([...ownerRecipients(candidates, item, group, actorId), ...reviewerRecipients(candidates, item, group, actorId, today)])];
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type MentionMatch = { candidate: Candidate; start: number; end: number };

function mentionMatches(body: string, candidate: Candidate): MentionMatch[] {
  return [candidate.name, candidate.email].flatMap((handle) => {
    const trimmed = handle.trim();
    if (!trimmed) return [];
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}_])@${escapeRegExp(trimmed)}(?=$|[^\\p{L}\\p{N}_@-])`, "giu");
    return [...body.matchAll(pattern)].map((match) => {
      const start = match.index + (match[1]?.length ?? 0);
      return { candidate, start, end: start + 1 + trimmed.length };
    });
  });
}

/**
 * Users mentioned in a comment as `@Full Name` or `@email`, matched case-insensitively and only
 * where the mention ends (a space, punctuation or the end of the text follows), among those who
 * may read the group. Where two names start at the same @, the longer wins ("@Aminah Yusof" is
 * not also "@Aminah").
 */
export function mentionedRecipients(body: string, candidates: readonly Candidate[], group: GroupForRules, actorId: string | null): string[] {
  const matches = candidates.flatMap((candidate) => mentionMatches(body, candidate));
  const longest = matches.filter((match) => !matches.some((other) => other.start === match.start && other.end > match.end));
  return finalRecipients(
    longest.map((match) => match.candidate),
    actorId,
    mayReadGroup(group),
  );
}

/** Meetings and minutes: the group's current members. */
export function groupMemberRecipients(candidates: readonly Candidate[], group: GroupForRules, actorId: string | null, today: Date): string[] {
  const current = new Set(group.members.filter((member) => !member.endsOn || member.endsOn >= today).map((member) => member.personId));
  return finalRecipients(
    candidates.filter((candidate) => candidate.personId !== null && current.has(candidate.personId)),
    actorId,
    mayReadGroup(group),
  );
}

/** Progress reports that ask for attention. */
export function isWorryingProgress(status: string): boolean {
  return status === "AT_RISK" || status === "OFF_TRACK";
}

/** The coordinators of an agreement's parties: the officers of its party organisations. */
export function partyOfficerRecipients(candidates: readonly Candidate[], partyOrganisationIds: readonly string[], actorId: string | null, mayRead: (candidate: Candidate) => boolean): string[] {
  return finalRecipients(
    candidates.filter((candidate) => candidate.role === "OFFICER" && candidate.organisationId !== null && partyOrganisationIds.includes(candidate.organisationId)),
    actorId,
    mayRead,
  );
}

/** An agreement's status changed: the officers of its parties and the managers. */
export function agreementStatusRecipients(candidates: readonly Candidate[], partyOrganisationIds: readonly string[], actorId: string | null): string[] {
  const officers = partyOfficerRecipients(candidates, partyOrganisationIds, actorId, mayReadAgreement);
  const managers = finalRecipients(
    candidates.filter((candidate) => candidate.role === "MANAGER"),
    actorId,
    mayReadAgreement,
  );
  return [...new Set([...officers, ...managers])];
}

/** How a meeting change is announced in its invitation: SEQUENCE grows with every change of the row. */
export function meetingInvitation(meeting: { version: number; status: string }): { method: "REQUEST" | "CANCEL"; sequence: number } {
  return { method: meeting.status === "CANCELLED" ? "CANCEL" : "REQUEST", sequence: Math.max(0, meeting.version - 1) };
}
