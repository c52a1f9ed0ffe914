// Loads what the milestone rules need to decide who may change a milestone: its owner and the
// organisations party to its agreement. Used by actions, imports and pages alike.
import "server-only";
import { db } from "@/lib/db";

export const milestoneAccessSelect = {
  id: true,
  ownerOrganisationId: true,
  ownerSide: true,
  agreement: { select: { parties: { select: { organisationId: true } } } },
} as const;

export function withPartyIds<T extends { agreement: { parties: { organisationId: string }[] } }>(row: T): T & { partyOrganisationIds: string[] } {
  return { ...row, partyOrganisationIds: row.agreement.parties.map((party) => party.organisationId) };
}

/** The cooperation area (not retired) with its agreement's party organisations, or null. */
export async function findUsableArea(cooperationAreaId: string) {
  const area = await db.cooperationArea.findFirst({
    where: { id: cooperationAreaId, isRetired: false, agreement: { archivedAt: null } },
    select: { id: true, agreementId: true, agreement: { select: { parties: { select: { organisationId: true } } } } },
  });
  return area ? withPartyIds(area) : null;
}
