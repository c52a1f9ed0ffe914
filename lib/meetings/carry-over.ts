// Which action items a newly scheduled meeting carries onto its agenda, so nothing from an
// earlier meeting is forgotten. Pure (tests/unit/carry-over.test.ts); the action writes the result.
import { isOpenStatus, type ActionItemStatus } from "@/lib/action-items/status-machine";

export type CarryCandidate = {
  id: string;
  status: ActionItemStatus;
  dueOn: Date;
  /** When the meeting the item came out of started; null for an item raised outside a meeting. */
  originMeetingStartsAt: Date | null;
};

/**
 * Every item still open that came out of a meeting held before the new one, not yet on the
 * new meeting's agenda; most overdue first. An item carried to an earlier meeting and still open
 * is carried again.
 */
export function selectCarryOverItems(options: {
  meetingStartsAt: Date;
  candidates: readonly CarryCandidate[];
  alreadyCarriedIds: ReadonlySet<string>;
}): CarryCandidate[] {
  return options.candidates
    .filter((item) => isOpenStatus(item.status))
    .filter((item) => item.originMeetingStartsAt !== null && item.originMeetingStartsAt < options.meetingStartsAt)
    .filter((item) => !options.alreadyCarriedIds.has(item.id))
    .toSorted((a, b) => a.dueOn.getTime() - b.dueOn.getTime() || a.id.localeCompare(b.id));
}
