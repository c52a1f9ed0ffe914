import type { ReactNode } from "react";
import Link from "next/link";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { MainNav } from "@/components/shell/main-nav";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { countUnread } from "@/lib/data/notifications";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { requireUserForPage } from "@/lib/auth/session";
import { getTranslations } from "@/lib/i18n/server";
import { navigationTargets } from "@/lib/navigation";
import { navigationFor } from "@/lib/permissions";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUserForPage();
  const [{ t, locale }, unread] = await Promise.all([getTranslations(), countUnread(user.id)]);
  const items = navigationFor(user.role).map((item) => ({ href: navigationTargets[item].href, label: t(navigationTargets[item].label) }));
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2">
        {t("shell.skipToContent")}
      </a>
      <header className="no-print border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex flex-wrap items-center gap-6">
            <Link href="/" className="font-semibold text-gray-900 no-underline">
              {t("app.name")}
            </Link>
            <MainNav label={t("shell.mainNavigation")} items={items} />
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <LanguageSwitch />
            <NotificationBell unread={unread} t={t} locale={locale} />
            <div className="text-right text-xs leading-tight">
              <p className="font-medium text-gray-900">
                <Link href="/account" aria-label={t("account.linkLabel", { name: user.name })}>
                  {user.name}
                </Link>
              </p>
              <p className="text-gray-600">
                {t(`roles.${user.role}`)}
                {user.organisationName ? ` · ${user.organisationName}` : ""}
                {user.side ? ` · ${t(`sides.${user.side}`)}` : ""}
              </p>
            </div>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="no-print border-t border-gray-200 bg-white py-4 text-center text-xs text-gray-600">{t("app.footer")}</footer>
    </div>
  );
}
