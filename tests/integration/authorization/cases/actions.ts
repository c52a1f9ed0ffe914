// Every server action's row in the authorization matrix, gathered from each part of the app.
import type { ActionCase } from "../cases";
import { agreementsCases } from "./agreements";
import { groupsCases } from "./groups";
import { milestonesCases } from "./milestones";
import { referenceDataCases } from "./reference-data";
import { sessionCases } from "./session";
import { notificationsCases } from "./notifications";

export const actionCases: Record<string, ActionCase> = {
  ...sessionCases,
  ...referenceDataCases,
  ...agreementsCases,
  ...milestonesCases,
  ...groupsCases,
  ...notificationsCases,
};

/** Actions outside the matrix, each with the reason and where it is tested instead. */
export const exemptActions: Record<string, string> = {
  signInWithPassword:
    "Public by nature: its only check is the credentials themselves (tests/integration/sign-in.test.ts, tests/e2e/foundation.spec.ts); here Auth.js is stood in for.",
  changeMyPassword:
    "Every signed-in user may change only their own password, and its check is the current password, which the matrix's callers do not have (tests/integration/sessions.test.ts: refused without a session, with a wrong current password, and for weak passwords).",
};
