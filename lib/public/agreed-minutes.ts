// The decisions of a published agreement's working-group meetings that were marked public and
// whose minutes both sides have agreed (the current revision is agreed: a revision started after
// agreement takes them off until it is agreed again). Decision texts and the meeting's date only:
// never attendees' or approvers' names.
import type { DbClient } from "@/lib/prisma-client";

export interface PublicDecision {
  meetingOn: Date;
  textEn: string;
  textMs: string | null;
  textZh: string | null;
}

/** At most this many, newest meetings first. */
export const publicDecisionLimit = 50;

export async function publicDecisionsOfAgreedMinutes(input: { db: DbClient; agreementId: string }): Promise<PublicDecision[]> {
  const rows = await input.db.decision.findMany({
    where: {
      isPublic: true,
      meeting: {
        workingGroup: { agreementId: input.agreementId },
        status: { not: "CANCELLED" },
        minutesRevisions: { some: { agreedAt: { not: null }, supersededAt: null } },
      },
    },
    orderBy: [{ meeting: { startsAt: "desc" } }, { order: "asc" }],
    take: publicDecisionLimit,
    select: { textEn: true, textMs: true, textZh: true, meeting: { select: { startsAt: true } } },
  });
  return rows.map(({ meeting, ...text }) => ({ meetingOn: meeting.startsAt, ...text }));
}
