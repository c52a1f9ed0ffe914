// What a successful create, edit or delete says. An action names its notice; after a redirect
// it travels as `?saved=<notice>` (only these names are shown), otherwise in the action's answer.
// The text of each is `saved.<notice>` in messages/*.json.

export const savedNotices = [
  "userCreated",
  "userUpdated",
  "organisationCreated",
  "organisationUpdated",
  "organisationDeleted",
  "personCreated",
  "personUpdated",
  "agreementCreated",
  "agreementUpdated",
  "agreementStatusChanged",
  "agreementArchived",
  "agreementRestored",
  "agreementPublished",
  "agreementUnpublished",
  "documentRemoved",
  "areaMoved",
  "milestoneCreated",
  "milestoneUpdated",
  "milestoneCancelled",
  "milestoneDeleted",
  "actionItemCreated",
  "actionItemUpdated",
  "actionItemMoved",
  "workingGroupCreated",
  "workingGroupUpdated",
  "memberAdded",
  "memberUpdated",
  "memberRemoved",
  "counterpartSet",
  "meetingScheduled",
  "minutesRecorded",
  "meetingCancelled",
  "meetingMoved",
  "progressConfirmed",
  "progressDisputed",
  // Agreed minutes
  "minutesCirculated",
  "minutesApproved",
  "minutesAgreed",
  "minutesChangesRequested",
  "minutesRevisionStarted",
  "minutesApproversUpdated",
  "decisionMadePublic",
  "decisionMadeInternal",
] as const;

export type SavedNotice = (typeof savedNotices)[number];

export function isSavedNotice(value: string | null | undefined): value is SavedNotice {
  return typeof value === "string" && (savedNotices as readonly string[]).includes(value);
}

/** The address to go to after saving, carrying its notice. */
export function withSavedNotice(href: string, notice: SavedNotice): string {
  const [beforeHash = "", hash] = href.split("#", 2);
  const url = `${beforeHash}${beforeHash.includes("?") ? "&" : "?"}saved=${notice}`;
  return hash === undefined ? url : `${url}#${hash}`;
}

/** The address without its notice, so a reload or a shared link does not say it again. */
export function withoutSavedNotice(search: string): string {
  const params = new URLSearchParams(search);
  params.delete("saved");
  const rest = params.toString();
  return rest ? `?${rest}` : "";
}
