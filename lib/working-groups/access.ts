// What the permission rules need to know about a group, loaded once per action or handler.
import "server-only";
import type { Prisma } from "@/lib/db";
import type { DbClient, TransactionClient } from "@/lib/prisma-client";
import { canListAllWorkingGroups, canReadWorkingGroup, type GroupMembership } from "@/lib/permissions";
import type { SessionUser } from "@/lib/auth/session-user";

export const membershipSelect = { personId: true, role: true, endsOn: true } as const;

/** The agreement's parties, selected with the group so that canReadWorkingGroup costs no extra query. */
export const agreementPartiesSelect = { select: { parties: { select: { organisationId: true } } } } as const;

export const partyOrganisationIdsOf = (agreement: { parties: readonly { organisationId: string }[] }) => agreement.parties.map((party) => party.organisationId);

export type GroupAccess = { id: string; agreementId: string; members: GroupMembership[]; memberPersonIds: string[]; partyOrganisationIds: string[] };

export async function loadGroupAccess(client: DbClient | TransactionClient, workingGroupId: string): Promise<GroupAccess | null> {
  const group = await client.workingGroup.findUnique({
    where: { id: workingGroupId },
    select: { id: true, agreementId: true, members: { select: membershipSelect }, agreement: agreementPartiesSelect },
  });
  if (!group) return null;
  const { agreement, ...rest } = group;
  return { ...rest, memberPersonIds: group.members.map((member) => member.personId), partyOrganisationIds: partyOrganisationIdsOf(agreement) };
}

/**
 * The where-clause of groups a user may read, canReadWorkingGroup as a query: every group for
 * administrators and managers; otherwise the groups they are a member of and, when the rule lets
 * them read by their organisation (officers), the groups of agreements it is party to.
 */
export function visibleGroupsWhere(user: Pick<SessionUser, "id" | "role" | "organisationId" | "personId">): Prisma.WorkingGroupWhereInput {
  if (canListAllWorkingGroups(user)) return {};
  const asMember: Prisma.WorkingGroupWhereInput = { members: { some: { personId: user.personId ?? "__nobody__" } } };
  const { organisationId } = user;
  // The rule asked of a group the user is no member of, under an agreement their organisation is party to.
  if (organisationId === null || !canReadWorkingGroup(user, { memberPersonIds: [], partyOrganisationIds: [organisationId] })) return asMember;
  return { OR: [asMember, { agreement: { parties: { some: { organisationId } } } }] };
}
