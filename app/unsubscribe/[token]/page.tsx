// Notification settings through the signed link in a mail: works without signing in, for the
// user the token names, until it expires. It offers nothing but these settings.
import type { Metadata } from "next";
import Link from "next/link";
import { SignedOutHeader } from "@/components/shell/signed-out-header";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { db } from "@/lib/db";
import { getTranslations } from "@/lib/i18n/server";
import { loadPreferences } from "@/lib/notifications/preferences";
import { verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t("notifications.preferences.title"), robots: { index: false } };
}

export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t } = await getTranslations();
  const userId = verifyUnsubscribeToken(decodeURIComponent(token));
  const user = userId ? await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, isActive: true } }) : null;
  const rows = user?.isActive ? await loadPreferences(db, user.id) : null;
  return (
    <div className="flex min-h-screen flex-col">
      <SignedOutHeader appName={t("app.name")} />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
        <h1 className="mb-2 text-2xl font-semibold text-gray-900">{t("notifications.preferences.title")}</h1>
        {rows && user ? (
          <>
            <p className="mb-6 text-sm text-gray-600">{t("notifications.preferences.tokenIntro", { email: user.email })}</p>
            <PreferencesForm rows={rows} token={decodeURIComponent(token)} />
          </>
        ) : (
          <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
            <p>{t("notifications.preferences.tokenInvalid")}</p>
            <p className="mt-2">
              <Link href="/login?next=/settings/notifications">{t("notifications.preferences.signInLink")}</Link>
            </p>
          </div>
        )}
      </main>
      <footer className="border-t border-gray-200 bg-white py-4 text-center text-xs text-gray-600">{t("app.footer")}</footer>
    </div>
  );
}
