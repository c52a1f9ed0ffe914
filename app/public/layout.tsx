// The public pages: readable without signing in, in the reader's language (the language switch
// keeps it in a cookie). Nothing here reads the session's data: lib/public/ selects public
// fields only. The proxy lets these paths through and sets the cache headers (see README).
import type { ReactNode } from "react";
import Link from "next/link";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getTranslations } from "@/lib/i18n/server";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = await getTranslations();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/public/agreements" className="font-semibold text-gray-900 no-underline">
            {t("app.name")}
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <LanguageSwitch />
            <Link href="/login" className="text-sm">
              {t("publicPages.signIn")}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-gray-200 bg-white py-4 text-center text-xs text-gray-600">{t("publicPages.notice")}</footer>
    </div>
  );
}
