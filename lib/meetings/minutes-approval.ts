// Agreed minutes: the one definition of a meeting's minutes state and of who approves them.
// Pure functions over the records (unit-tested in tests/unit/minutes-approval.test.ts); the
// actions (lib/actions/minutes.ts), pages and PDF all ask these.
//
//   none ──record──▶ draft ──circulate──▶ circulated ──both sides approve──▶ agreed (locked)
//                     ▲                      │  ▲                                  │
//                     │                      ▼  │ a side approves after all          │
//                     │               changes requested                          │
//                     └──── an edit (circulated / changes requested) ◀───────────┘ start a new revision
import { isoDay } from "@/lib/dates";

export const minutesSides = ["MALAYSIA", "CHINA"] as const;
export type MinutesSide = (typeof minutesSides)[number];

export const minutesStates = ["NONE", "DRAFT", "CIRCULATED", "CHANGES_REQUESTED", "AGREED"] as const;
export type MinutesState = (typeof minutesStates)[number];

export type MinutesResponseKind = "APPROVED" | "CHANGES_REQUESTED";
export type MinutesResponseFacts = { side: MinutesSide; kind: MinutesResponseKind; createdAt: Date };
export type MinutesRevisionFacts = { number: number; supersededAt: Date | null; responses: readonly MinutesResponseFacts[] };

/** Each side's latest answer to a revision: a side may answer again (e.g. approve after its change was discussed). */
export function latestResponses<R extends MinutesResponseFacts>(responses: readonly R[]): Partial<Record<MinutesSide, R>> {
  const latest: Partial<Record<MinutesSide, R>> = {};
  for (const response of responses) {
    const current = latest[response.side];
    if (!current || response.createdAt >= current.createdAt) latest[response.side] = response;
  }
  return latest;
}

/** Both sides' latest answers are approvals: the revision is agreed. One side alone never is. */
export function isAgreedByBothSides(responses: readonly MinutesResponseFacts[]): boolean {
  const latest = latestResponses(responses);
  return minutesSides.every((side) => latest[side]?.kind === "APPROVED");
}

/** The sides whose approval the revision still waits for. */
export function sidesStillToApprove(responses: readonly MinutesResponseFacts[]): MinutesSide[] {
  const latest = latestResponses(responses);
  return minutesSides.filter((side) => latest[side]?.kind !== "APPROVED");
}

/** The newest revision (by number), or null. */
export function currentRevision<R extends { number: number }>(revisions: readonly R[]): R | null {
  return revisions.reduce<R | null>((newest, revision) => (!newest || revision.number > newest.number ? revision : newest), null);
}

/**
 * The state of a meeting's minutes. `hasMinutes`: the meeting was recorded as held (minutes exist
 * to circulate). The newest revision decides while it stands; once superseded by an edit, the
 * minutes are a draft again (the next revision).
 */
export function minutesState(facts: { hasMinutes: boolean; revisions: readonly MinutesRevisionFacts[] }): MinutesState {
  const revision = currentRevision(facts.revisions);
  if (revision && revision.supersededAt === null) {
    if (isAgreedByBothSides(revision.responses)) return "AGREED";
    const latest = latestResponses(revision.responses);
    if (minutesSides.some((side) => latest[side]?.kind === "CHANGES_REQUESTED")) return "CHANGES_REQUESTED";
    return "CIRCULATED";
  }
  return facts.hasMinutes ? "DRAFT" : "NONE";
}

/** The number the draft (or the next circulation) carries. */
export function draftRevisionNumber(revisions: readonly { number: number; supersededAt: Date | null }[]): number {
  const revision = currentRevision(revisions);
  if (!revision) return 1;
  return revision.supersededAt === null ? revision.number : revision.number + 1;
}

/** Only a draft is circulated. */
export const mayCirculate = (state: MinutesState) => state === "DRAFT";

/** Approvers answer a circulated revision until it is agreed. */
export const mayRespond = (state: MinutesState) => state === "CIRCULATED" || state === "CHANGES_REQUESTED";

/** Agreed minutes are locked: a change needs a new revision started first. */
export const isLocked = (state: MinutesState) => state === "AGREED";

/** Editing circulated minutes withdraws that revision: the edit becomes the next revision's draft. */
export const editSupersedesRevision = (state: MinutesState) => state === "CIRCULATED" || state === "CHANGES_REQUESTED";

/**
 * Decisions and action items recorded in the minutes are provisional until the minutes are
 * agreed; an action item raised from the meeting after the agreement is not part of the agreed
 * minutes, so it stays provisional too.
 */
export function isProvisional(minutes: { state: MinutesState; agreedAt: Date | null }, recordedAt?: Date): boolean {
  if (minutes.state !== "AGREED" || minutes.agreedAt === null) return true;
  return recordedAt !== undefined && recordedAt > minutes.agreedAt;
}

export type ApproverCandidate = { id: string; personId: string; side: MinutesSide | "MALAYSIA" | "CHINA"; role: "CO_CHAIR" | "MEMBER" | "SECRETARIAT"; endsOn: Date | null; startsOn?: Date | null; createdAt?: Date };

function isCurrent(member: { endsOn: Date | null }, today: Date): boolean {
  return !member.endsOn || isoDay(member.endsOn) >= isoDay(today);
}

/**
 * A side's designated approver: the member the group names for that side while their membership
 * lasts, else the side's co-chair (the longest-serving current one), else nobody.
 */
export function designatedApprover<M extends ApproverCandidate>(members: readonly M[], designatedMemberId: string | null, side: MinutesSide, today: Date): { member: M; isDefault: boolean } | null {
  const current = members.filter((member) => member.side === side && isCurrent(member, today));
  const chosen = designatedMemberId ? current.find((member) => member.id === designatedMemberId) : undefined;
  if (chosen) return { member: chosen, isDefault: false };
  const coChairs = current
    .filter((member) => member.role === "CO_CHAIR")
    .sort((a, b) => (a.startsOn?.getTime() ?? 0) - (b.startsOn?.getTime() ?? 0) || (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0) || a.id.localeCompare(b.id));
  const coChair = coChairs[0];
  return coChair ? { member: coChair, isDefault: true } : null;
}

/** Each side's approver's person id (null where the side has none), as lib/permissions.ts needs it. */
export function approverPersonIds(
  members: readonly ApproverCandidate[],
  designated: { MALAYSIA: string | null; CHINA: string | null },
  today: Date,
): Record<MinutesSide, string | null> {
  return {
    MALAYSIA: designatedApprover(members, designated.MALAYSIA, "MALAYSIA", today)?.member.personId ?? null,
    CHINA: designatedApprover(members, designated.CHINA, "CHINA", today)?.member.personId ?? null,
  };
}
