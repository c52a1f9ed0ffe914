// Reads of working groups: members of a group, managers and administrators see it.
import "server-only";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { canListAllWorkingGroups, canReadWorkingGroup } from "@/lib/permissions";

const localizedName = { nameEn: true, nameMs: true, nameZh: true } as const;

export async function listWorkingGroups() {
  const user = await requireUser();
  const visibleTo = canListAllWorkingGroups(user) ? {} : { members: { some: { personId: user.personId ?? "__nobody__" } } };
  return db.workingGroup.findMany({
    where: visibleTo,
    orderBy: { nameEn: "asc" },
    select: {
      id: true,
      ...localizedName,
      agreement: { select: { id: true, titleEn: true, titleMs: true, titleZh: true } },
      _count: { select: { members: true, meetings: true } },
    },
  });
}

export async function getWorkingGroupDetail(id: string) {
  const user = await requireUser();
  const group = await db.workingGroup.findUnique({
    where: { id },
    select: {
      id: true,
      ...localizedName,
      termsOfReferenceEn: true,
      termsOfReferenceMs: true,
      termsOfReferenceZh: true,
      establishedOn: true,
      agreement: { select: { id: true, titleEn: true, titleMs: true, titleZh: true } },
      members: {
        orderBy: [{ side: "asc" }, { role: "asc" }],
        select: {
          id: true,
          side: true,
          role: true,
          isExample: true,
          startsOn: true,
          endsOn: true,
          person: { select: { id: true, name: true, titleEn: true, titleMs: true, titleZh: true } },
          organisation: { select: { acronym: true, ...localizedName } },
          counterpart: { select: { person: { select: { name: true } } } },
          counterpartOf: { select: { person: { select: { name: true } } } },
        },
      },
    },
  });
  // Not-found and not-allowed look the same to the caller.
  if (!group || !canReadWorkingGroup(user, { memberPersonIds: group.members.map((member) => member.person.id) })) return null;
  return group;
}
