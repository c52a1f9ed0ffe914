// A notification in the reader's language: the one-line text the inbox shows and mails repeat.
import { formatDate, formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { MessageKey, MessageValues, Translate } from "@/lib/i18n/translate";
import { recordPath, type NotificationKind } from "./kinds";
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

export type DigestEntry = { label: string; title: string; path: string } | { label: string; more: number };

/**
 * What a digest names, group by group, in the reader's language: each record with its path, then
 * "and N more" where the group counts more than the digest names.
 */
export function digestEntries(notification: { params: unknown }, locale: Locale, t: Translate): DigestEntry[] {
  const params = readParams(notification.params);
  const records = params.records ?? [];
  const groups = [...new Set(records.map((record) => record.group))];
  return groups.flatMap((group) => {
    const label = t(`notifications.digestGroups.${group}` as MessageKey);
    const named = records.filter((record) => record.group === group);
    const entries: DigestEntry[] = named.map((record) => ({
      label,
      title: record.title[locale]?.trim() ? (record.title[locale] as string) : record.title.en,
      path: recordPath(record.type, record.id),
    }));
    const more = (params.counts?.[group] ?? named.length) - named.length;
    return more > 0 ? [...entries, { label, more }] : entries;
  });
}
