// "Provisional": a decision or action item recorded in minutes that both sides have not yet agreed.
import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";

export function ProvisionalBadge({ t }: { t: Translate }) {
  return (
    <span title={t("agreedMinutes.provisionalHint")}>
      <Badge tone="warning">{t("agreedMinutes.provisional")}</Badge>
    </span>
  );
}
