"use client";
// Switches the interface language; saved to the account when signed in, to a cookie otherwise.
import { useActionState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { switchLanguage } from "@/lib/actions/preferences";
import { localeNames, locales } from "@/lib/i18n/config";

export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const [, formAction, isPending] = useActionState(switchLanguage, { status: "idle" });
  return (
    <form action={formAction} aria-label={t("shell.language")} className="flex items-center gap-1">
      <span className="sr-only">{t("shell.language")}</span>
      {locales.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option === "zh" ? "zh-CN" : option}
          aria-pressed={option === locale}
          disabled={isPending}
          className={`rounded px-2 py-1 text-xs font-medium ${option === locale ? "bg-primary-600 text-white" : "text-gray-700 hover:bg-gray-100"}`}
        >
          {localeNames[option]}
        </button>
      ))}
    </form>
  );
}
