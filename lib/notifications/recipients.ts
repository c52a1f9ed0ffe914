// Loads the users who might be told about a change, for the pure rules in ./rules.ts to choose from.
import type { TransactionClient } from "@/lib/prisma-client";
import type { Candidate } from "./rules";

const candidateSelect = { id: true, role: true, organisationId: true, personId: true, isActive: true, name: true, email: true } as const;

/** The accounts of these people (owners, group members). */
export function candidatesForPersons(tx: TransactionClient, personIds: readonly string[]): Promise<Candidate[]> {
  if (personIds.length === 0) return Promise.resolve([]);
  return tx.user.findMany({ where: { personId: { in: [...new Set(personIds)] }, isActive: true }, select: candidateSelect });
}

/** Officers of these organisations, and (when asked) every manager. */
export function candidatesForParties(tx: TransactionClient, organisationIds: readonly string[], withManagers: boolean): Promise<Candidate[]> {
  return tx.user.findMany({
    where: {
      isActive: true,
      OR: [{ role: "OFFICER", organisationId: { in: [...organisationIds] } }, ...(withManagers ? [{ role: "MANAGER" as const }] : [])],
    },
    select: candidateSelect,
  });
}
