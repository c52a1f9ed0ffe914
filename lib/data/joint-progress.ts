// Reads of "progress confirmed by both sides": each side's "To confirm" queue, and the
// confirmation of each update a milestone page shows. Scoped to the signed-in user; a fixed
// number of queries whatever the number of updates (the queue's lists are capped).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ForbiddenError, requireUser } from "@/lib/auth/session";
import type { SessionUser, Side } from "@/lib/auth/session-user";
import { canAnswerJointProgress, canEditMilestone, canReadMilestone, canUseConfirmationQueue, jointProgressSides } from "@/lib/permissions";
import { today as appToday } from "@/lib/dates";
import { localizedTitle } from "@/lib/i18n/content";
import { findCapped } from "./capped";

/** How many rows each list of the queue shows (the page says when there are more). */
export const queueLimit = 50;

const otherSide = (side: Side): Side => (side === "MALAYSIA" ? "CHINA" : "MALAYSIA");

/** The agreements the user answers for, per side: as an officer of a party, and as a current member of a working group. */
async function sideScopes(user: SessionUser): Promise<{ side: Side; agreement: Prisma.AgreementWhereInput }[]> {
  const scopes: { side: Side; agreement: Prisma.AgreementWhereInput }[] = [];
  if (user.role === "OFFICER" && user.organisationId && user.side) scopes.push({ side: user.side, agreement: { parties: { some: { organisationId: user.organisationId } } } });
  if (user.personId && (user.role === "OFFICER" || user.role === "WG_MEMBER")) {
    const memberships = await db.workingGroupMember.findMany({
      where: { personId: user.personId, OR: [{ endsOn: null }, { endsOn: { gte: appToday() } }] },
      select: { side: true, workingGroup: { select: { agreementId: true } } },
    });
    for (const side of ["MALAYSIA", "CHINA"] as const) {
      const agreementIds = memberships.filter((membership) => membership.side === side).map((membership) => membership.workingGroup.agreementId);
      if (agreementIds.length > 0) scopes.push({ side, agreement: { id: { in: [...new Set(agreementIds)] } } });
    }
  }
  return scopes;
}

const queueSelect = {
  id: true,
  progressUpdateId: true,
  version: true,
  state: true,
  reportedSide: true,
  answerSide: true,
  disputeComment: true,
  disputedAt: true,
  disputedBy: { select: { name: true } },
  progressUpdate: { select: { reportedOn: true, percentComplete: true, author: { select: { name: true } } } },
  milestone: { select: { id: true, ...localizedTitle, agreement: { select: { id: true, ...localizedTitle } } } },
} as const;

const openJointMilestone = { ownerSide: "JOINT", cancelledAt: null } satisfies Prisma.MilestoneWhereInput;

function capped(where: Prisma.ProgressConfirmationWhereInput) {
  return findCapped(
    queueLimit,
    (take) => db.progressConfirmation.findMany({ where, orderBy: [{ progressUpdate: { reportedOn: "asc" } }, { id: "asc" }], take, select: queueSelect }),
    () => db.progressConfirmation.count({ where }),
  );
}

/**
 * The user's side's queue: reports of the other side waiting for an answer; reports the user's
 * side disputed (still open, and still confirmable); and the user's side's reports the other side
 * disputed (to correct).
 */
export async function getConfirmationQueue() {
  const user = await requireUser();
  if (!canUseConfirmationQueue(user)) throw new ForbiddenError();
  const scopes = await sideScopes(user);
  const none = { id: "" } satisfies Prisma.ProgressConfirmationWhereInput;
  const anyOf = (build: (scope: (typeof scopes)[number]) => Prisma.ProgressConfirmationWhereInput) => (scopes.length > 0 ? { OR: scopes.map(build) } : none);
  const inScope = (scope: (typeof scopes)[number]) => ({ ...openJointMilestone, agreement: scope.agreement });
  const [awaiting, disputedByUs, disputedMine] = await Promise.all([
    capped({ state: "REPORTED", ...anyOf((scope) => ({ milestone: inScope(scope), OR: [{ reportedSide: otherSide(scope.side) }, { reportedSide: null }] })) }),
    capped({ state: "DISPUTED", ...anyOf((scope) => ({ milestone: inScope(scope), answerSide: scope.side })) }),
    capped({ state: "DISPUTED", ...anyOf((scope) => ({ milestone: inScope(scope), reportedSide: scope.side })) }),
  ]);
  return { awaiting, disputedByUs, disputedMine, canCorrect: user.role === "OFFICER" };
}

/**
 * The confirmation of each update of one milestone, and whether the user may answer it. One
 * query for the confirmations, one for the user's memberships in the agreement's groups.
 */
export async function getMilestoneConfirmations(milestone: { id: string; ownerSide: "MALAYSIA" | "CHINA" | "JOINT"; ownerOrganisationId: string; agreementId: string; partyOrganisationIds: readonly string[] }) {
  const user = await requireUser();
  if (!canReadMilestone(user)) throw new ForbiddenError();
  const [rows, memberships] = await Promise.all([
    db.progressConfirmation.findMany({
      where: { milestoneId: milestone.id },
      select: {
        id: true,
        progressUpdateId: true,
        version: true,
        state: true,
        reportedSide: true,
        answerSide: true,
        confirmedAt: true,
        confirmedBy: { select: { name: true } },
        disputedAt: true,
        disputeComment: true,
        disputedBy: { select: { name: true } },
      },
    }),
    user.personId
      ? db.workingGroupMember.findMany({ where: { personId: user.personId, workingGroup: { agreementId: milestone.agreementId } }, select: { personId: true, side: true, endsOn: true } })
      : Promise.resolve([]),
  ]);
  const context = { ownerSide: milestone.ownerSide, partyOrganisationIds: milestone.partyOrganisationIds, memberships };
  const isJoint = milestone.ownerSide === "JOINT";
  const mySides = jointProgressSides(user, context);
  return {
    isJoint,
    /** The user may correct a disputed update (they may report on the milestone). */
    canCorrect: canEditMilestone(user, milestone),
    byUpdate: new Map(
      rows.map((row) => [
        row.progressUpdateId,
        {
          ...row,
          canAnswer: isJoint && (row.state === "REPORTED" || row.state === "DISPUTED") && canAnswerJointProgress(user, { ...context, reportedSide: row.reportedSide }),
          isMySidesReport: row.reportedSide !== null && mySides.includes(row.reportedSide),
        },
      ]),
    ),
  };
}
