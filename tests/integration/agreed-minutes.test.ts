// Agreed minutes: circulating, each side's answer, agreement, new revisions and the approvers'
// setting, through the actions as the pages call them, on a real database.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recordMeetingMinutes } from "@/lib/actions/meetings";
import { approveMinutes, circulateMinutes, requestMinutesChanges, startMinutesRevision, updateMinutesApprovers } from "@/lib/actions/minutes";
import { queuedWebhooks } from "../helpers/webhook-capture";
import { getActionItemDetail } from "@/lib/data/action-items";
import { getMeetingDetail, listGroupMeetings } from "@/lib/data/meetings";
import { GET as minutesPdf } from "@/app/(app)/meetings/[id]/minutes.pdf/route";
import { actAs } from "../helpers/request";
import { createUser, testDb, unique } from "../helpers/factories";
import { createActionItemRow, createGroupFixture, createMeeting, runAction, type GroupFixture } from "../helpers/groups-factories";

/** The fixture's group with a Malaysian co-chair too (the fixture has only China's), so both sides have an approver. */
async function groupWithBothCoChairs() {
  const fixture = await createGroupFixture();
  const person = await testDb.person.create({ data: { name: unique("Nurul Aina"), titleEn: "Under Secretary", titleZh: "司长", organisationId: fixture.myOrganisation.id, side: "MALAYSIA" } });
  const membership = await testDb.workingGroupMember.create({ data: { workingGroupId: fixture.group.id, personId: person.id, organisationId: fixture.myOrganisation.id, side: "MALAYSIA", role: "CO_CHAIR" } });
  const user = await createUser({ role: "WG_MEMBER", organisationId: fixture.myOrganisation.id, personId: person.id });
  await testDb.person.update({ where: { id: fixture.cnCoChair.person.id }, data: { titleEn: "Director-General", nameZh: "刘文杰" } });
  return { ...fixture, myCoChair: { person, membership, user } };
}

/** A held meeting with one agenda item, recorded by the secretariat through the action. */
async function recordedMeeting(fixture: GroupFixture) {
  const meeting = await createMeeting(fixture.group.id, new Date("2026-01-10T02:00:00Z"), "SCHEDULED");
  const agenda = await testDb.agendaItem.create({ data: { meetingId: meeting.id, order: 1, title: "Work plan" } });
  actAs(fixture.mySecretariat.user);
  expect(
    await runAction(
      recordMeetingMinutes(undefined, {
        id: meeting.id,
        version: "1",
        minutesSummary: "The group discussed the work plan.",
        attendedPersonId: [fixture.mySecretariat.person.id, fixture.cnCoChair.person.id],
        agendaMinutes: [{ agendaItemId: agenda.id, minutes: "Both sides presented their plans." }],
        decisions: [{ textEn: "Adopt the work plan.", textZh: "通过工作计划。" }],
      }),
    ),
  ).toBe("redirected");
  return { meeting, agenda };
}

const versionOf = async (id: string) => String((await testDb.meeting.findUniqueOrThrow({ where: { id } })).version);
const stateOf = async (user: { id: string }, id: string) => {
  actAs(user);
  return (await getMeetingDetail(id))?.minutes.state;
};
const kindsTold = async (meetingId: string, kind: "MINUTES_CIRCULATED" | "MINUTES_CHANGES_REQUESTED" | "MINUTES_AGREED") =>
  (await testDb.notification.findMany({ where: { recordId: meetingId, kind }, select: { recipientId: true } })).map((row) => row.recipientId).sort();
const auditActions = async (meetingId: string) => (await testDb.auditEvent.findMany({ where: { entityId: meetingId }, orderBy: { at: "asc" }, select: { action: true } })).map((row) => row.action);

describe("agreeing the minutes", () => {
  it("draft → circulated → changes requested → revised → circulated again → agreed by both sides, locked, with both approvals in the PDF", async () => {
    const fixture = await groupWithBothCoChairs();
    const { meeting, agenda } = await recordedMeeting(fixture);
    expect(await stateOf(fixture.mySecretariat.user, meeting.id)).toBe("DRAFT");

    // The secretariat circulates: revision 1 holds the minutes as they stand; both approvers are told.
    actAs(fixture.mySecretariat.user);
    expect(await runAction(circulateMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id) }))).toBe("redirected");
    const first = await testDb.minutesRevision.findFirstOrThrow({ where: { meetingId: meeting.id } });
    expect(first).toMatchObject({ number: 1, agreedAt: null, supersededAt: null });
    expect(JSON.stringify(first.content)).toContain("Both sides presented their plans.");
    expect(await kindsTold(meeting.id, "MINUTES_CIRCULATED")).toEqual([fixture.myCoChair.user.id, fixture.cnCoChair.user.id].sort());
    expect(await stateOf(fixture.mySecretariat.user, meeting.id)).toBe("CIRCULATED");

    // China's co-chair asks for a change; a request without a comment is refused and writes nothing.
    actAs(fixture.cnCoChair.user);
    const version = await versionOf(meeting.id);
    expect(await requestMinutesChanges(undefined, { id: meeting.id, version, side: "CHINA", comment: "  " })).toMatchObject({ fieldErrors: { comment: ["errors.required"] } });
    expect(await testDb.minutesResponse.count({ where: { revisionId: first.id } })).toBe(0);
    expect(await runAction(requestMinutesChanges(undefined, { id: meeting.id, version, side: "CHINA", comment: "Record that China will host the next meeting." }))).toBe("redirected");
    expect(await stateOf(fixture.mySecretariat.user, meeting.id)).toBe("CHANGES_REQUESTED");
    expect(await kindsTold(meeting.id, "MINUTES_CHANGES_REQUESTED")).toEqual([fixture.mySecretariat.user.id]);

    // The secretariat revises: revision 1 is withdrawn (kept), the minutes are a draft of revision 2.
    actAs(fixture.mySecretariat.user);
    expect(
      await runAction(
        recordMeetingMinutes(undefined, {
          id: meeting.id,
          version: await versionOf(meeting.id),
          minutesSummary: "The group discussed the work plan. China will host the next meeting.",
          attendedPersonId: [fixture.mySecretariat.person.id, fixture.cnCoChair.person.id],
          agendaMinutes: [{ agendaItemId: agenda.id, minutes: "Both sides presented their plans." }],
        }),
      ),
    ).toBe("redirected");
    expect((await testDb.minutesRevision.findUniqueOrThrow({ where: { id: first.id } })).supersededAt).not.toBeNull();
    const draft = await getMeetingDetail(meeting.id);
    expect(draft?.minutes).toMatchObject({ state: "DRAFT", revisionNumber: 2 });
    expect(await runAction(circulateMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id) }))).toBe("redirected");

    // One side's approval is not agreement.
    actAs(fixture.myCoChair.user);
    expect(await runAction(approveMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id), side: "MALAYSIA" }))).toBe("redirected");
    expect(await stateOf(fixture.myCoChair.user, meeting.id)).toBe("CIRCULATED");
    expect(await kindsTold(meeting.id, "MINUTES_AGREED")).toEqual([]);

    actAs(fixture.cnCoChair.user);
    const chinaVersion = await versionOf(meeting.id);
    const hooks = await queuedWebhooks("minutes.agreed", async () => {
      expect(await runAction(approveMinutes(undefined, { id: meeting.id, version: chinaVersion, side: "CHINA" }))).toBe("redirected");
    });
    expect(hooks).toEqual([{ type: "minutes.agreed", data: expect.objectContaining({ meetingId: meeting.id, revision: 2 }) }]);
    const agreed = await getMeetingDetail(meeting.id);
    expect(agreed?.minutes).toMatchObject({ state: "AGREED", revisionNumber: 2 });
    expect(agreed?.minutes.agreedAt).toBeInstanceOf(Date);
    expect(await kindsTold(meeting.id, "MINUTES_AGREED")).toEqual([fixture.mySecretariat.user.id]);
    expect(await auditActions(meeting.id)).toEqual([
      "meeting.recordMinutes",
      "minutes.circulate",
      "minutes.requestChanges",
      "meeting.recordMinutes",
      "minutes.circulate",
      "minutes.approve",
      "minutes.approve",
      "minutes.agree",
    ]);

    // Revision 2 says what changed from revision 1, word by word.
    const revisionTwo = agreed?.minutes.revisions.find((revision) => revision.number === 2);
    expect(revisionTwo?.changes?.map((change) => change.field)).toEqual(["summary"]);
    const summary = revisionTwo?.changes?.[0];
    expect(summary && "parts" in summary ? summary.parts.filter((part) => part.added).map((part) => part.value).join("") : "").toContain("China will host the next meeting.");

    // Agreed minutes are locked: the record is refused and nothing changes.
    actAs(fixture.mySecretariat.user);
    expect(await recordMeetingMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id), minutesSummary: "Changed." })).toMatchObject({ formError: "agreedMinutes.errors.locked" });
    expect((await testDb.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).minutesSummary).toContain("China will host");

    // The PDF names both approvers, with title, side and date.
    const response = await minutesPdf(new Request("http://localhost/x"), { params: Promise.resolve({ id: meeting.id }) });
    const file = path.join(mkdtempSync(path.join(tmpdir(), "minutes-pdf-")), "minutes.pdf");
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain(`Agreed by ${fixture.myCoChair.person.name}, Under Secretary, Malaysia,`);
    expect(text).toContain(`Agreed by ${fixture.cnCoChair.person.name}, Director-General, China,`);
  });

  it("a change after agreement starts a new revision that needs both approvals again; earlier ones stay readable", async () => {
    const fixture = await groupWithBothCoChairs();
    const { meeting } = await recordedMeeting(fixture);
    actAs(fixture.mySecretariat.user);
    await runAction(circulateMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id) }));
    for (const [user, side] of [[fixture.myCoChair.user, "MALAYSIA"], [fixture.cnCoChair.user, "CHINA"]] as const) {
      actAs(user);
      expect(await runAction(approveMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id), side }))).toBe("redirected");
    }
    const item = await createActionItemRow(fixture, { meetingId: meeting.id });
    actAs(fixture.myMember.user);
    // Raised after the agreement: not part of the agreed minutes.
    expect((await getActionItemDetail(item.id))?.isProvisional).toBe(true);
    await testDb.actionItem.update({ where: { id: item.id }, data: { createdAt: new Date("2026-01-10T05:00:00Z") } });
    expect((await getActionItemDetail(item.id))?.isProvisional).toBe(false);

    // Only a coordinator starts the next revision, and only with the current version.
    actAs(fixture.myMember.user);
    expect(await startMinutesRevision(undefined, { id: meeting.id, version: await versionOf(meeting.id), confirm: "yes" })).toMatchObject({ formError: "errors.notFound" });
    actAs(fixture.mySecretariat.user);
    const stale = String(Number(await versionOf(meeting.id)) - 1);
    expect(await startMinutesRevision(undefined, { id: meeting.id, version: stale, confirm: "yes" })).toMatchObject({ status: "conflict" });
    expect(await runAction(startMinutesRevision(undefined, { id: meeting.id, version: await versionOf(meeting.id), confirm: "yes" }))).toBe("redirected");
    const reopened = await getMeetingDetail(meeting.id);
    expect(reopened?.minutes).toMatchObject({ state: "DRAFT", revisionNumber: 2 });
    expect(reopened?.minutes.revisions.map((revision) => [revision.number, revision.agreedAt !== null, revision.supersededAt !== null])).toEqual([[1, true, true]]);
    actAs(fixture.myMember.user);
    expect((await getActionItemDetail(item.id))?.isProvisional).toBe(true);
    // Starting again is refused: the minutes are no longer agreed.
    actAs(fixture.mySecretariat.user);
    expect(await startMinutesRevision(undefined, { id: meeting.id, version: await versionOf(meeting.id), confirm: "yes" })).toMatchObject({ formError: "agreedMinutes.errors.notAgreed" });
    // The group's meeting list says so in words.
    const list = await listGroupMeetings(fixture.group.id);
    expect(list?.meetings.find((row) => row.id === meeting.id)?.minutesState).toBe("DRAFT");
  });

  it("only the designated approver of a side answers for it", async () => {
    const fixture = await groupWithBothCoChairs();
    const { meeting } = await recordedMeeting(fixture);
    actAs(fixture.mySecretariat.user);
    await runAction(circulateMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id) }));
    const admin = await createUser({ role: "ADMIN" });
    const version = await versionOf(meeting.id);
    const refusals: [{ id: string }, "MALAYSIA" | "CHINA"][] = [
      [fixture.cnCoChair.user, "MALAYSIA"],
      [fixture.myCoChair.user, "CHINA"],
      [fixture.mySecretariat.user, "MALAYSIA"],
      [fixture.cnMember.user, "CHINA"],
      [admin, "CHINA"],
    ];
    for (const [user, side] of refusals) {
      actAs(user);
      expect(await approveMinutes(undefined, { id: meeting.id, version, side })).toMatchObject({ formError: "errors.notFound" });
      expect(await requestMinutesChanges(undefined, { id: meeting.id, version, side, comment: "No." })).toMatchObject({ formError: "errors.notFound" });
    }
    expect(await testDb.minutesResponse.count({ where: { revision: { meetingId: meeting.id } } })).toBe(0);
    // A stale version is a conflict, not an approval of minutes the approver did not see.
    actAs(fixture.cnCoChair.user);
    expect(await approveMinutes(undefined, { id: meeting.id, version: String(Number(version) - 1), side: "CHINA" })).toMatchObject({ status: "conflict" });
    expect(await runAction(approveMinutes(undefined, { id: meeting.id, version, side: "CHINA" }))).toBe("redirected");
    expect(await approveMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id), side: "CHINA" })).toMatchObject({ formError: "agreedMinutes.errors.alreadyApproved" });
    expect(await testDb.minutesResponse.count({ where: { revision: { meetingId: meeting.id } } })).toBe(1);
  });

  it("refuses to circulate what is not a draft, without an approver on each side, by a plain member, or at a stale version", async () => {
    const fixture = await createGroupFixture();
    const scheduled = await createMeeting(fixture.group.id, new Date("2026-01-10T02:00:00Z"), "SCHEDULED");
    actAs(fixture.mySecretariat.user);
    expect(await circulateMinutes(undefined, { id: scheduled.id, version: "1" })).toMatchObject({ formError: "agreedMinutes.errors.noMinutes" });
    const { meeting } = await recordedMeeting(fixture);
    // The fixture's group has no Malaysian co-chair and none is chosen.
    expect(await circulateMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id) })).toMatchObject({ formError: "agreedMinutes.errors.noApprover" });
    actAs(fixture.cnCoChair.user);
    expect(await approveMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id), side: "CHINA" })).toMatchObject({ formError: "agreedMinutes.errors.notCirculated" });
    await testDb.workingGroup.update({ where: { id: fixture.group.id }, data: { minutesApproverMalaysiaId: (await testDb.workingGroupMember.findFirstOrThrow({ where: { personId: fixture.myMember.person.id } })).id } });
    actAs(fixture.myMember.user);
    expect(await circulateMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id) })).toMatchObject({ formError: "errors.notFound" });
    actAs(fixture.mySecretariat.user);
    expect(await circulateMinutes(undefined, { id: meeting.id, version: "1" })).toMatchObject({ status: "conflict" });
    expect(await testDb.minutesRevision.count({ where: { meetingId: meeting.id } })).toBe(0);
    expect(await runAction(circulateMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id) }))).toBe("redirected");
    expect(await circulateMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id) })).toMatchObject({ formError: "agreedMinutes.errors.notDraft" });
    // The record form loaded before circulation is stale now.
    expect(await recordMeetingMinutes(undefined, { id: meeting.id, version: "2", minutesSummary: "Late edit." })).toMatchObject({ status: "conflict" });
  });
});

describe("the answers are history", () => {
  it("are never changed or removed in the database, except with the meeting they belong to", async () => {
    const fixture = await groupWithBothCoChairs();
    const { meeting } = await recordedMeeting(fixture);
    actAs(fixture.mySecretariat.user);
    await runAction(circulateMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id) }));
    actAs(fixture.cnCoChair.user);
    await runAction(requestMinutesChanges(undefined, { id: meeting.id, version: await versionOf(meeting.id), side: "CHINA", comment: "Add the venue." }));
    const response = await testDb.minutesResponse.findFirstOrThrow({ where: { revision: { meetingId: meeting.id } } });
    const appendOnly = /append-only/;
    await expect(testDb.minutesResponse.update({ where: { id: response.id }, data: { kind: "APPROVED" } })).rejects.toThrow(appendOnly);
    await expect(testDb.minutesResponse.delete({ where: { id: response.id } })).rejects.toThrow(appendOnly);
    await expect(testDb.$executeRawUnsafe(`UPDATE "MinutesResponse" SET "comment" = 'Rewritten.' WHERE id = $1`, response.id)).rejects.toThrow(appendOnly);
    await expect(testDb.$executeRawUnsafe(`TRUNCATE "MinutesResponse" CASCADE`)).rejects.toThrow(appendOnly);
    expect(await testDb.minutesResponse.findUniqueOrThrow({ where: { id: response.id } })).toMatchObject({ kind: "CHANGES_REQUESTED", comment: "Add the venue." });
    await testDb.meeting.delete({ where: { id: meeting.id } });
    expect(await testDb.minutesResponse.count({ where: { id: response.id } })).toBe(0);
  });
});

describe("choosing the approvers", () => {
  it("those who set the group up choose a member of each side; the chosen member then answers for the side instead of the co-chair", async () => {
    const fixture = await groupWithBothCoChairs();
    const officer = await createUser({ role: "OFFICER", organisationId: fixture.cnOrganisation.id });
    const cnMemberShip = await testDb.workingGroupMember.findFirstOrThrow({ where: { personId: fixture.cnMember.person.id } });
    const myMemberShip = await testDb.workingGroupMember.findFirstOrThrow({ where: { personId: fixture.myMember.person.id } });
    const group = await testDb.workingGroup.findUniqueOrThrow({ where: { id: fixture.group.id } });

    actAs(fixture.cnCoChair.user);
    expect(await updateMinutesApprovers(undefined, { id: group.id, version: String(group.version), malaysiaApproverId: "", chinaApproverId: cnMemberShip.id })).toMatchObject({ formError: "errors.notFound" });
    actAs(officer);
    expect(await updateMinutesApprovers(undefined, { id: group.id, version: String(group.version), malaysiaApproverId: "", chinaApproverId: myMemberShip.id })).toMatchObject({
      fieldErrors: { chinaApproverId: ["agreedMinutes.errors.approverNotOnSide"] },
    });
    expect(await runAction(updateMinutesApprovers(undefined, { id: group.id, version: String(group.version), malaysiaApproverId: "", chinaApproverId: cnMemberShip.id }))).toBe("redirected");
    expect(await updateMinutesApprovers(undefined, { id: group.id, version: String(group.version), malaysiaApproverId: "", chinaApproverId: "" })).toMatchObject({ status: "conflict" });
    expect(await testDb.workingGroup.findUniqueOrThrow({ where: { id: group.id } })).toMatchObject({ minutesApproverChinaId: cnMemberShip.id, minutesApproverMalaysiaId: null, version: group.version + 1 });
    expect((await testDb.auditEvent.findFirstOrThrow({ where: { entityId: group.id } })).action).toBe("workingGroup.minutesApprovers");

    const { meeting } = await recordedMeeting(fixture);
    actAs(fixture.mySecretariat.user);
    await runAction(circulateMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id) }));
    expect(await kindsTold(meeting.id, "MINUTES_CIRCULATED")).toEqual([fixture.myCoChair.user.id, fixture.cnMember.user.id].sort());
    actAs(fixture.cnCoChair.user);
    expect(await approveMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id), side: "CHINA" })).toMatchObject({ formError: "errors.notFound" });
    actAs(fixture.cnMember.user);
    expect(await runAction(approveMinutes(undefined, { id: meeting.id, version: await versionOf(meeting.id), side: "CHINA" }))).toBe("redirected");
    expect(await testDb.minutesResponse.findFirstOrThrow({ where: { revision: { meetingId: meeting.id } } })).toMatchObject({ side: "CHINA", personId: fixture.cnMember.person.id, userId: fixture.cnMember.user.id });
  });
});
