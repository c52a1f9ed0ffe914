// "Expiring soon" as a badge with words (the dot alone never carries the meaning).
import { Badge } from "@/components/ui/badge";
import { daysUntil, isExpiringSoon } from "@/lib/agreements/expiry";
import type { Translate } from "@/lib/i18n/translate";
import { today as appToday } from "@/lib/dates";

export function ExpiryBadge({ agreement, t, today = appToday() }: { agreement: { status: string; expiresOn: Date | null; noticeDays: number | null; archivedAt: Date | null }; t: Translate; today?: Date }) {
  if (!agreement.expiresOn || !isExpiringSoon(agreement, today)) return null;
  return <Badge tone="warning">{t("agreements.expiringSoon", { days: daysUntil(agreement.expiresOn, today) })}</Badge>;
}
