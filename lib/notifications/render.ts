// A notification in the reader's language: the one-line text the inbox shows and mails repeat.
import { formatDate, formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { MessageKey, MessageValues, Translate } from "@/lib/i18n/translate";
import type { NotificationKind } from "./kinds";
import { readParams, type NotificationParams } from "./params";

function statusLabel(kind: NotificationKind, status: string | undefined, t: Translate): string {
  if (!status) return "";
  const key = kind === "AGREEMENT_STATUS_CHANGED" ? `agreementStatus.${status}` : `milestones.status.${status}`;
  return t(key as MessageKey);
}

export function notificationValues(kind: NotificationKind, params: NotificationParams, locale: Locale, t: Translate): MessageValues {
  const title = params.title ? (params.title[locale]?.trim() ? (params.title[locale] as string) : params.title.en) : "";
  // Counts stay numbers: the message formats them and chooses the plural (`{moved, plural, …}`).
  const counts = params.counts ?? {};
  return {
    ...counts,
    title,
    actor: params.actor ?? "",
    date: params.date ? formatDate(params.date, locale) : "",
    when: params.startsAt ? formatDateTime(new Date(params.startsAt), locale, params.timeZone) : "",
    status: statusLabel(kind, params.status, t),
    address: params.address ?? "",
    device: params.device ?? "",
  };
}

export function notificationText(notification: { kind: NotificationKind; params: unknown }, locale: Locale, t: Translate): string {
  return t(`notifications.kinds.${notification.kind}.text`, notificationValues(notification.kind, readParams(notification.params), locale, t));
}

export function notificationLabel(kind: NotificationKind, t: Translate): string {
  return t(`notifications.kinds.${kind}.label`);
}
