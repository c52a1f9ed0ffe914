// The lifecycle of an instrument: which status may follow which, and what a move requires.
// Pure, so the same rules serve the action, the form that offers the moves, and the unit tests.
export const agreementStatuses = ["DRAFT", "SIGNED", "IN_FORCE", "EXPIRED", "TERMINATED", "SUPERSEDED"] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

const allowedTransitions: Record<AgreementStatus, readonly AgreementStatus[]> = {
  DRAFT: ["SIGNED"],
  // A signed instrument can be withdrawn before it takes effect.
  SIGNED: ["IN_FORCE", "TERMINATED"],
  IN_FORCE: ["EXPIRED", "TERMINATED", "SUPERSEDED"],
  EXPIRED: [],
  TERMINATED: [],
  SUPERSEDED: [],
};

export function nextStatuses(from: AgreementStatus): readonly AgreementStatus[] {
  return allowedTransitions[from];
}

export function isTerminalStatus(status: AgreementStatus): boolean {
  return allowedTransitions[status].length === 0;
}

export type TransitionCheck = { ok: true } | { ok: false; reason: "notAllowed" | "needsSignedOn" };

/** Whether the agreement may move from its status to `to`; moving to SIGNED needs a signing date. */
export function checkTransition(agreement: { status: AgreementStatus; signedOn: Date | null }, to: AgreementStatus): TransitionCheck {
  if (!allowedTransitions[agreement.status].includes(to)) return { ok: false, reason: "notAllowed" };
  if (to === "SIGNED" && !agreement.signedOn) return { ok: false, reason: "needsSignedOn" };
  return { ok: true };
}
