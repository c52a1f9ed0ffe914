// What the permission rules need to know about a group, loaded once per action or handler.
import "server-only";
import type { DbClient, TransactionClient } from "@/lib/prisma-client";
import { canListAllWorkingGroups, type GroupMembership } from "@/lib/permissions";
import type { SessionUser } from "@/lib/auth/session-user";

export const membershipSelect = { personId: true, role: true, endsOn: true } as const;

export type GroupAccess = { id: string; agreementId: string; members: GroupMembership[]; memberPersonIds: string[] };

export async function loadGroupAccess(client: DbClient | TransactionClient, workingGroupId: string): Promise<GroupAccess | null> {
  const group = await client.workingGroup.findUnique({
    where: { id: workingGroupId },
    select: { id: true, agreementId: true, members: { select: membershipSelect } },
  });
  if (!group) return null;
  return { ...group, memberPersonIds: group.members.map((member) => member.personId) };
}

/** The where-clause of groups a user may read: every group for administrators and managers. */
export function visibleGroupsWhere(user: Pick<SessionUser, "id" | "role" | "organisationId" | "personId">) {
  if (canListAllWorkingGroups(user)) return {};
  return { members: { some: { personId: user.personId ?? "__nobody__" } } };
}
