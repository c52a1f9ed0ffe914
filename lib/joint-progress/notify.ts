// Who is told about progress on joint milestones (README "Notifications"): when an update is put
// to the other side, those who may answer it; when it is disputed, its reporter. Written with
// notify() inside the action's transaction; the choice is the permission rule itself
// (canAnswerJointProgress), so nobody is asked to confirm their own side's report.
import "server-only";
import type { TransactionClient } from "@/lib/db";
import type { Side } from "@/lib/auth/session-user";
import { canAnswerJointProgress } from "@/lib/permissions";
import { isoDay, today as appToday } from "@/lib/dates";
import { notify } from "@/lib/notifications/notify";
import { localizedTitle } from "@/lib/notifications/params";
import { finalRecipients, mayReadMilestone, type Candidate } from "@/lib/notifications/rules";

type MilestoneForNotice = { id: string; agreementId: string; titleEn: string; titleMs: string | null; titleZh: string | null; partyOrganisationIds: readonly string[] };
type Actor = { id: string; name: string };

const candidateSelect = { id: true, role: true, organisationId: true, personId: true, isActive: true, name: true, email: true, organisation: { select: { side: true } } } as const;

/** Officers of the parties and members of the agreement's working groups, with what the rule needs. */
async function answerers(tx: TransactionClient, milestone: MilestoneForNotice) {
  const officers = await tx.user.findMany({ where: { isActive: true, role: "OFFICER", organisationId: { in: [...milestone.partyOrganisationIds] } }, select: candidateSelect });
  const memberships = await tx.workingGroupMember.findMany({
    where: { workingGroup: { agreementId: milestone.agreementId }, person: { user: { isActive: true } } },
    select: { personId: true, side: true, endsOn: true, person: { select: { user: { select: candidateSelect } } } },
  });
  const users = new Map<string, (typeof officers)[number]>();
  for (const user of [...officers, ...memberships.flatMap((membership) => (membership.person.user ? [membership.person.user] : []))]) users.set(user.id, user);
  return { users: [...users.values()], memberships: memberships.map(({ personId, side, endsOn }) => ({ personId, side, endsOn })) };
}

/** Updates just put to the other side: everyone who may confirm them. */
export async function notifyToConfirm(
  tx: TransactionClient,
  milestone: MilestoneForNotice,
  updates: readonly { progressUpdateId: string; reportedSide: Side | null; reportedOn: Date }[],
  actor: Actor,
): Promise<void> {
  if (updates.length === 0) return;
  const { users, memberships } = await answerers(tx, milestone);
  const context = { ownerSide: "JOINT" as const, partyOrganisationIds: milestone.partyOrganisationIds, memberships };
  const today = appToday();
  for (const update of updates) {
    const asked: Candidate[] = users.filter((user) =>
      canAnswerJointProgress({ ...user, side: user.organisation?.side ?? null }, { ...context, reportedSide: update.reportedSide }, today),
    );
    await notify(tx, {
      kind: "JOINT_PROGRESS_TO_CONFIRM",
      recordType: "Milestone",
      recordId: milestone.id,
      occurrence: update.progressUpdateId,
      params: { title: localizedTitle(milestone), actor: actor.name, date: isoDay(update.reportedOn) },
      recipientIds: finalRecipients(asked, actor.id, mayReadMilestone),
    });
  }
}

/** A dispute: the update's reporter, with the comment. */
export async function notifyDisputed(
  tx: TransactionClient,
  milestone: Pick<MilestoneForNotice, "id" | "titleEn" | "titleMs" | "titleZh">,
  update: { id: string; authorId: string | null; reportedOn: Date; version: number },
  comment: string,
  actor: Actor,
): Promise<void> {
  if (!update.authorId) return;
  const reporter = await tx.user.findMany({ where: { id: update.authorId, isActive: true }, select: candidateSelect });
  await notify(tx, {
    kind: "JOINT_PROGRESS_DISPUTED",
    recordType: "Milestone",
    recordId: milestone.id,
    occurrence: `${update.id}:v${update.version}`,
    params: { title: localizedTitle(milestone), actor: actor.name, date: isoDay(update.reportedOn), excerpt: comment.slice(0, 280) },
    recipientIds: finalRecipients(reporter, actor.id, mayReadMilestone),
  });
}
