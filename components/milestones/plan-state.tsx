// The plan-based state beside the reported status: "Behind plan" / "On plan" as a pill with words,
// the variance against the planned line today, and — where the officer's report and the plan
// disagree — a sentence that says so (never colour alone).
import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import { reportedStatusDisagreesWithPlan, type PlanState } from "@/lib/milestones/rules";

export type PlanView = { state: PlanState; planned: number; variance: number };

export function PlanStateBadge({ plan, t }: { plan: PlanView; t: Translate }) {
  return <Badge tone={plan.state === "behindPlan" ? "warning" : "neutral"}>{t(`planState.${plan.state}`)}</Badge>;
}

/** The variance in words, e.g. "33 points behind the 58% planned for today". */
export function planVarianceText(plan: PlanView, t: Translate): string {
  const values = { points: Math.abs(plan.variance), planned: plan.planned };
  if (plan.variance < 0) return t("planState.behindBy", values);
  if (plan.variance > 0) return t("planState.aheadBy", values);
  return t("planState.asPlanned", values);
}

/** Shown only when the reported status says one thing and the plan another. */
export function PlanDisagreement({ status, plan, t }: { status: string; plan: PlanView; t: Translate }) {
  if (!reportedStatusDisagreesWithPlan(status, plan.state)) return null;
  return (
    <p className="text-sm font-medium text-amber-900">
      {t("planState.disagrees", { status: t("milestones.status.ON_TRACK"), points: Math.abs(plan.variance), planned: plan.planned })}
    </p>
  );
}
