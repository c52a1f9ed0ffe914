// Reads of working groups: who sees a group is canReadWorkingGroup (members, officers of the
// agreement's parties, managers and administrators).
import "server-only";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { canManageWorkingGroup, canReadWorkingGroup } from "@/lib/permissions";
import { agreementPartiesSelect, partyOrganisationIdsOf, visibleGroupsWhere } from "@/lib/working-groups/access";
import { localizedName, localizedTitle } from "@/lib/i18n/content";
import { getLocale } from "@/lib/i18n/server";
import { inReaderLanguage } from "@/lib/i18n/sort";
import { personNameSelect } from "@/lib/people/display-name";
import { findFactSources } from "./fact-sources";
import { today } from "@/lib/dates";
import { designatedApprover, minutesSides } from "@/lib/meetings/minutes-approval";
import { cache } from "react";

export async function listWorkingGroups() {
  const locale = await getLocale();
  const user = await requireUser();
  return db.workingGroup.findMany({
    where: visibleGroupsWhere(user),
    orderBy: inReaderLanguage(locale),
    select: {
      id: true,
      ...localizedName,
      agreement: { select: { id: true, titleEn: true, titleMs: true, titleZh: true } },
      _count: { select: { members: true, meetings: true } },
    },
  });
}

/** What a group's page and its edit form both show of the group and of each member. */
const groupFieldsSelect = { id: true, ...localizedName, termsOfReferenceEn: true, termsOfReferenceMs: true, termsOfReferenceZh: true, establishedOn: true } as const;
const memberFieldsSelect = { id: true, side: true, role: true, startsOn: true, endsOn: true } as const;

async function loadWorkingGroupDetail(id: string) {
  const user = await requireUser();
  const group = await db.workingGroup.findUnique({
    where: { id },
    select: {
      ...groupFieldsSelect,
      minutesApproverMalaysiaId: true,
      minutesApproverChinaId: true,
      agreement: { select: { id: true, titleEn: true, titleMs: true, titleZh: true, ...agreementPartiesSelect.select } },
      members: {
        orderBy: [{ side: "asc" }, { role: "asc" }],
        select: {
          ...memberFieldsSelect,
          createdAt: true,
          isExample: true,
          person: { select: { id: true, ...personNameSelect, titleEn: true, titleMs: true, titleZh: true } },
          organisation: { select: { acronym: true, ...localizedName } },
          counterpart: { select: { person: { select: personNameSelect } } },
          counterpartOf: { select: { person: { select: personNameSelect } } },
        },
      },
    },
  });
  // Not-found and not-allowed look the same to the caller.
  if (!group) return null;
  const memberPersonIds = group.members.map((member) => member.person.id);
  if (!canReadWorkingGroup(user, { memberPersonIds, partyOrganisationIds: partyOrganisationIdsOf(group.agreement) })) return null;
  const designated = { MALAYSIA: group.minutesApproverMalaysiaId, CHINA: group.minutesApproverChinaId };
  const minutesApprovers = minutesSides.map((side) => {
    const approver = designatedApprover(group.members.map((member) => ({ ...member, personId: member.person.id })), designated[side], side, today());
    return { side, person: approver?.member.person ?? null, isDefault: approver?.isDefault ?? false };
  });
  return { ...group, minutesApprovers, factSources: await findFactSources([group.id]) };
}

// Cached per request: the page and its metadata both ask for it.
export const getWorkingGroupDetail = cache(loadWorkingGroupDetail);

/** Agreements the user may set a group up under (administrators: all; officers: their organisation's). The cap bounds a select's options. */
export async function getNewWorkingGroupOptions() {
  const locale = await getLocale();
  const user = await requireUser();
  // The same rule as canManageWorkingGroup, as a where-clause: administrators see every
  // agreement, officers those their organisation is party to, everyone else none.
  const mayManageAny = canManageWorkingGroup(user, { partyOrganisationIds: user.organisationId ? [user.organisationId] : [] });
  if (!mayManageAny) return [];
  return db.agreement.findMany({
    where: { archivedAt: null, ...(user.role === "ADMIN" ? {} : { parties: { some: { organisationId: user.organisationId ?? "__none__" } } }) },
    orderBy: inReaderLanguage(locale),
    take: 300,
    select: { id: true, ...localizedTitle },
  });
}

/** The group with its members and the people who may join, for those who manage it; else null. */
export async function getWorkingGroupForEdit(id: string) {
  const locale = await getLocale();
  const user = await requireUser();
  const group = await db.workingGroup.findUnique({
    where: { id },
    select: {
      ...groupFieldsSelect,
      version: true,
      minutesApproverMalaysiaId: true,
      minutesApproverChinaId: true,
      agreement: { select: { id: true, ...localizedTitle, parties: { select: { organisationId: true } } } },
      members: {
        orderBy: [{ side: "asc" }, { role: "asc" }],
        select: {
          ...memberFieldsSelect,
          version: true,
          counterpartId: true,
          counterpartOf: { select: { id: true } },
          person: { select: { id: true, name: true, nameZh: true } },
          organisation: { select: { acronym: true, ...localizedName } },
        },
      },
    },
  });
  if (!group || !canManageWorkingGroup(user, { partyOrganisationIds: group.agreement.parties.map((party) => party.organisationId) })) return null;
  const people = await db.person.findMany({
    where: { isRetired: false, organisation: { isRetired: false }, memberships: { none: { workingGroupId: id } } },
    orderBy: inReaderLanguage(locale),
    take: 500,
    select: { id: true, ...personNameSelect, organisation: { select: { acronym: true, nameEn: true, side: true } } },
  });
  return { group, people };
}

/** Whether the signed-in user may set this group up (for showing the edit link). */
export async function canUserManageGroup(agreementId: string): Promise<boolean> {
  const user = await requireUser();
  const agreement = await db.agreement.findUnique({ where: { id: agreementId }, select: { parties: { select: { organisationId: true } } } });
  return Boolean(agreement && canManageWorkingGroup(user, { partyOrganisationIds: agreement.parties.map((party) => party.organisationId) }));
}
