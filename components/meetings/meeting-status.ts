import type { Tone } from "@/components/ui/badge";

export const meetingStatusTone: Record<"SCHEDULED" | "HELD" | "CANCELLED", Tone> = { SCHEDULED: "info", HELD: "success", CANCELLED: "neutral" };
