import { describe, expect, it } from "vitest";
import { createWorkingGroup } from "@/lib/actions/working-groups";
import { commentOnActionItem } from "@/lib/actions/action-items";
import { getActionItemDetail, getActionItemQueue } from "@/lib/data/action-items";
import { listGroupMeetings } from "@/lib/data/meetings";
import { canUserManageGroup, getWorkingGroupDetail, listWorkingGroups } from "@/lib/data/working-groups";
import { loadCalendarFeed } from "@/lib/calendar/feed";
import { newCalendarToken } from "@/lib/calendar/token";
import { actAs } from "../helpers/request";
import { createOrganisation, createUser, testDb, unique } from "../helpers/factories";
import { createActionItemRow, createGroupFixture, createMeeting, runAction } from "../helpers/groups-factories";

async function groupWithMember() {
  const organisation = await createOrganisation();
  const agreement = await testDb.agreement.create({ data: { type: "MOU", titleEn: unique("Agreement") } });
  const person = await testDb.person.create({ data: { name: unique("Member"), organisationId: organisation.id, side: "MALAYSIA" } });
  const group = await testDb.workingGroup.create({
    data: {
      agreementId: agreement.id,
      nameEn: unique("Group"),
      members: { create: { personId: person.id, organisationId: organisation.id, side: "MALAYSIA", role: "SECRETARIAT" } },
    },
  });
  return { group, person, organisation };
}

describe("who sees a working group", () => {
  it("shows a member their own group and hides the others", async () => {
    const mine = await groupWithMember();
    const other = await groupWithMember();
    const member = await createUser({ role: "WG_MEMBER", personId: mine.person.id });
    actAs(member);
    const visible = (await listWorkingGroups()).map((group) => group.id);
    expect(visible).toContain(mine.group.id);
    expect(visible).not.toContain(other.group.id);
    await expect(getWorkingGroupDetail(mine.group.id)).resolves.toMatchObject({ id: mine.group.id });
    // Guessing another group's id answers as if it did not exist.
    await expect(getWorkingGroupDetail(other.group.id)).resolves.toBeNull();
  });

  it("lets managers and administrators read every group", async () => {
    const { group } = await groupWithMember();
    for (const role of ["MANAGER", "ADMIN"] as const) {
      actAs(await createUser({ role }));
      expect((await listWorkingGroups()).map((row) => row.id)).toContain(group.id);
      await expect(getWorkingGroupDetail(group.id)).resolves.not.toBeNull();
    }
  });

  it("shows an officer whose organisation is no party to the agreement nothing, though a colleague is a member", async () => {
    const { group, organisation } = await groupWithMember();
    actAs(await createUser({ role: "OFFICER", organisationId: organisation.id }));
    expect((await listWorkingGroups()).map((row) => row.id)).not.toContain(group.id);
    await expect(getWorkingGroupDetail(group.id)).resolves.toBeNull();
  });

  it("shows an officer of a party the group they set up, read-only; an officer of no party still gets not found", async () => {
    const fixture = await createGroupFixture();
    const officer = await createUser({ role: "OFFICER", organisationId: fixture.myOrganisation.id });
    actAs(officer);
    const nameEn = unique("Officer's group");
    expect(await runAction(createWorkingGroup(undefined, { agreementId: fixture.agreement.id, nameEn }))).toBe("redirected");
    const created = await testDb.workingGroup.findFirstOrThrow({ where: { nameEn } });
    // Where the action redirects them: the group's page, its meetings and its edit link.
    await expect(getWorkingGroupDetail(created.id)).resolves.toMatchObject({ id: created.id, nameEn });
    await expect(listGroupMeetings(created.id)).resolves.toMatchObject({ meetings: [], canCoordinate: false });
    await expect(canUserManageGroup(fixture.agreement.id)).resolves.toBe(true);
    const listed = (await listWorkingGroups()).map((group) => group.id);
    expect(listed).toEqual(expect.arrayContaining([created.id, fixture.group.id]));

    // The agreement's existing group, with its work: read, but no part in it.
    const meeting = await createMeeting(fixture.group.id, new Date(Date.now() + 7 * 86_400_000), "SCHEDULED");
    const item = await createActionItemRow(fixture, { meetingId: meeting.id });
    expect((await getActionItemQueue({ scope: "all" })).rows.map((row) => row.id)).toContain(item.id);
    await expect(getActionItemDetail(item.id)).resolves.toMatchObject({ canComment: false, transitions: [] });
    expect(await commentOnActionItem(undefined, { id: item.id, body: "Noted." })).toMatchObject({ formError: "errors.notFound" });
    // The private calendar feed follows the same rule as the pages.
    const { token, hash } = newCalendarToken();
    await testDb.user.update({ where: { id: officer.id }, data: { calendarTokenHash: hash } });
    const feed = await loadCalendarFeed(token, "http://localhost");
    expect(feed?.events.map((event) => event.uid)).toEqual(expect.arrayContaining([`meeting-${meeting.id}@mou-tracker`, `action-item-${item.id}@mou-tracker`]));

    const stranger = await createUser({ role: "OFFICER", organisationId: (await createOrganisation()).id });
    actAs(stranger);
    await expect(getWorkingGroupDetail(created.id)).resolves.toBeNull();
    await expect(listGroupMeetings(created.id)).resolves.toBeNull();
    await expect(getActionItemDetail(item.id)).resolves.toBeNull();
    const strangerSees = (await listWorkingGroups()).map((group) => group.id);
    expect(strangerSees).not.toContain(created.id);
    expect(strangerSees).not.toContain(fixture.group.id);
    expect((await getActionItemQueue({ scope: "all", status: "any" })).rows.map((row) => row.id)).not.toContain(item.id);
  });

  it("refuses anonymous callers", async () => {
    actAs(null);
    await expect(listWorkingGroups()).rejects.toThrow("Not signed in");
  });
});
