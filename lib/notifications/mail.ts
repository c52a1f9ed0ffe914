// A mail in the recipient's language: one notification, or a digest of several. HTML and plain
// text say the same; every link is absolute (APP_URL) and the footer links to the recipient's
// settings through a signed token that works without signing in.
import { catalogs } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";
import { createTranslator } from "@/lib/i18n/translate";
import { recordPath, type NotificationKind } from "./kinds";
import { digestEntries, notificationLabel, notificationText } from "./render";
import { readParams } from "./params";

export type MailNotification = { id: string; kind: NotificationKind; recordType: string; recordId: string; params: unknown };
export type ComposedMail = { subject: string; html: string; text: string };

const escapeHtml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

function entriesHtml(entries: readonly { text: string; url: string | null }[]): string {
  if (entries.length === 0) return "";
  const items = entries.map((entry) => `<li>${entry.url ? `<a href="${escapeHtml(entry.url)}">${escapeHtml(entry.text)}</a>` : escapeHtml(entry.text)}</li>`);
  return `<ul>${items.join("")}</ul>`;
}

export function absoluteUrl(appUrl: string, path: string): string {
  return new URL(path, appUrl.endsWith("/") ? appUrl : `${appUrl}/`).toString();
}

export function composeMail(options: {
  recipient: { name: string; locale: Locale };
  notifications: readonly MailNotification[];
  appUrl: string;
  preferencesUrl: string;
  hasInvitation?: boolean;
}): ComposedMail {
  const { recipient, notifications, appUrl, preferencesUrl } = options;
  const t = createTranslator(catalogs[recipient.locale], recipient.locale);
  const lines = notifications.map((notification) => ({
    text: notificationText(notification, recipient.locale, t),
    url: absoluteUrl(appUrl, recordPath(notification.recordType, notification.recordId)),
    entries: digestEntries(notification, recipient.locale, t).map((entry) =>
      "more" in entry
        ? { text: t("notifications.digestMore", { label: entry.label, count: entry.more }), url: null }
        : { text: t("compose.labelled", { label: entry.label, value: entry.title }), url: absoluteUrl(appUrl, entry.path) },
    ),
  }));
  const single = notifications.length === 1 ? notifications[0] : undefined;
  const singleTitle = single ? readParams(single.params).title : undefined;
  const titleText = singleTitle ? (singleTitle[recipient.locale]?.trim() ? singleTitle[recipient.locale] : singleTitle.en) : "";
  const subject = single
    ? titleText
      ? t("compose.labelled", { label: notificationLabel(single.kind, t), value: titleText })
      : notificationLabel(single.kind, t)
    : t("notifications.mail.digestSubject", { count: notifications.length });

  const greeting = t("notifications.mail.greeting", { name: recipient.name });
  const intro = single ? null : t("notifications.mail.digestIntro");
  const invitation = options.hasInvitation ? t("notifications.mail.invitationNote") : null;
  const text = [
    greeting,
    "",
    ...(intro ? [intro, ""] : []),
    ...lines.flatMap((line) => [
      `- ${line.text}`,
      `  ${t("notifications.mail.open")}: ${line.url}`,
      ...line.entries.flatMap((entry) => [`    · ${entry.text}`, ...(entry.url ? [`      ${entry.url}`] : [])]),
    ]),
    ...(invitation ? ["", invitation] : []),
    "",
    "--",
    t("notifications.mail.footer"),
    `${t("notifications.mail.unsubscribe")}: ${preferencesUrl}`,
    "",
  ].join("\n");

  const html = `<!doctype html>
<html lang="${recipient.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, 'Noto Sans SC', sans-serif; color: #111827; line-height: 1.5">
<p>${escapeHtml(greeting)}</p>
${intro ? `<p>${escapeHtml(intro)}</p>` : ""}
<ul>
${lines.map((line) => `<li>${escapeHtml(line.text)}<br><a href="${escapeHtml(line.url)}">${escapeHtml(t("notifications.mail.open"))}</a>${entriesHtml(line.entries)}</li>`).join("\n")}
</ul>
${invitation ? `<p>${escapeHtml(invitation)}</p>` : ""}
<hr>
<p style="font-size: 12px; color: #4b5563">${escapeHtml(t("notifications.mail.footer"))}<br>
<a href="${escapeHtml(preferencesUrl)}">${escapeHtml(t("notifications.mail.unsubscribe"))}</a></p>
</body></html>
`;
  return { subject, html, text };
}
