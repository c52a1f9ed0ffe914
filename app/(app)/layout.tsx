import type { ReactNode } from "react";
import Link from "next/link";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { MainNav } from "@/components/shell/main-nav";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { countUnread } from "@/lib/data/notifications";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { SiteMenu } from "@/components/shell/site-menu";
import { PendingActionsProvider } from "@/components/ui/pending-actions";
import { SavedNoticeProvider } from "@/components/ui/saved-notice";
import { requireUserForPage } from "@/lib/auth/session";
import { getTranslations } from "@/lib/i18n/server";
import { navigationTargets } from "@/lib/navigation";
import { navigationFor } from "@/lib/permissions";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUserForPage();
  const [{ t, locale }, unread] = await Promise.all([getTranslations(), countUnread(user.id)]);
  const items = navigationFor(user.role).map((item) => ({ href: navigationTargets[item].href, label: t(navigationTargets[item].label) }));
  const account = (
    <>
      <LanguageSwitch />
      <NotificationBell unread={unread} t={t} locale={locale} />
      <div className="max-w-64 text-xs leading-tight lg:text-right">
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
    </>
  );
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2">
        {t("shell.skipToContent")}
      </a>
      <header className="no-print relative border-b border-gray-200 bg-white">
        <div className="mx-auto max-w-7xl px-4">
          <div className="flex items-center justify-between gap-3 py-3">
            <Link href="/" className="shrink-0 font-semibold text-gray-900 no-underline">
              {t("app.name")}
            </Link>
            <div className="hidden items-center gap-3 lg:flex">{account}</div>
            <SiteMenu label={t("siteMenu.open")} className="lg:hidden">
              <MainNav label={t("shell.mainNavigation")} items={items} layout="menu" />
              <section aria-label={t("siteMenu.account")} className="flex flex-wrap items-center gap-3 border-t border-gray-200 pt-4">
                {account}
              </section>
            </SiteMenu>
          </div>
          {/* Wide screens: the navigation has a row of its own, so no language or role makes the header wrap. */}
          <div className="hidden pb-2 lg:block">
            <MainNav label={t("shell.mainNavigation")} items={items} layout="bar" />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8">
        <PendingActionsProvider>
          <SavedNoticeProvider>{children}</SavedNoticeProvider>
        </PendingActionsProvider>
      </main>
      <footer className="no-print border-t border-gray-200 bg-white py-4 text-center text-xs text-gray-600">{t("app.footer")}</footer>
    </div>
  );
}
