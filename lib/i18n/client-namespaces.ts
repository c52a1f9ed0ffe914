// The catalog sections sent to the browser, by layout: the root layout sends what every page's
// client components need (sign-in, the shell, form statuses), each area's layout adds its own.
// Server components translate on the server and send text, so they need nothing here.
// tests/unit/client-messages.test.ts reads every route's client components and fails when one
// of them uses a section its layouts do not send.
import type { Messages, Namespace, PartialMessages } from "./translate";

export const clientNamespaces = {
  root: ["common", "errors", "shell", "auth", "compose", "forms", "saved", "singleSignOn"],
  account: ["account"],
  actionItems: ["actionItems", "workingGroups", "sides"],
  admin: ["organisations", "people", "users", "roles", "sides", "names", "openData"],
  agreements: ["agreements", "agreementStatus", "agreementTypes", "publicPages"],
  calendar: ["calendar"],
  meetings: ["meetings", "workingGroups"],
  milestones: ["milestones", "progress", "imports"],
  notifications: ["notifications"],
  workingGroups: ["workingGroups", "workingGroupRoles", "meetings"],
} as const satisfies Record<string, readonly Namespace[]>;

export type ClientMessagesArea = keyof typeof clientNamespaces;

export function pickMessages(messages: Messages, namespaces: readonly Namespace[]): PartialMessages {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as PartialMessages;
}
