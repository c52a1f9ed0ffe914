// The minutes approval in words, shared by the meeting's page and its PDF: the day a moment fell
// on, and "Agreed by <name>, <title>, <side>, <date>" with the name and title as they stood when
// the approver answered.
import { appTimeZone, calendarDayIn } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { displayName } from "@/lib/people/display-name";

/** The calendar day (in the application's time zone) on which a moment fell. */
export const dayOf = (moment: Date, locale: Locale) => formatDate(calendarDayIn(moment, appTimeZone()), locale);

export type ApproverAnswer = {
  side: "MALAYSIA" | "CHINA";
  approverName: string;
  approverNameZh: string | null;
  approverTitleEn: string | null;
  approverTitleMs: string | null;
  approverTitleZh: string | null;
  createdAt: Date;
};

export function agreedByLine(response: ApproverAnswer, t: Translate, locale: Locale): string {
  const name = displayName({ name: response.approverName, nameZh: response.approverNameZh }, locale);
  const titles = { en: response.approverTitleEn, ms: response.approverTitleMs, zh: response.approverTitleZh };
  const title = titles[locale]?.trim() ? titles[locale] : response.approverTitleEn;
  const values = { name, side: t(`sides.${response.side}`), date: dayOf(response.createdAt, locale) };
  return title ? t("agreedMinutes.agreedBy", { ...values, title }) : t("agreedMinutes.agreedByNoTitle", values);
}
