// EXAMPLE (isExample true): the minutes of the 1st meeting of the Joint Working Group on Digital
// Economy, circulated a few days after the meeting and agreed by both co-chairs — each side's
// approver by default (the group names no other). The 2nd meeting's minutes stay a draft.
import type { TransactionClient } from "../../lib/prisma-client";
import { loadMinutesContent } from "../../lib/meetings/minutes-content";
import { addDays } from "./dates";
import { examplePeople, type ExamplePersonKey } from "./example-people";
import type { DemoUserKey } from "./users";

const MEETING_ID = "seed_meeting_01";
const REVISION_ID = "seed_minutes_01_revision_1";

const approvals: { id: string; person: ExamplePersonKey; side: "MALAYSIA" | "CHINA"; user: DemoUserKey | null; daysAfter: number }[] = [
  { id: "seed_minutes_01_approval_my", person: "myCoChair", side: "MALAYSIA", user: null, daysAfter: 6 },
  { id: "seed_minutes_01_approval_cn", person: "cnCoChair", side: "CHINA", user: "memberCn", daysAfter: 8 },
];

export async function seedExampleMinutes(tx: TransactionClient, context: { users: Partial<Record<DemoUserKey, string>> }): Promise<void> {
  if (await tx.minutesRevision.findUnique({ where: { id: REVISION_ID }, select: { id: true } })) return;
  const meeting = await tx.meeting.findUnique({ where: { id: MEETING_ID }, select: { startsAt: true, endsAt: true } });
  if (!meeting) return;
  const held = meeting.endsAt ?? meeting.startsAt;
  const last = approvals.reduce((latest, approval) => Math.max(latest, approval.daysAfter), 0);
  await tx.minutesRevision.create({
    data: {
      id: REVISION_ID,
      meetingId: MEETING_ID,
      number: 1,
      content: await loadMinutesContent(tx, MEETING_ID),
      circulatedAt: addDays(held, 3),
      agreedAt: addDays(held, last),
      isExample: true,
      responses: {
        create: approvals.map((approval) => {
          const person = examplePeople[approval.person];
          return {
            id: approval.id,
            side: approval.side,
            kind: "APPROVED" as const,
            personId: person.personId,
            userId: approval.user ? (context.users[approval.user] ?? null) : null,
            approverName: person.name,
            approverNameZh: person.nameZh,
            approverTitleEn: person.title.en,
            approverTitleMs: person.title.ms,
            approverTitleZh: person.title.zh,
            isExample: true,
            createdAt: addDays(held, approval.daysAfter),
          };
        }),
      },
    },
  });
}
