// The kinds of notification, how each is delivered unless the reader chose otherwise, and where
// each one leads. Shared by the actions, the sweep, the mail renderer and the pages.
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";

export type { NotificationDelivery, NotificationKind };

export const notificationKinds = [
  "ACTION_ITEM_ASSIGNED",
  "ACTION_ITEM_SUBMITTED",
  "ACTION_ITEM_RETURNED",
  "ACTION_ITEM_ACCEPTED",
  "ACTION_ITEM_COMMENTED",
  "ACTION_ITEM_MENTIONED",
  "ACTION_ITEM_DUE_SOON",
  "ACTION_ITEM_OVERDUE",
  "MEETING_SCHEDULED",
  "MEETING_MOVED",
  "MEETING_CANCELLED",
  "MINUTES_RECORDED",
  "MILESTONE_DUE_SOON",
  "MILESTONE_OVERDUE",
  "MILESTONE_STALE",
  "PROGRESS_AT_RISK",
  "AGREEMENT_STATUS_CHANGED",
  "AGREEMENT_NOTICE_PERIOD",
  "AGREEMENT_EXPIRING",
  "AGREEMENT_EXPIRED",
  "DIGEST_PORTFOLIO",
  "DIGEST_WEEK_AHEAD",
  "SIGN_IN_LOCKED",
  "SIGN_IN_NEW_DEVICE",
  "JOINT_PROGRESS_TO_CONFIRM",
  "JOINT_PROGRESS_DISPUTED",
  "MINUTES_CIRCULATED",
  "MINUTES_CHANGES_REQUESTED",
  "MINUTES_AGREED",
] as const satisfies readonly NotificationKind[];

export const notificationDeliveries = ["IMMEDIATE", "DAILY", "WEEKLY", "INBOX_ONLY"] as const satisfies readonly NotificationDelivery[];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === "string" && (notificationKinds as readonly string[]).includes(value);
}

/**
 * Day one, nobody is flooded: what asks the reader to act now (work handed to them or sent
 * back, a mention, a meeting invitation or cancellation, an agreement nearing its end) is mailed
 * at once; what keeps them informed arrives in one daily mail; the digests are their own mail.
 */
export const defaultDelivery: Record<NotificationKind, NotificationDelivery> = {
  ACTION_ITEM_ASSIGNED: "IMMEDIATE",
  ACTION_ITEM_SUBMITTED: "IMMEDIATE",
  ACTION_ITEM_RETURNED: "IMMEDIATE",
  ACTION_ITEM_ACCEPTED: "DAILY",
  ACTION_ITEM_COMMENTED: "DAILY",
  ACTION_ITEM_MENTIONED: "IMMEDIATE",
  ACTION_ITEM_DUE_SOON: "DAILY",
  ACTION_ITEM_OVERDUE: "DAILY",
  MEETING_SCHEDULED: "IMMEDIATE",
  MEETING_MOVED: "IMMEDIATE",
  MEETING_CANCELLED: "IMMEDIATE",
  MINUTES_RECORDED: "DAILY",
  MILESTONE_DUE_SOON: "DAILY",
  MILESTONE_OVERDUE: "DAILY",
  MILESTONE_STALE: "WEEKLY",
  PROGRESS_AT_RISK: "DAILY",
  AGREEMENT_STATUS_CHANGED: "DAILY",
  AGREEMENT_NOTICE_PERIOD: "IMMEDIATE",
  AGREEMENT_EXPIRING: "IMMEDIATE",
  AGREEMENT_EXPIRED: "DAILY",
  DIGEST_PORTFOLIO: "IMMEDIATE",
  DIGEST_WEEK_AHEAD: "IMMEDIATE",
  // The holder should know at once when someone else may be at their account.
  SIGN_IN_LOCKED: "IMMEDIATE",
  SIGN_IN_NEW_DEVICE: "IMMEDIATE",
  // Progress confirmed by both sides: a report to confirm can wait for the day's mail; a dispute
  // asks the reporter to act.
  JOINT_PROGRESS_TO_CONFIRM: "DAILY",
  JOINT_PROGRESS_DISPUTED: "IMMEDIATE",
  // Agreed minutes: an approver is asked to act, and so is the secretariat when changes are asked for.
  MINUTES_CIRCULATED: "IMMEDIATE",
  MINUTES_CHANGES_REQUESTED: "IMMEDIATE",
  MINUTES_AGREED: "DAILY",
};

/** The reader's choice for a kind, else the default. */
export function effectiveDelivery(kind: NotificationKind, chosen: ReadonlyMap<NotificationKind, NotificationDelivery> | undefined): NotificationDelivery {
  return chosen?.get(kind) ?? defaultDelivery[kind];
}

export type RecordType = "ActionItem" | "Meeting" | "Milestone" | "Agreement" | "Digest" | "Account";

/** The app path a notification leads to (same-origin, so it also survives sign-in). */
export function recordPath(recordType: string, recordId: string): string {
  switch (recordType) {
    case "ActionItem":
      return `/action-items/${recordId}`;
    case "Meeting":
      return `/meetings/${recordId}`;
    case "Milestone":
      return `/milestones/${recordId}`;
    case "Agreement":
      return `/agreements/${recordId}`;
    case "Account":
      return "/account";
    default:
      return "/inbox";
  }
}
