import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

/** The header's link to the inbox, with the unread count written out (never only a coloured dot). */
export function NotificationBell({ unread, t, locale }: { unread: number; t: Translate; locale: Locale }) {
  const label = unread > 0 ? t("notifications.bellUnread", { count: formatNumber(unread, locale) }) : t("notifications.bell");
  return (
    <Link
      href="/inbox"
      aria-label={label}
      title={label}
      className="relative inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md px-2 text-gray-700 no-underline hover:bg-gray-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-primary-600"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {unread > 0 ? (
        <span aria-hidden="true" className="rounded-full bg-red-600 px-1.5 text-xs font-semibold leading-5 text-white" data-testid="unread-count">
          {formatNumber(unread, locale)}
        </span>
      ) : null}
    </Link>
  );
}
