// Errors an action throws to say "no" in a way the wrapper turns into a clear answer.

/** The record does not exist or the user may not touch it: the two look the same to callers. */
export class NotFoundError extends Error {
  constructor() {
    super("Not found");
    this.name = "NotFoundError";
  }
}

/** The record the user acted on, at the version they saw: lets the answer tell whose change came between. */
export interface StaleRecord {
  entityType: string;
  entityId: string;
  version: number;
}

/** The record changed since the user loaded it (stale `version`). */
export class ConflictError extends Error {
  constructor(readonly record?: StaleRecord) {
    super("Conflict");
    this.name = "ConflictError";
  }
}

/** A rule of the domain refused the input; `field` points at the input to fix. */
export class RuleError extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
  ) {
    super(messageKey);
    this.name = "RuleError";
  }
}
