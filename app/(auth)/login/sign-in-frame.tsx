// The frame of the sign-in pages: the application's name, the language switch, one card.
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getTranslations } from "@/lib/i18n/server";

export async function SignInFrame({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const { t } = await getTranslations();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <span className="font-semibold text-gray-900">{t("app.name")}</span>
          <LanguageSwitch />
        </div>
      </header>
      <main className="flex flex-1 items-center justify-center px-4 py-12">
        <div className="w-full max-w-md rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold text-gray-900">{title}</h1>
          {intro ? <p className="mb-6 mt-1 text-sm text-gray-600">{intro}</p> : null}
          {children}
        </div>
      </main>
      <footer className="border-t border-gray-200 bg-white py-4 text-center text-xs text-gray-600">{t("app.footer")}</footer>
    </div>
  );
}
