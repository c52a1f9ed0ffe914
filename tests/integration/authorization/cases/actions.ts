// Every server action's row in the authorization matrix, gathered from each part of the app.
import type { ActionCase } from "../cases";
import { agreementsCases } from "./agreements";
import { groupsCases } from "./groups";
import { milestonesCases } from "./milestones";
import { referenceDataCases } from "./reference-data";
import { sessionCases } from "./session";
import { notificationsCases } from "./notifications";
import { securityCases } from "./security";
import { jointProgressCases } from "./joint-progress";
import { textsCases } from "./texts";
import { minutesCases } from "./minutes";
import { apiTokenCases } from "./api-tokens";
import { openDataCases } from "./open-data";

export const actionCases: Record<string, ActionCase> = {
  ...sessionCases,
  ...referenceDataCases,
  ...agreementsCases,
  ...milestonesCases,
  ...groupsCases,
  ...notificationsCases,
  ...securityCases,
  ...jointProgressCases,
  ...textsCases,
  ...minutesCases,
  ...apiTokenCases,
  ...openDataCases,
};

/** Actions outside the matrix, each with the reason and where it is tested instead. */
export const exemptActions: Record<string, string> = {
  revokeApiToken:
    "Each user revokes only their own tokens; a token is found by its owner and id, so another caller's id is 'not found' (tests/integration/api-tokens.test.ts).",
  verifySignInCode:
    "Public step of signing in: its authorisation is the challenge cookie of a passed password step and the code itself (tests/integration/second-factor.test.ts).",
  confirmSignInEnrolment:
    "Public step of signing in for a role that requires a second factor: authorised by the challenge cookie and the app's code (tests/integration/second-factor.test.ts, tests/e2e/second-factor.spec.ts).",
  finishSignIn: "Public last step of signing in: spends only a passed challenge (tests/integration/second-factor.test.ts, tests/e2e/second-factor.spec.ts).",
  reauthenticate:
    "Every signed-in user proves only their own identity, with their password (and code), which the matrix's callers do not have (tests/integration/second-factor.test.ts).",
  confirmMyEnrolment:
    "Needs a code from the caller's own authenticator app for their own pending key (tests/integration/second-factor.test.ts).",
  signInWithPassword:
    "Public by nature: its only check is the credentials themselves (tests/integration/sign-in.test.ts, tests/e2e/foundation.spec.ts); here Auth.js is stood in for.",
  signInWithSso:
    "Public by nature: it only sends the browser to the identity provider; who signs in is decided by the provider's answer (tests/integration/single-sign-on.test.ts, tests/e2e/sso.spec.ts).",
  changeMyPassword:
    "Every signed-in user may change only their own password, and its check is the current password, which the matrix's callers do not have (tests/integration/sessions.test.ts: refused without a session, with a wrong current password, and for weak passwords).",
};
