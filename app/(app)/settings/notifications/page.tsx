import { PageHeader } from "@/components/ui/page-header";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { requireUserForPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { loadPreferences } from "@/lib/notifications/preferences";

export const generateMetadata = pageTitle("notifications.preferences.title");

export default async function NotificationSettingsPage() {
  const user = await requireUserForPage();
  const [{ t }, rows] = await Promise.all([getTranslations(), loadPreferences(db, user.id)]);
  return (
    <>
      <PageHeader title={t("notifications.preferences.title")} description={t("notifications.preferences.intro")} />
      <PreferencesForm rows={rows} />
    </>
  );
}
