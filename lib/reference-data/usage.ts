// Whether an organisation is referred to by any record (and so may only be retired).
import "server-only";
import type { TransactionClient } from "@/lib/prisma-client";

export async function isOrganisationInUse(tx: TransactionClient, organisationId: string): Promise<boolean> {
  const usage = await tx.organisation.findUnique({
    where: { id: organisationId },
    select: { _count: { select: { agreementParties: true, signatories: true, milestones: true, workingGroupMembers: true, users: true, people: true } } },
  });
  if (!usage) return false;
  return Object.values(usage._count).some((count) => count > 0);
}
