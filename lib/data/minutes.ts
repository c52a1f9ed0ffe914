// The minutes approval as a meeting's page and PDF show it: the state, each side's approver, who
// agreed (name, title, side, date), what the reader may do, and every revision with what changed.
// Loaded with the meeting (getMeetingDetail), so it costs no query of its own.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { today } from "@/lib/dates";
import {
  currentRevision,
  designatedApprover,
  draftRevisionNumber,
  isLocked,
  isProvisional,
  latestResponses,
  mayCirculate,
  mayRespond,
  minutesSides,
  minutesState,
  type MinutesSide,
} from "@/lib/meetings/minutes-approval";
import { readMinutesContent } from "@/lib/meetings/minutes-content";
import { diffMinutes } from "@/lib/meetings/minutes-diff";
import { canApproveMinutesForSide, canCirculateMinutes, type GroupMembership } from "@/lib/permissions";

export const minutesRevisionSelect = {
  id: true,
  number: true,
  content: true,
  circulatedAt: true,
  agreedAt: true,
  supersededAt: true,
  responses: {
    orderBy: { createdAt: "asc" },
    select: { id: true, side: true, kind: true, comment: true, approverName: true, approverNameZh: true, approverTitleEn: true, approverTitleMs: true, approverTitleZh: true, createdAt: true },
  },
} as const;

type Member = GroupMembership & { id: string; side: MinutesSide; startsOn: Date | null; createdAt: Date; person: { id: string; name: string; nameZh: string | null } };
type Response = { id: string; side: MinutesSide; kind: "APPROVED" | "CHANGES_REQUESTED"; comment: string | null; approverName: string; approverNameZh: string | null; approverTitleEn: string | null; approverTitleMs: string | null; approverTitleZh: string | null; createdAt: Date };
type Revision = { id: string; number: number; content: unknown; circulatedAt: Date; agreedAt: Date | null; supersededAt: Date | null; responses: Response[] };

export function describeMinutes(
  user: SessionUser,
  meeting: {
    status: string;
    workingGroup: { members: Member[]; minutesApproverMalaysiaId: string | null; minutesApproverChinaId: string | null };
    minutesRevisions: Revision[];
  },
) {
  const { members, minutesApproverMalaysiaId, minutesApproverChinaId } = meeting.workingGroup;
  const revisions = meeting.minutesRevisions;
  const state = minutesState({ hasMinutes: meeting.status === "HELD", revisions });
  const current = currentRevision(revisions);
  const standing = current && current.supersededAt === null ? current : null;
  const designated = { MALAYSIA: minutesApproverMalaysiaId, CHINA: minutesApproverChinaId };
  const approvers = minutesSides.map((side) => {
    const approver = designatedApprover(members, designated[side], side, today());
    return { side, person: approver?.member.person ?? null, isDefault: approver?.isDefault ?? false };
  });
  const approverPersonIds = Object.fromEntries(approvers.map((approver) => [approver.side, approver.person?.id ?? null])) as Record<MinutesSide, string | null>;
  const latest = standing ? latestResponses(standing.responses) : {};
  const agreedAt = state === "AGREED" ? (standing?.agreedAt ?? null) : null;
  return {
    state,
    agreedAt,
    /** The revision the page is about: the standing one, or the draft's number. */
    revisionNumber: standing ? standing.number : draftRevisionNumber(revisions),
    approvers,
    /** Each side's latest answer to the standing revision (for "Agreed by …", "Waiting for …"). */
    answers: minutesSides.map((side) => ({ side, response: latest[side] ?? null })),
    mayCirculate: mayCirculate(state) && canCirculateMinutes(user, members),
    mayStartRevision: isLocked(state) && canCirculateMinutes(user, members),
    /** The sides this reader answers for, while the minutes wait for answers. */
    answersFor: mayRespond(state) ? minutesSides.filter((side) => canApproveMinutesForSide(user, approverPersonIds, side) && latest[side]?.kind !== "APPROVED") : [],
    mayRequestChangesFor: mayRespond(state) ? minutesSides.filter((side) => canApproveMinutesForSide(user, approverPersonIds, side)) : [],
    isProvisional: (recordedAt?: Date) => isProvisional({ state, agreedAt }, recordedAt),
    revisions: revisions
      .map((revision, index) => {
        const content = readMinutesContent(revision.content);
        const previous = index > 0 ? revisions[index - 1] : undefined;
        return { ...revision, content, changes: previous ? diffMinutes(readMinutesContent(previous.content), content) : null, previousNumber: previous?.number ?? null };
      })
      .reverse(),
  };
}

export type MinutesView = ReturnType<typeof describeMinutes>;

/** What a list needs of an item's meeting to say whether the item is provisional (no extra query per row). */
export const meetingMinutesStateSelect = {
  status: true,
  minutesRevisions: { orderBy: { number: "desc" }, take: 1, select: { number: true, supersededAt: true, agreedAt: true, responses: { select: { side: true, kind: true, createdAt: true } } } },
} as const;

type MeetingMinutesFacts = {
  status: string;
  minutesRevisions: { number: number; supersededAt: Date | null; agreedAt: Date | null; responses: { side: MinutesSide; kind: "APPROVED" | "CHANGES_REQUESTED"; createdAt: Date }[] }[];
};

/** An action item raised from a meeting is provisional until that meeting's minutes are agreed (and it is in them). */
export function isFromProvisionalMinutes(item: { createdAt: Date; meeting: MeetingMinutesFacts | null }): boolean {
  if (!item.meeting) return false;
  const revisions = item.meeting.minutesRevisions;
  const state = minutesState({ hasMinutes: item.meeting.status === "HELD", revisions });
  const agreedAt = state === "AGREED" ? (currentRevision(revisions)?.agreedAt ?? null) : null;
  return isProvisional({ state, agreedAt }, item.createdAt);
}
