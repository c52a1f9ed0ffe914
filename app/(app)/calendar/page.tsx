import { CalendarFeedControls } from "@/components/calendar/calendar-feed-controls";
import { PageHeader, Section } from "@/components/ui/page-header";
import { getCalendarFeedStatus } from "@/lib/data/calendar";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

export const generateMetadata = pageTitle("calendar.title");

export default async function CalendarPage() {
  const [{ t }, status] = await Promise.all([getTranslations(), getCalendarFeedStatus()]);
  return (
    <>
      <PageHeader title={t("calendar.title")} description={t("calendar.description")} />
      <Section title={t("calendar.feed")} id="feed">
        <p className="mb-4 text-sm">{status.hasFeed ? t("calendar.hasFeed") : t("calendar.noFeed")}</p>
        <CalendarFeedControls hasFeed={status.hasFeed} />
      </Section>
    </>
  );
}
