// What an action item may point at, checked against its group: one function for raising an item
// and for correcting it, so the two can never accept different owners or links.
import "server-only";
import { db } from "@/lib/db";
import { RuleError } from "@/lib/actions/errors";
import { assertCalendarDay, today as appToday } from "@/lib/dates";
import { ownerSideFor } from "./status-machine";

type Side = "MALAYSIA" | "CHINA";

export type ItemReferences = { malaysiaOwnerId: string | null; chinaOwnerId: string | null; cooperationAreaId: string | null; milestoneId: string | null };

/** Same day rule as lib/permissions.ts: a membership ending today still counts today. */
async function assertCurrentMemberOnSide(workingGroupId: string, personId: string | null, side: Side, field: string, today: Date) {
  if (!personId) return;
  const member = await db.workingGroupMember.findFirst({
    where: { workingGroupId, personId, side, OR: [{ endsOn: null }, { endsOn: { gte: assertCalendarDay(today) } }] },
    select: { id: true },
  });
  if (!member) throw new RuleError("actionItems.errors.ownerNotOnSide", field);
}

/**
 * Owners are current members of the group on their side; the area and milestone belong to the
 * group's agreement. Returns the owner side the owners give. `kept` is what the item already has:
 * an owner who has since left the group stays accepted, so correcting a typo does not force a
 * reassignment — only a newly named owner must be a current member.
 */
export async function checkItemReferences(
  group: { id: string; agreementId: string },
  input: ItemReferences,
  kept?: Pick<ItemReferences, "malaysiaOwnerId" | "chinaOwnerId">,
  today = appToday(),
): Promise<"MALAYSIA" | "CHINA" | "JOINT"> {
  if (input.malaysiaOwnerId !== kept?.malaysiaOwnerId) await assertCurrentMemberOnSide(group.id, input.malaysiaOwnerId, "MALAYSIA", "malaysiaOwnerId", today);
  if (input.chinaOwnerId !== kept?.chinaOwnerId) await assertCurrentMemberOnSide(group.id, input.chinaOwnerId, "CHINA", "chinaOwnerId", today);
  if (input.cooperationAreaId) {
    const area = await db.cooperationArea.findUnique({ where: { id: input.cooperationAreaId }, select: { agreementId: true } });
    if (!area || area.agreementId !== group.agreementId) throw new RuleError("actionItems.errors.areaNotInAgreement", "cooperationAreaId");
  }
  if (input.milestoneId) {
    const milestone = await db.milestone.findUnique({ where: { id: input.milestoneId }, select: { agreementId: true } });
    if (!milestone || milestone.agreementId !== group.agreementId) throw new RuleError("actionItems.errors.milestoneNotInAgreement", "milestoneId");
  }
  const ownerSide = ownerSideFor(input.malaysiaOwnerId, input.chinaOwnerId);
  if (!ownerSide) throw new RuleError("actionItems.errors.ownerRequired", "malaysiaOwnerId");
  return ownerSide;
}
