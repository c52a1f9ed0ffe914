// Agreed minutes: who is told what. Circulated minutes go to the approvers of both sides; a
// change request and the agreement go to the group's secretariat (who drafts the minutes).
// Called by lib/actions/minutes.ts inside its transaction, like notifyMeeting for "minutes recorded".
import type { TransactionClient } from "@/lib/prisma-client";
import type { GroupAccess } from "@/lib/working-groups/access";
import { notify } from "./notify";
import { localizedTitle } from "./params";
import { candidatesForPersons } from "./recipients";
import { finalRecipients, mayReadGroup, type Candidate, type GroupForRules } from "./rules";

type Actor = { id: string; name: string };
type MeetingForNotice = { id: string; titleEn: string; titleMs: string | null; titleZh: string | null };

/** The approvers named (one per side, where there is one), never the one who acted. */
export function approverRecipients(candidates: readonly Candidate[], approverPersonIds: readonly (string | null)[], group: GroupForRules, actorId: string | null): string[] {
  const approvers = new Set(approverPersonIds.filter((id): id is string => id !== null));
  return finalRecipients(
    candidates.filter((candidate) => candidate.personId !== null && approvers.has(candidate.personId)),
    actorId,
    mayReadGroup(group),
  );
}

/** The group's current secretariat on both sides. */
export function secretariatRecipients(candidates: readonly Candidate[], group: GroupForRules, actorId: string | null, today: Date): string[] {
  const secretariat = new Set(group.members.filter((member) => member.role === "SECRETARIAT" && (!member.endsOn || member.endsOn >= today)).map((member) => member.personId));
  return finalRecipients(
    candidates.filter((candidate) => candidate.personId !== null && secretariat.has(candidate.personId)),
    actorId,
    mayReadGroup(group),
  );
}

export async function notifyMinutes(
  tx: TransactionClient,
  change:
    | { kind: "MINUTES_CIRCULATED"; approverPersonIds: readonly (string | null)[] }
    | { kind: "MINUTES_CHANGES_REQUESTED"; comment: string }
    | { kind: "MINUTES_AGREED" },
  meeting: MeetingForNotice,
  /** The revision concerned, and what makes this notice distinct (the revision, or the answer's id). */
  revision: { number: number; occurrence: string },
  group: GroupAccess,
  actor: Actor,
  today: Date,
): Promise<void> {
  const candidates = await candidatesForPersons(tx, group.memberPersonIds);
  const recipientIds =
    change.kind === "MINUTES_CIRCULATED" ? approverRecipients(candidates, change.approverPersonIds, group, actor.id) : secretariatRecipients(candidates, group, actor.id, today);
  await notify(tx, {
    kind: change.kind,
    recordType: "Meeting",
    recordId: meeting.id,
    occurrence: revision.occurrence,
    params: { title: localizedTitle(meeting), actor: actor.name, counts: { revision: revision.number }, ...(change.kind === "MINUTES_CHANGES_REQUESTED" ? { excerpt: change.comment.slice(0, 280) } : {}) },
    recipientIds,
  });
}
