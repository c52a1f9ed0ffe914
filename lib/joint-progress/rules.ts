// Progress confirmed by both sides: where a progress update on a joint milestone stands with the
// side that did not report it, as pure functions (unit-tested in tests/unit/joint-progress.test.ts).
// Who may answer is lib/permissions.ts (canAnswerJointProgress); this says what an answer does.
import type { Side } from "@/lib/auth/session-user";
import type { MessageKey } from "@/lib/i18n/translate";

export const confirmationStates = ["REPORTED", "CONFIRMED", "DISPUTED", "SUPERSEDED"] as const;
export type ConfirmationState = (typeof confirmationStates)[number];

export type ConfirmationEvent =
  | { kind: "confirm"; side: Side }
  | { kind: "dispute"; side: Side }
  /** A later update names this one as the one it corrects. */
  | { kind: "correct" };

export type Transition = { ok: true; state: ConfirmationState } | { ok: false; reason: MessageKey };

/** A side never answers for its own report; a report with no side (an administrator's) is nobody's own. */
export function isOwnSideReport(reportedSide: Side | null, side: Side): boolean {
  return reportedSide !== null && reportedSide === side;
}

/**
 * What an event does to an update's confirmation:
 * - confirm: the other side agrees, from "reported" or (after all) from "disputed";
 * - dispute: the other side disagrees with a "reported" update (the comment is the action's);
 * - correct: a correction settles an unanswered or disputed update (it is superseded, and the
 *   correction is put to the other side in turn); a confirmed update stays confirmed — both
 *   sides agreed to it — and the correction is a new report.
 */
export function nextConfirmationState(current: { state: ConfirmationState; reportedSide: Side | null }, event: ConfirmationEvent): Transition {
  if (event.kind === "correct") {
    return { ok: true, state: current.state === "REPORTED" || current.state === "DISPUTED" ? "SUPERSEDED" : current.state };
  }
  if (isOwnSideReport(current.reportedSide, event.side)) return { ok: false, reason: "jointProgress.errors.ownSide" };
  if (current.state === "SUPERSEDED") return { ok: false, reason: "jointProgress.errors.superseded" };
  if (current.state === "CONFIRMED") return { ok: false, reason: "jointProgress.errors.alreadyConfirmed" };
  if (event.kind === "confirm") return { ok: true, state: "CONFIRMED" };
  if (current.state === "DISPUTED") return { ok: false, reason: "jointProgress.errors.alreadyDisputed" };
  return { ok: true, state: "DISPUTED" };
}

/** The side that answers a report: the one that did not make it (either, for a report with no side). */
export function answeringSide(reportedSide: Side | null, sides: readonly Side[]): Side | null {
  return sides.find((side) => !isOwnSideReport(reportedSide, side)) ?? null;
}

/** Is the dispute still open: disputed, and neither confirmed after all nor corrected. */
export function isOpenDispute(state: ConfirmationState): boolean {
  return state === "DISPUTED";
}

/** Does the update wait for an answer from the other side (the "To confirm" queue). */
export function awaitsAnswer(state: ConfirmationState): boolean {
  return state === "REPORTED";
}

/**
 * The percent both sides agree on for one joint milestone: that of its latest CONFIRMED update,
 * in history order (reported day, then entry time, then id — as the milestone's current state),
 * or 0 when none is confirmed. The dashboards compute the same in SQL (./sql.ts); a test checks
 * they agree on generated data.
 */
export function confirmedPercent(
  updates: readonly { reportedOn: Date; createdAt: Date; id: string; percentComplete: number; state: ConfirmationState | null }[],
): number {
  const confirmed = updates.filter((update) => update.state === "CONFIRMED");
  confirmed.sort((a, b) => b.reportedOn.getTime() - a.reportedOn.getTime() || b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return confirmed[0]?.percentComplete ?? 0;
}
