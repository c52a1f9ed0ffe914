// What the minutes actions need to know about a meeting, loaded once per action: its minutes
// state (lib/meetings/minutes-approval.ts decides it), the current revision and each side's approver.
// Every minutes action then writes under the meeting's version, so what it read cannot have moved.
import "server-only";
import { db } from "@/lib/db";
import { today } from "@/lib/dates";
import type { TransactionClient } from "@/lib/prisma-client";
import { currentRevision, designatedApprover, minutesSides, minutesState, type MinutesSide } from "@/lib/meetings/minutes-approval";

const approverPerson = { select: { id: true, name: true, nameZh: true, titleEn: true, titleMs: true, titleZh: true } } as const;

export async function loadMinutesFacts(meetingId: string) {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      workingGroupId: true,
      titleEn: true,
      titleMs: true,
      titleZh: true,
      status: true,
      version: true,
      workingGroup: {
        select: {
          minutesApproverMalaysiaId: true,
          minutesApproverChinaId: true,
          members: { select: { id: true, personId: true, side: true, role: true, startsOn: true, endsOn: true, createdAt: true, person: approverPerson } },
        },
      },
      minutesRevisions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { id: true, number: true, supersededAt: true, agreedAt: true, responses: { select: { side: true, kind: true, createdAt: true } } },
      },
    },
  });
  if (!meeting) return null;
  const revisions = meeting.minutesRevisions;
  const { members, minutesApproverMalaysiaId, minutesApproverChinaId } = meeting.workingGroup;
  const designated = { MALAYSIA: minutesApproverMalaysiaId, CHINA: minutesApproverChinaId } as const;
  const approvers = Object.fromEntries(minutesSides.map((side) => [side, designatedApprover(members, designated[side], side, today())?.member ?? null])) as Record<
    MinutesSide,
    (typeof members)[number] | null
  >;
  return {
    meeting,
    state: minutesState({ hasMinutes: meeting.status === "HELD", revisions }),
    revision: currentRevision(revisions),
    approvers,
    approverPersonIds: { MALAYSIA: approvers.MALAYSIA?.personId ?? null, CHINA: approvers.CHINA?.personId ?? null },
  };
}

export type MinutesFacts = NonNullable<Awaited<ReturnType<typeof loadMinutesFacts>>>;

/** An edit (or a new revision started after agreement) withdraws the standing revision; it stays readable. */
export async function supersedeRevision(tx: TransactionClient, revisionId: string, userId: string): Promise<void> {
  await tx.minutesRevision.updateMany({ where: { id: revisionId, supersededAt: null }, data: { supersededAt: new Date(), supersededById: userId } });
}
