import type { Tone } from "@/components/ui/badge";
import type { MinutesState } from "@/lib/meetings/minutes-approval";

/** The dot beside the minutes state's words: agreed green, waiting on a change amber. */
export const minutesStateTone: Record<MinutesState, Tone> = { NONE: "neutral", DRAFT: "neutral", CIRCULATED: "info", CHANGES_REQUESTED: "warning", AGREED: "success" };
