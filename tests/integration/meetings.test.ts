import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { recordMeetingMinutes, scheduleMeeting, cancelMeeting, moveMeeting } from "@/lib/actions/meetings";
import { regenerateCalendarToken, revokeCalendarToken } from "@/lib/actions/calendar";
import { getMeetingDetail } from "@/lib/data/meetings";
import { GET as calendarFeed } from "@/app/api/calendar/[token]/route";
import { GET as meetingIcs } from "@/app/(app)/meetings/[id]/ics/route";
import { GET as minutesPdf } from "@/app/(app)/meetings/[id]/minutes.pdf/route";
import { actAs } from "../helpers/request";
import { createUser, testDb, unique } from "../helpers/factories";
import { createActionItemRow, createGroupFixture, createMeeting, runAction } from "../helpers/groups-factories";

const scheduleInput = (workingGroupId: string, overrides: Record<string, unknown> = {}) => ({
  workingGroupId,
  titleEn: unique("Meeting"),
  startsAtLocal: "2026-06-10T10:00",
  endsAtLocal: "2026-06-10T12:30",
  timeZone: "Asia/Shanghai",
  onlineUrl: "https://meet.example.org/jwg",
  agenda: [
    { title: "Adoption of the agenda", presenterId: "" },
    { title: "", presenterId: "" },
  ],
  ...overrides,
});

describe("scheduling a meeting", () => {
  it("stores the zone, carries open items of earlier meetings onto the agenda, and audits", async () => {
    const fixture = await createGroupFixture();
    const earlier = await createMeeting(fixture.group.id, new Date("2026-03-01T02:00:00Z"));
    const open = await createActionItemRow(fixture, { meetingId: earlier.id, status: "RETURNED", dueOn: new Date("2026-04-01T00:00:00Z") });
    const blocked = await createActionItemRow(fixture, { meetingId: earlier.id, status: "BLOCKED", dueOn: new Date("2026-05-01T00:00:00Z") });
    const closed = await createActionItemRow(fixture, { meetingId: earlier.id, status: "CLOSED" });
    const standalone = await createActionItemRow(fixture, { meetingId: null });
    actAs(fixture.cnCoChair.user);
    const input = scheduleInput(fixture.group.id, { agenda: [{ title: "Adoption of the agenda", presenterId: fixture.cnMember.person.id }] });
    expect(await runAction(scheduleMeeting(undefined, input))).toBe("redirected");
    const meeting = await testDb.meeting.findFirstOrThrow({ where: { titleEn: input.titleEn }, include: { agendaItems: { orderBy: { order: "asc" } } } });
    expect(meeting).toMatchObject({ timeZone: "Asia/Shanghai", status: "SCHEDULED" });
    expect(meeting.startsAt.toISOString()).toBe("2026-06-10T02:00:00.000Z");
    expect(meeting.agendaItems.map((item) => [item.title, item.carriedActionItemId, item.presenterId])).toEqual([
      ["Adoption of the agenda", null, fixture.cnMember.person.id],
      [open.titleEn, open.id, fixture.myMember.person.id],
      [blocked.titleEn, blocked.id, fixture.myMember.person.id],
    ]);
    const carried = meeting.agendaItems.map((item) => item.carriedActionItemId);
    expect(carried).not.toContain(closed.id);
    expect(carried).not.toContain(standalone.id);
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { entityId: meeting.id } });
    expect(audit).toMatchObject({ action: "meeting.schedule", actorId: fixture.cnCoChair.user.id });
    expect(JSON.stringify(audit.after)).toContain(open.id);
  });

  it("refuses a plain member and an outsider; rejects bad times and a missing venue", async () => {
    const fixture = await createGroupFixture();
    const outsider = await createGroupFixture();
    for (const user of [fixture.myMember.user, outsider.mySecretariat.user]) {
      actAs(user);
      const input = scheduleInput(fixture.group.id);
      expect(await scheduleMeeting(undefined, input)).toMatchObject({ formError: "errors.notFound" });
      expect(await testDb.meeting.count({ where: { titleEn: input.titleEn } })).toBe(0);
    }
    actAs(fixture.mySecretariat.user);
    expect(await scheduleMeeting(undefined, scheduleInput(fixture.group.id, { endsAtLocal: "2026-06-10T09:00", onlineUrl: "" }))).toMatchObject({
      fieldErrors: { endsAtLocal: ["meetings.errors.endsBeforeStart"], venue: ["meetings.errors.venueOrUrl"] },
    });
    expect(await scheduleMeeting(undefined, scheduleInput(fixture.group.id, { timeZone: "Europe/London" }))).toMatchObject({ fieldErrors: { timeZone: ["errors.invalidChoice"] } });
    expect(await scheduleMeeting(undefined, scheduleInput(fixture.group.id, { agenda: [{ title: "Adoption of the agenda", presenterId: outsider.cnMember.person.id }] }))).toMatchObject({
      fieldErrors: { "agenda[0].presenterId": ["meetings.errors.presenterNotMember"] },
    });
  });
});

describe("recording a meeting", () => {
  it("records attendance, minutes per agenda item and decisions, and marks it held", async () => {
    const fixture = await createGroupFixture();
    const meeting = await createMeeting(fixture.group.id, new Date("2026-01-10T02:00:00Z"), "SCHEDULED");
    const agenda = await testDb.agendaItem.create({ data: { meetingId: meeting.id, order: 1, title: "Review" } });
    actAs(fixture.mySecretariat.user);
    const result = await runAction(
      recordMeetingMinutes(undefined, {
        id: meeting.id,
        version: "1",
        minutesSummary: "Productive.",
        attendedPersonId: [fixture.mySecretariat.person.id, fixture.cnCoChair.person.id],
        agendaMinutes: [{ agendaItemId: agenda.id, minutes: "Reviewed the plan." }],
        decisions: [
          { textEn: "Prepare the joint report", textMs: "", textZh: "编写联合报告", agendaItemId: agenda.id },
          { textEn: "", textMs: "", textZh: "", agendaItemId: "" },
        ],
      }),
    );
    expect(result).toBe("redirected");
    const saved = await testDb.meeting.findUniqueOrThrow({ where: { id: meeting.id }, include: { attendance: true, decisions: true, agendaItems: true } });
    expect(saved).toMatchObject({ status: "HELD", minutesSummary: "Productive.", version: 2 });
    expect(saved.attendance.filter((row) => row.attended).map((row) => row.personId).sort()).toEqual([fixture.mySecretariat.person.id, fixture.cnCoChair.person.id].sort());
    expect(saved.attendance).toHaveLength(4);
    expect(saved.agendaItems[0]?.minutes).toBe("Reviewed the plan.");
    expect(saved.decisions.map((decision) => [decision.textEn, decision.textZh, decision.agendaItemId, decision.order])).toEqual([["Prepare the joint report", "编写联合报告", agenda.id, 1]]);
    expect((await testDb.auditEvent.findFirstOrThrow({ where: { entityId: meeting.id } })).action).toBe("meeting.recordMinutes");

    // The same form sent again with the version it was loaded at is a conflict.
    expect(await recordMeetingMinutes(undefined, { id: meeting.id, version: "1", attendedPersonId: [] })).toMatchObject({ status: "conflict" });
  });

  it("refuses a plain member, a future meeting and a cancelled one", async () => {
    const fixture = await createGroupFixture();
    const past = await createMeeting(fixture.group.id, new Date("2026-01-10T02:00:00Z"), "SCHEDULED");
    actAs(fixture.cnMember.user);
    expect(await recordMeetingMinutes(undefined, { id: past.id, version: "1" })).toMatchObject({ formError: "errors.notFound" });
    actAs(fixture.mySecretariat.user);
    const future = await createMeeting(fixture.group.id, new Date(Date.now() + 7 * 86_400_000), "SCHEDULED");
    expect(await recordMeetingMinutes(undefined, { id: future.id, version: "1" })).toMatchObject({ formError: "meetings.errors.notYetStarted" });
    expect(await cancelMeeting(undefined, { id: future.id, version: "1", confirm: "yes" })).toMatchObject({ status: "success" });
    expect(await recordMeetingMinutes(undefined, { id: future.id, version: "2" })).toMatchObject({ formError: "meetings.errors.cancelled" });
    expect(await testDb.meeting.findUniqueOrThrow({ where: { id: past.id } })).toMatchObject({ status: "SCHEDULED", version: 1 });
  });
});

describe("moving a meeting", () => {
  it("moves a scheduled meeting to a new time in its zone, audits, tells the members, and refuses a stale version", async () => {
    const fixture = await createGroupFixture();
    actAs(fixture.mySecretariat.user);
    const input = scheduleInput(fixture.group.id);
    await runAction(scheduleMeeting(undefined, input));
    const meeting = await testDb.meeting.findFirstOrThrow({ where: { titleEn: input.titleEn } });

    const move = { id: meeting.id, version: "1", startsAtLocal: "2026-06-12T09:30", endsAtLocal: "2026-06-12T11:00", timeZone: "Asia/Kuala_Lumpur" };
    expect(await runAction(moveMeeting(undefined, move))).toBe("redirected");
    const moved = await testDb.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    expect(moved).toMatchObject({ status: "SCHEDULED", version: 2, timeZone: "Asia/Kuala_Lumpur", startsAt: new Date("2026-06-12T01:30:00Z"), endsAt: new Date("2026-06-12T03:00:00Z") });
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { entityId: meeting.id, action: "meeting.move" } });
    expect(audit.actorId).toBe(fixture.mySecretariat.user.id);
    expect(JSON.stringify(audit.before)).toContain(meeting.startsAt.toISOString());
    expect(JSON.stringify(audit.after)).toContain("2026-06-12T01:30:00.000Z");
    const told = await testDb.notification.findMany({ where: { recordId: meeting.id, kind: "MEETING_MOVED" }, select: { recipientId: true, params: true } });
    expect(told.map((row) => row.recipientId).sort()).toEqual([fixture.cnCoChair.user.id, fixture.cnMember.user.id, fixture.myMember.user.id].sort());
    expect(told[0]?.params).toMatchObject({ startsAt: "2026-06-12T01:30:00.000Z", sequence: 1 });

    // The version the user saw is gone: a conflict, nothing written.
    expect(await moveMeeting(undefined, { ...move, startsAtLocal: "2026-06-13T09:30", endsAtLocal: "" })).toMatchObject({ status: "conflict" });
    expect((await testDb.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).version).toBe(2);
  });

  it("refuses a plain member, an unchanged time, an end before the start and a cancelled meeting", async () => {
    const fixture = await createGroupFixture();
    const future = await createMeeting(fixture.group.id, new Date("2031-01-10T02:00:00Z"), "SCHEDULED");
    const move = { id: future.id, version: "1", startsAtLocal: "2031-01-11T10:00", endsAtLocal: "", timeZone: "Asia/Kuala_Lumpur" };
    actAs(fixture.cnMember.user);
    expect(await moveMeeting(undefined, move)).toMatchObject({ formError: "errors.notFound" });
    actAs(fixture.mySecretariat.user);
    expect(await moveMeeting(undefined, { ...move, startsAtLocal: "2031-01-10T10:00" })).toMatchObject({
      status: "error",
      fieldErrors: { startsAtLocal: ["meetings.errors.notMoved"] },
    });
    expect(await moveMeeting(undefined, { ...move, endsAtLocal: "2031-01-11T09:00" })).toMatchObject({ status: "error", fieldErrors: { endsAtLocal: ["meetings.errors.endsBeforeStart"] } });
    expect(await moveMeeting(undefined, { ...move, surprise: "1" })).toMatchObject({ status: "error" });
    expect(await cancelMeeting(undefined, { id: future.id, version: "1", confirm: "yes" })).toMatchObject({ status: "success" });
    expect(await moveMeeting(undefined, { ...move, version: "2" })).toMatchObject({ formError: "meetings.errors.onlyScheduledMove" });
    expect(await testDb.meeting.findUniqueOrThrow({ where: { id: future.id } })).toMatchObject({ status: "CANCELLED", version: 2, startsAt: new Date("2031-01-10T02:00:00Z") });
    expect(await testDb.notification.count({ where: { recordId: future.id, kind: "MEETING_MOVED" } })).toBe(0);
  });
});

describe("who sees a meeting and its documents", () => {
  it("shows members, officers of the parties, managers and administrators; hides it from outsiders and other officers", async () => {
    const fixture = await createGroupFixture();
    const meeting = await createMeeting(fixture.group.id, new Date("2026-01-10T02:00:00Z"));
    const partyOfficer = await createUser({ role: "OFFICER", organisationId: fixture.cnOrganisation.id });
    for (const user of [fixture.cnMember.user, partyOfficer, await createUser({ role: "MANAGER" }), await createUser({ role: "ADMIN" })]) {
      actAs(user);
      await expect(getMeetingDetail(meeting.id)).resolves.toMatchObject({ id: meeting.id });
    }
    // The party's officer reads along: the minutes are theirs to download, the meeting not theirs to run.
    actAs(partyOfficer);
    await expect(getMeetingDetail(meeting.id)).resolves.toMatchObject({ canCoordinate: false });
    expect((await minutesPdf(new Request("http://localhost/x"), { params: Promise.resolve({ id: meeting.id }) })).status).toBe(200);
    const outsider = await createGroupFixture();
    for (const user of [outsider.cnCoChair.user, await createUser({ role: "OFFICER", organisationId: outsider.myOrganisation.id })]) {
      actAs(user);
      await expect(getMeetingDetail(meeting.id)).resolves.toBeNull();
      const context = { params: Promise.resolve({ id: meeting.id }) };
      expect((await meetingIcs(new Request("http://localhost/x"), context)).status).toBe(404);
      expect((await minutesPdf(new Request("http://localhost/x"), context)).status).toBe(404);
    }
    actAs(null);
    expect((await meetingIcs(new Request("http://localhost/x"), { params: Promise.resolve({ id: meeting.id }) })).status).toBe(401);
  });

  it("downloads one meeting as .ics and the minutes as a PDF with the CJK font embedded", async () => {
    const fixture = await createGroupFixture();
    const meeting = await createMeeting(fixture.group.id, new Date("2026-01-10T02:00:00Z"));
    await testDb.decision.create({ data: { meetingId: meeting.id, textEn: "Decision", textZh: "决定" } });
    actAs(fixture.cnCoChair.user);
    const context = { params: Promise.resolve({ id: meeting.id }) };
    const ics = await (await meetingIcs(new Request("http://localhost/x"), context)).text();
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
    expect(events.map((event) => event.getFirstPropertyValue("uid"))).toEqual([`meeting-${meeting.id}@mou-tracker`]);
    const response = await minutesPdf(new Request("http://localhost/x"), context);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.toString("latin1")).toContain("NotoSansSC");
  });
});

describe("the private calendar feed", () => {
  it("serves the holder's meetings and due dates by token alone, until revoked", async () => {
    const fixture = await createGroupFixture();
    const outsider = await createGroupFixture();
    const meeting = await createMeeting(fixture.group.id, new Date(Date.now() + 86_400_000), "SCHEDULED");
    const item = await createActionItemRow(fixture, { dueOn: new Date("2030-05-01T00:00:00Z") });
    const done = await createActionItemRow(fixture, { status: "CLOSED" });
    const hiddenMeeting = await createMeeting(outsider.group.id, new Date(Date.now() + 86_400_000), "SCHEDULED");
    actAs(fixture.myMember.user);
    const created = await regenerateCalendarToken(undefined, {});
    if (created.status !== "success") throw new Error("token not created");
    const token = created.data.token;
    const stored = await testDb.user.findUniqueOrThrow({ where: { id: fixture.myMember.user.id }, select: { calendarTokenHash: true } });
    expect(stored.calendarTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.calendarTokenHash).not.toContain(token);

    actAs(null);
    const feed = await calendarFeed(new Request("http://localhost/api/calendar/x"), { params: Promise.resolve({ token: `${token}.ics` }) });
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    const uids = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents("vevent").map((event) => event.getFirstPropertyValue("uid"));
    expect(uids).toContain(`meeting-${meeting.id}@mou-tracker`);
    expect(uids).toContain(`action-item-${item.id}@mou-tracker`);
    expect(uids).not.toContain(`action-item-${done.id}@mou-tracker`);
    expect(uids).not.toContain(`meeting-${hiddenMeeting.id}@mou-tracker`);

    const wrong = await calendarFeed(new Request("http://localhost/x"), { params: Promise.resolve({ token: `${token.slice(0, -2)}xx` }) });
    expect(wrong.status).toBe(404);

    actAs(fixture.myMember.user);
    expect(await revokeCalendarToken(undefined, {})).toMatchObject({ status: "success" });
    actAs(null);
    expect((await calendarFeed(new Request("http://localhost/x"), { params: Promise.resolve({ token }) })).status).toBe(404);
  });

  it("speaks its holder's language, with the content translated where it was", async () => {
    const fixture = await createGroupFixture();
    await testDb.workingGroup.update({ where: { id: fixture.group.id }, data: { nameZh: "数字经济联合工作组" } });
    const meeting = await testDb.meeting.update({ where: { id: (await createMeeting(fixture.group.id, new Date(Date.now() + 86_400_000), "SCHEDULED")).id }, data: { titleZh: "第二次会议" } });
    const item = await createActionItemRow(fixture, { chinaOwnerId: fixture.cnMember.person.id });
    await testDb.actionItem.update({ where: { id: item.id }, data: { titleZh: "提交数据分类框架" } });
    await testDb.user.update({ where: { id: fixture.cnMember.user.id }, data: { locale: "zh" } });
    actAs(fixture.cnMember.user);
    const created = await regenerateCalendarToken(undefined, {});
    if (created.status !== "success") throw new Error("token not created");

    actAs(null);
    const feed = await calendarFeed(new Request("http://localhost/x"), { params: Promise.resolve({ token: created.data.token }) });
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    const eventOf = (uid: string) => calendar.getAllSubcomponents("vevent").find((event) => event.getFirstPropertyValue("uid") === uid);
    expect(eventOf(`meeting-${meeting.id}@mou-tracker`)?.getFirstPropertyValue("summary")).toBe("第二次会议");
    const due = eventOf(`action-item-${item.id}@mou-tracker`);
    expect(due?.getFirstPropertyValue("summary")).toBe("截止：提交数据分类框架");
    expect(String(due?.getFirstPropertyValue("description"))).toContain("数字经济联合工作组");
    expect(String(due?.getFirstPropertyValue("description"))).toContain("状态：");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(`MoU Tracker — ${fixture.cnMember.user.name}`);
  });
});
