// The computed entry into force in one sentence: its date, or why it is still pending
// ("Pending: waiting for China's notification"). Shared by the agreement page and its
// entry-into-force page.
import type { EntryIntoForce } from "@/lib/agreements/entry-into-force";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

export function entryIntoForceText(result: EntryIntoForce, t: Translate, locale: Locale): string {
  if (result.state === "date") return t("entryIntoForce.date", { date: formatDate(result.on, locale) });
  switch (result.reason) {
    case "noRule":
      return t("entryIntoForce.pendingNoRule");
    case "notSigned":
      return t("entryIntoForce.pendingNotSigned");
    case "waitingForNotification": {
      const [only] = result.sides;
      return result.sides.length === 1 && only ? t("entryIntoForce.pendingWaitingOne", { country: t(`sides.${only}`) }) : t("entryIntoForce.pendingWaitingBoth");
    }
  }
}

export function EntryIntoForceLine({ result, t, locale }: { result: EntryIntoForce; t: Translate; locale: Locale }) {
  return (
    <p className="text-sm font-medium" data-state={result.state}>
      {entryIntoForceText(result, t, locale)}
    </p>
  );
}
