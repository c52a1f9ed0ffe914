"use server";
// Progress confirmed by both sides: an officer or working-group member of the side that did not
// report a progress update on a joint milestone confirms it, or disputes it with a comment.
// The update itself is never changed (progress is append-only); its confirmation row is, with
// the version the user saw, and every answer is audited in the same transaction.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { queueWebhookEvent } from "@/lib/webhooks/queue";
import { defineAction } from "./define-action";
import { ConflictError, NotFoundError, RuleError } from "./errors";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { canAnswerJointProgress, canReadMilestone, jointProgressSides } from "@/lib/permissions";
import { answeringSide, nextConfirmationState, type ConfirmationEvent, type ConfirmationState } from "@/lib/joint-progress/rules";
import { notifyDisputed } from "@/lib/joint-progress/notify";
import { confirmProgressSchema, disputeProgressSchema } from "@/lib/schemas/joint-progress";
import type { SavedNotice } from "@/lib/saved-notices";

/** The update's confirmation with what the rules need; NotFound when missing or not the user's to answer. */
async function loadAnswerable(user: SessionUser, id: string) {
  if (!canReadMilestone(user)) throw new NotFoundError();
  const row = await db.progressConfirmation.findUnique({
    where: { id },
    select: {
      id: true,
      state: true,
      reportedSide: true,
      version: true,
      progressUpdate: { select: { id: true, authorId: true, reportedOn: true, percentComplete: true } },
      milestone: {
        select: {
          id: true,
          ownerSide: true,
          cancelledAt: true,
          titleEn: true,
          titleMs: true,
          titleZh: true,
          agreement: {
            select: {
              parties: { select: { organisationId: true } },
              workingGroups: { select: { members: { where: { personId: user.personId ?? "" }, select: { personId: true, side: true, endsOn: true } } } },
            },
          },
        },
      },
    },
  });
  if (!row) throw new NotFoundError();
  const context = {
    ownerSide: row.milestone.ownerSide,
    partyOrganisationIds: row.milestone.agreement.parties.map((party) => party.organisationId),
    memberships: row.milestone.agreement.workingGroups.flatMap((group) => group.members),
  };
  // Not the user's to answer (their own side's report, or no side to answer for) looks like not found.
  if (!canAnswerJointProgress(user, { ...context, reportedSide: row.reportedSide })) throw new NotFoundError();
  if (row.milestone.cancelledAt) throw new RuleError("milestones.errors.cancelled");
  const side = answeringSide(row.reportedSide, jointProgressSides(user, context));
  if (!side) throw new NotFoundError();
  return { ...row, side };
}

type Answer = { kind: "confirm" } | { kind: "dispute"; comment: string };

async function answer(user: SessionUser, input: { id: string; version: number; from: "milestone" | "queue" }, given: Answer) {
  const row = await loadAnswerable(user, input.id);
  const event: ConfirmationEvent = { kind: given.kind, side: row.side };
  const next = nextConfirmationState({ state: row.state as ConfirmationState, reportedSide: row.reportedSide }, event);
  // A stale page first: what the user saw has changed, whatever the change was.
  if (row.version !== input.version) throw new ConflictError({ entityType: "ProgressConfirmation", entityId: row.id, version: input.version });
  if (!next.ok) throw new RuleError(next.reason);

  const now = new Date();
  const data =
    given.kind === "confirm"
      ? { state: next.state, answerSide: row.side, confirmedById: user.id, confirmedAt: now }
      : { state: next.state, answerSide: row.side, disputedById: user.id, disputedAt: now, disputeComment: given.comment };
  await db.$transaction(async (tx) => {
    const { count } = await tx.progressConfirmation.updateMany({ where: { id: row.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError({ entityType: "ProgressConfirmation", entityId: row.id, version: input.version });
    await recordAudit(tx, {
      actorId: user.id,
      action: given.kind === "confirm" ? "progressUpdate.confirm" : "progressUpdate.dispute",
      entityType: "ProgressUpdate",
      entityId: row.progressUpdate.id,
      before: auditSnapshot({ state: row.state, version: row.version }),
      after: auditSnapshot({ state: next.state, answerSide: row.side, version: row.version + 1 }),
      reason: given.kind === "dispute" ? given.comment : null,
    });
    if (given.kind === "confirm") {
      await queueWebhookEvent(tx, "progress_update.confirmed", { id: row.progressUpdate.id, milestoneId: row.milestone.id, state: next.state, confirmedBySide: row.side, version: row.version + 1 });
    }
    if (given.kind === "dispute") {
      await notifyDisputed(tx, row.milestone, { ...row.progressUpdate, version: row.version + 1 }, given.comment, user);
    }
  });

  revalidatePath("/to-confirm");
  revalidatePath(`/milestones/${row.milestone.id}`);
  revalidatePath("/dashboard");
  const saved: SavedNotice = given.kind === "confirm" ? "progressConfirmed" : "progressDisputed";
  return { saved, data: undefined, redirectTo: input.from === "queue" ? "/to-confirm" : `/milestones/${row.milestone.id}#updates` };
}

export const confirmProgressUpdate = defineAction(confirmProgressSchema, async ({ user, input }) => answer(user, input, { kind: "confirm" }));

export const disputeProgressUpdate = defineAction(disputeProgressSchema, async ({ user, input }) => answer(user, input, { kind: "dispute", comment: input.comment }));
