// The catalog sections sent to the browser, by layout: the root layout sends what every page's
// client components need (sign-in, the shell, form statuses), each area's layout adds its own.
// Server components translate on the server and send text, so they need nothing here.
// tests/unit/client-messages.test.ts reads every route's client components and fails when one
// of them uses a section its layouts do not send.
import type { Messages, Namespace, PartialMessages } from "./translate";

export const clientNamespaces = {
  root: ["common", "errors", "shell", "auth", "compose", "forms", "saved", "singleSignOn"],
  account: ["account", "apiTokens"],
  actionItems: ["actionItems", "workingGroups", "sides"],
  admin: ["organisations", "people", "users", "roles", "sides", "names", "webhooks", "openData"],
  agreements: ["agreements", "agreementStatus", "agreementTypes", "publicPages"],
  // Authentic texts and entry into force (helper "texts"): an agreement's texts and procedure pages.
  agreementTexts: ["agreementTexts", "entryIntoForce", "sides"],
  calendar: ["calendar"],
  meetings: ["meetings", "workingGroups", "agreedMinutes", "sides"],
  milestones: ["milestones", "progress", "imports", "jointProgress"],
  notifications: ["notifications"],
  workingGroups: ["workingGroups", "workingGroupRoles", "meetings", "agreedMinutes"],
  jointProgress: ["jointProgress"],
} as const satisfies Record<string, readonly Namespace[]>;

export type ClientMessagesArea = keyof typeof clientNamespaces;

export function pickMessages(messages: Messages, namespaces: readonly Namespace[]): PartialMessages {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as PartialMessages;
}
