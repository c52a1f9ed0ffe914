import { Badge, type Tone } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";

export type AgreementStatus = "DRAFT" | "SIGNED" | "IN_FORCE" | "EXPIRED" | "TERMINATED" | "SUPERSEDED";

const tones: Record<AgreementStatus, Tone> = {
  DRAFT: "neutral",
  SIGNED: "info",
  IN_FORCE: "success",
  EXPIRED: "warning",
  TERMINATED: "danger",
  SUPERSEDED: "neutral",
};

export function AgreementStatusBadge({ status, t }: { status: AgreementStatus; t: Translate }) {
  return <Badge tone={tones[status]}>{t(`agreementStatus.${status}`)}</Badge>;
}
