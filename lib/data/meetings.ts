// Reads of meetings: those who may read the group (canReadWorkingGroup) see them.
import "server-only";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { canCoordinateWorkingGroup, canReadWorkingGroup } from "@/lib/permissions";
import { agreementPartiesSelect, loadGroupAccess, membershipSelect, partyOrganisationIdsOf } from "@/lib/working-groups/access";
import { localizedName, localizedTitle } from "@/lib/i18n/content";
import { minutesState } from "@/lib/meetings/minutes-approval";
import { findCapped } from "./capped";
import { describeMinutes, minutesRevisionSelect } from "./minutes";
import { cache } from "react";

/** The newest meetings a group's page lists (it says when there are more). */
const groupMeetingsLimit = 100;

const personName = { select: { id: true, name: true, nameZh: true } } as const;

async function loadMeetingDetail(id: string) {
  const user = await requireUser();
  const meeting = await db.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      ...localizedTitle,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      venue: true,
      onlineUrl: true,
      status: true,
      minutesSummary: true,
      isExample: true,
      version: true,
      workingGroup: {
        select: {
          id: true,
          ...localizedName,
          agreement: agreementPartiesSelect,
          members: { select: { ...membershipSelect, side: true, person: personName, id: true, startsOn: true, createdAt: true } },
          minutesApproverMalaysiaId: true,
          minutesApproverChinaId: true,
        },
      },
      agendaItems: {
        orderBy: { order: "asc" },
        select: {
          id: true,
          order: true,
          title: true,
          minutes: true,
          presenter: personName,
          carriedActionItem: { select: { id: true, ...localizedTitle, status: true, dueOn: true } },
        },
      },
      attendance: { select: { personId: true, attended: true } },
      decisions: {
        orderBy: { order: "asc" },
        select: { id: true, order: true, textEn: true, textMs: true, textZh: true, agendaItemId: true, isPublic: true },
      },
      actionItems: {
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        select: { id: true, ...localizedTitle, status: true, dueOn: true, ownerSide: true, decisionId: true, malaysiaOwner: personName, chinaOwner: personName, createdAt: true },
      },
      minutesRevisions: { orderBy: { number: "asc" }, select: minutesRevisionSelect },
    },
  });
  // Not-found and not-allowed look the same to the caller.
  if (!meeting) return null;
  const { members, agreement } = meeting.workingGroup;
  if (!canReadWorkingGroup(user, { memberPersonIds: members.map((member) => member.personId), partyOrganisationIds: partyOrganisationIdsOf(agreement) })) return null;
  return { ...meeting, canCoordinate: canCoordinateWorkingGroup(user, members), minutes: describeMinutes(user, meeting) };
}

// Cached per request: the page and its metadata both ask for it.
export const getMeetingDetail = cache(loadMeetingDetail);

export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeetingDetail>>>;

/** Meetings of one group, newest first, for the group's page. */
export async function listGroupMeetings(workingGroupId: string) {
  const user = await requireUser();
  const group = await loadGroupAccess(db, workingGroupId);
  if (!group || !canReadWorkingGroup(user, group)) return null;
  const meetings = await findCapped(
    groupMeetingsLimit,
    (take) =>
      db.meeting.findMany({
        where: { workingGroupId },
        orderBy: { startsAt: "desc" },
        take,
        select: {
          id: true,
          ...localizedTitle,
          startsAt: true,
          timeZone: true,
          status: true,
          venue: true,
          onlineUrl: true,
          isExample: true,
          _count: { select: { actionItems: true } },
          // The newest revision alone decides the minutes state.
          minutesRevisions: { orderBy: { number: "desc" }, take: 1, select: { number: true, supersededAt: true, responses: { select: { side: true, kind: true, createdAt: true } } } },
        },
      }),
    () => db.meeting.count({ where: { workingGroupId } }),
  );
  const rows = meetings.rows.map(({ minutesRevisions, ...meeting }) => ({ ...meeting, minutesState: minutesState({ hasMinutes: meeting.status === "HELD", revisions: minutesRevisions }) }));
  return { meetings: rows, total: meetings.total, canCoordinate: canCoordinateWorkingGroup(user, group.members) };
}

/** What the scheduling form offers: the group's members as presenters. Coordinators only. */
export async function getScheduleMeetingOptions(workingGroupId: string) {
  const user = await requireUser();
  const group = await db.workingGroup.findUnique({
    where: { id: workingGroupId },
    select: { id: true, ...localizedName, members: { orderBy: [{ side: "asc" }, { role: "asc" }], select: { ...membershipSelect, side: true, person: personName } } },
  });
  if (!group || !canCoordinateWorkingGroup(user, group.members)) return null;
  return group;
}
