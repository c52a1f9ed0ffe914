// Example answers to progress on the joint milestones (README "Progress confirmed by both
// sides"): the other side has confirmed the earlier updates; on the joint innovation challenge
// (reported by Malaysia) China disputes one update and the latest waits for China's answer; on
// the AI technical exchange (reported by China) the latest waits for Malaysia's. All marked
// isExample, create-only like the rest of the seed.
import type { Side } from "../../lib/generated/prisma/client";
import type { TransactionClient } from "../../lib/prisma-client";
import { milestoneSpecs, planMilestone } from "./example-milestones";
import type { DemoUserKey } from "./users";

const DAY = 86_400_000;

/** The disputed update's comment: what the other side would write. */
export const exampleDisputeComment =
  "The number of start-ups registered includes 12 applications still under eligibility review by the National Data Administration; please report only confirmed registrations.";

type Answer = { state: "REPORTED" | "CONFIRMED" | "DISPUTED"; reportedSide: Side; answerer: DemoUserKey };

/** Which joint milestone, reported by which side and answered by whom. */
const jointExamples: { number: number; reportedSide: Side; answerer: DemoUserKey; disputeSecondLast: boolean }[] = [
  { number: 3, reportedSide: "MALAYSIA", answerer: "officerCn", disputeSecondLast: true },
  { number: 7, reportedSide: "CHINA", answerer: "officerMy", disputeSecondLast: false },
];

function answerFor(index: number, count: number, example: (typeof jointExamples)[number]): Answer {
  const state = index === count - 1 ? "REPORTED" : example.disputeSecondLast && index === count - 2 ? "DISPUTED" : "CONFIRMED";
  return { state, reportedSide: example.reportedSide, answerer: example.answerer };
}

export async function seedExampleJointProgress(tx: TransactionClient, context: { today: Date; users: Partial<Record<DemoUserKey, string>> }): Promise<void> {
  for (const example of jointExamples) {
    const spec = milestoneSpecs.find((candidate) => candidate.number === example.number);
    if (!spec || spec.ownerSide !== "JOINT") throw new Error(`Example milestone ${example.number} is not joint`);
    const plan = planMilestone(spec, context.today);
    for (const [index, update] of plan.updates.entries()) {
      const answer = answerFor(index, plan.updates.length, example);
      const answeredAt = new Date(Math.min(update.reportedOn.getTime() + 3 * DAY, context.today.getTime()));
      const answererId = context.users[answer.answerer] ?? null;
      const answerSide: Side = answer.reportedSide === "MALAYSIA" ? "CHINA" : "MALAYSIA";
      await tx.progressConfirmation.upsert({
        where: { progressUpdateId: update.id },
        update: {},
        create: {
          id: update.id.replace("seed_update_", "seed_confirmation_"),
          progressUpdateId: update.id,
          milestoneId: plan.id,
          reportedSide: answer.reportedSide,
          state: answer.state,
          answerSide: answer.state === "REPORTED" ? null : answerSide,
          ...(answer.state === "CONFIRMED" ? { confirmedById: answererId, confirmedAt: answeredAt } : {}),
          ...(answer.state === "DISPUTED" ? { disputedById: answererId, disputedAt: answeredAt, disputeComment: exampleDisputeComment } : {}),
          isExample: true,
        },
      });
    }
  }
}
