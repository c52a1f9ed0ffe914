// A milestone's or update's status as a pill: colour plus words.
import { Badge, type Tone } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";

const tones: Record<string, Tone> = {
  NOT_STARTED: "neutral",
  ON_TRACK: "success",
  AT_RISK: "warning",
  OFF_TRACK: "danger",
  COMPLETED: "info",
  CANCELLED: "neutral",
};

type Status = "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "COMPLETED" | "CANCELLED";

export function MilestoneStatusBadge({ status, t }: { status: Status; t: Translate }) {
  return <Badge tone={tones[status] ?? "neutral"}>{t(`milestones.status.${status}`)}</Badge>;
}
