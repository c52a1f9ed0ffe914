import { Badge, type Tone } from "@/components/ui/badge";
import type { ActionItemStatus } from "@/lib/action-items/status-machine";

const tones: Record<ActionItemStatus, Tone> = {
  OPEN: "neutral",
  IN_PROGRESS: "info",
  SUBMITTED: "warning",
  ACCEPTED: "success",
  RETURNED: "danger",
  CLOSED: "success",
  BLOCKED: "danger",
  CANCELLED: "neutral",
};

export function ActionItemStatusBadge({ status, label }: { status: ActionItemStatus; label: string }) {
  return <Badge tone={tones[status]}>{label}</Badge>;
}
