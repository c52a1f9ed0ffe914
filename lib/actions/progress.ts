"use server";
// Officers report progress on a milestone. Updates are appended, never edited: a correction is
// a new update pointing at the one it corrects. The milestone's current state follows the
// latest update in the same transaction.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { defineAction } from "./define-action";
import { NotFoundError, RuleError } from "./errors";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { queueWebhookEvent } from "@/lib/webhooks/queue";
import { canEditMilestone } from "@/lib/permissions";
import { checkUpload, withStoredUploads } from "@/lib/files/storage";
import { evidenceKinds, evidenceMaxBytes } from "@/lib/milestones/evidence";
import { milestoneAccessSelect, withPartyIds } from "@/lib/milestones/access";
import { lockMilestones, refreshCurrentState } from "@/lib/milestones/current-state";
import { today } from "@/lib/dates";
import { needsBackwardsConfirmation, percentFromIndicator } from "@/lib/milestones/rules";
import { logProgressSchema } from "@/lib/schemas/progress";
import { notifyWorryingProgress } from "@/lib/notifications/triggers";
import { progressReportColumnsSelect } from "@/lib/milestones/columns";
import { putReportToOtherSide } from "@/lib/joint-progress/write";

const evidenceRules = { kinds: evidenceKinds, maxBytes: evidenceMaxBytes };

export const logProgress = defineAction(logProgressSchema, async ({ user, input }) => {
  const row = await db.milestone.findUnique({
    where: { id: input.milestoneId },
    select: {
      ...milestoneAccessSelect,
      agreementId: true,
      startOn: true,
      cancelledAt: true,
      indicatorBaseline: true,
      indicatorTarget: true,
      titleEn: true,
      titleMs: true,
      titleZh: true,
    },
  });
  if (!row) throw new NotFoundError();
  const milestone = withPartyIds(row);
  if (!canEditMilestone(user, milestone)) throw new NotFoundError();
  if (milestone.cancelledAt) throw new RuleError("milestones.errors.cancelled");

  if (input.reportedOn > today()) throw new RuleError("progress.errors.reportedInFuture", "reportedOn");
  if (input.reportedOn < milestone.startOn) throw new RuleError("progress.errors.reportedBeforeStart", "reportedOn");

  const hasIndicator = milestone.indicatorBaseline !== null && milestone.indicatorTarget !== null;
  let percentComplete = input.percentComplete;
  if (input.indicatorActual !== null) {
    if (!hasIndicator || !milestone.indicatorBaseline || !milestone.indicatorTarget) throw new RuleError("progress.errors.noIndicator", "indicatorActual");
    percentComplete = percentFromIndicator(input.indicatorActual, milestone.indicatorBaseline.toNumber(), milestone.indicatorTarget.toNumber());
  }
  if (percentComplete === null) throw new RuleError(hasIndicator ? "progress.errors.percentOrActual" : "errors.required", "percentComplete");

  if (input.correctsUpdateId) {
    const corrected = await db.progressUpdate.findFirst({ where: { id: input.correctsUpdateId, milestoneId: milestone.id }, select: { id: true } });
    if (!corrected) throw new RuleError("progress.errors.unknownCorrected", "correctsUpdateId");
  }

  // "Backwards" is against the update this one follows in history (a back-dated report is compared with what came before it).
  const previous = await db.progressUpdate.findFirst({
    where: { milestoneId: milestone.id, reportedOn: { lte: input.reportedOn } },
    orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: { percentComplete: true },
  });
  const previousPercent = previous?.percentComplete ?? null;
  const isBackwards = needsBackwardsConfirmation({ previousPercent, percent: percentComplete, status: input.status, isCorrection: input.correctsUpdateId !== null });
  if (isBackwards && !input.confirmBackwards) throw new RuleError("progress.errors.backwards", "confirmBackwards");

  if (input.status === "COMPLETED" && input.evidenceLinks.length + input.evidenceFiles.length === 0) {
    throw new RuleError("progress.errors.completedNeedsEvidence", "evidenceFiles");
  }

  // Every file is checked before anything is stored.
  const uploads = [];
  for (const file of input.evidenceFiles) uploads.push(await checkUpload(file, evidenceRules, "evidenceFiles", user.id));

  const created = await withStoredUploads(uploads, (stored) =>
    db.$transaction(async (tx) => {
      await lockMilestones(tx, [milestone.id]);
      const update = await tx.progressUpdate.create({
        data: {
          milestoneId: milestone.id,
          reportedOn: input.reportedOn,
          percentComplete,
          indicatorActual: input.indicatorActual,
          status: input.status,
          narrative: input.narrative,
          blockers: input.blockers,
          correctsUpdateId: input.correctsUpdateId,
          authorId: user.id,
          evidence: {
            create: [
              ...input.evidenceLinks.map((url) => ({ title: url, url })),
              ...stored.map((file) => ({ title: file.fileName, file: { create: { ...file, uploadedById: user.id } } })),
            ],
          },
        },
        select: {
          id: true,
          milestoneId: true,
          ...progressReportColumnsSelect,
          evidence: { select: { id: true, title: true, url: true, fileId: true } },
        },
      });
      await refreshCurrentState(tx, [milestone.id]);
      await recordAudit(tx, {
        actorId: user.id,
        action: input.correctsUpdateId ? "progressUpdate.correct" : "progressUpdate.create",
        entityType: "ProgressUpdate",
        entityId: update.id,
        after: auditSnapshot({ ...update, confirmedBackwards: isBackwards }),
      });
      // On a joint milestone the other side is asked to confirm (and a correction settles what it corrects).
      await putReportToOtherSide(tx, { milestone, update, correctsUpdateId: input.correctsUpdateId, actor: user });
      // A correction restates history; only a new report asks the coordinators for attention.
      if (!input.correctsUpdateId) await notifyWorryingProgress(tx, milestone, update, user);
      await queueWebhookEvent(tx, "progress_update.created", { id: update.id, milestoneId: milestone.id, reportedOn: update.reportedOn, percentComplete, status: input.status, correctsUpdateId: input.correctsUpdateId });
      return update;
    }),
  );

  revalidatePath("/milestones");
  revalidatePath(`/milestones/${milestone.id}`);
  return { data: { id: created.id, percentComplete } };
});
