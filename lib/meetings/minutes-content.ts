// What a revision of the minutes holds: the summary, who attended, the minutes of each agenda
// item and the decisions, as circulated. Stored as JSON with each revision (MinutesRevision.content)
// so earlier revisions stay readable after the live record changes; read back through the schema
// so a malformed row shows as empty rather than breaking the page.
import { z } from "zod";
import type { DbClient, TransactionClient } from "@/lib/prisma-client";

const sideSchema = z.enum(["MALAYSIA", "CHINA"]);

export const minutesContentSchema = z.object({
  summary: z.string().nullable(),
  attendance: z.array(z.object({ personId: z.string(), name: z.string(), nameZh: z.string().nullable(), side: sideSchema, attended: z.boolean() })),
  agenda: z.array(z.object({ id: z.string(), order: z.number(), title: z.string(), minutes: z.string().nullable() })),
  decisions: z.array(z.object({ id: z.string(), order: z.number(), textEn: z.string(), textMs: z.string().nullable(), textZh: z.string().nullable() })),
});
export type MinutesContent = z.infer<typeof minutesContentSchema>;

export const emptyMinutesContent: MinutesContent = { summary: null, attendance: [], agenda: [], decisions: [] };

export function readMinutesContent(value: unknown): MinutesContent {
  const parsed = minutesContentSchema.safeParse(value);
  return parsed.success ? parsed.data : emptyMinutesContent;
}

/** The meeting's minutes as they stand now (inside the circulating transaction, or the seed's). */
export async function loadMinutesContent(client: DbClient | TransactionClient, meetingId: string): Promise<MinutesContent> {
  const meeting = await client.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      minutesSummary: true,
      workingGroup: { select: { members: { select: { personId: true, side: true } } } },
      attendance: { select: { personId: true, attended: true, person: { select: { name: true, nameZh: true, side: true } } } },
      agendaItems: { orderBy: { order: "asc" }, select: { id: true, order: true, title: true, minutes: true } },
      decisions: { orderBy: { order: "asc" }, select: { id: true, order: true, textEn: true, textMs: true, textZh: true } },
    },
  });
  const sideOf = new Map(meeting.workingGroup.members.map((member) => [member.personId, member.side]));
  return {
    summary: meeting.minutesSummary,
    // Attendance is recorded for members, each on a side; a row whose person has none is left out.
    attendance: meeting.attendance
      .flatMap((row) => {
        const side = sideOf.get(row.personId) ?? row.person.side;
        return side ? [{ personId: row.personId, name: row.person.name, nameZh: row.person.nameZh, side, attended: row.attended }] : [];
      })
      .sort((a, b) => a.side.localeCompare(b.side) || a.name.localeCompare(b.name)),
    agenda: meeting.agendaItems,
    decisions: meeting.decisions,
  };
}
