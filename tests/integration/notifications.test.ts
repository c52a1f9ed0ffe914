// Notifications written by the actions (in their transaction) and by the reminder sweep: who is
// told, who is not, and that the sweep never tells anyone twice.
import { beforeAll, describe, expect, it } from "vitest";
import { commentOnActionItem, createActionItem, transitionActionItem } from "@/lib/actions/action-items";
import { cancelMeeting, recordMeetingMinutes, scheduleMeeting } from "@/lib/actions/meetings";
import { logProgress } from "@/lib/actions/progress";
import { changeAgreementStatus } from "@/lib/actions/agreements";
import { composeMail } from "@/lib/notifications/mail";
import { runReminderSweep } from "@/lib/notifications/sweep";
import { actAs } from "../helpers/request";
import { createOrganisation, createUser, testDb, unique } from "../helpers/factories";
import { createActionItemRow, createGroupFixture, createMeeting, runAction } from "../helpers/groups-factories";
import { createAgreementWithArea, createMilestone } from "../helpers/milestone-factories";

process.env.AUTH_SECRET ??= "integration-test-secret";

async function told(recordId: string, kind: string): Promise<string[]> {
  const rows = await testDb.notification.findMany({ where: { recordId, kind: kind as never }, select: { recipientId: true } });
  return rows.map((row) => row.recipientId).sort();
}
const sorted = (...ids: string[]) => [...ids].sort();

describe("action item notifications", () => {
  it("tells each owner on each side of a new item, not the one who raised it nor anyone else", async () => {
    const fixture = await createGroupFixture();
    const outsider = await createGroupFixture();
    actAs(fixture.mySecretariat.user);
    const titleEn = unique("Assigned item");
    await runAction(
      createActionItem(undefined, { workingGroupId: fixture.group.id, titleEn, malaysiaOwnerId: fixture.myMember.person.id, chinaOwnerId: fixture.cnMember.person.id, dueOn: "2030-02-01", priority: "HIGH" }),
    );
    const item = await testDb.actionItem.findFirstOrThrow({ where: { titleEn } });
    expect(await told(item.id, "ACTION_ITEM_ASSIGNED")).toEqual(sorted(fixture.myMember.user.id, fixture.cnMember.user.id));
    const notification = await testDb.notification.findFirstOrThrow({ where: { recordId: item.id, recipientId: fixture.myMember.user.id } });
    expect(notification).toMatchObject({ recordType: "ActionItem", readAt: null });
    expect(notification.params).toMatchObject({ title: { en: titleEn }, actor: fixture.mySecretariat.user.name, date: "2030-02-01" });
    expect(await testDb.notification.count({ where: { recipientId: { in: [outsider.myMember.user.id, fixture.mySecretariat.user.id] } } })).toBe(0);
  });

  it("sends submitted work to its reviewers and returned work back to its owners", async () => {
    const fixture = await createGroupFixture();
    const item = await createActionItemRow(fixture, { status: "IN_PROGRESS" });
    actAs(fixture.myMember.user);
    expect(await transitionActionItem(undefined, { id: item.id, version: "1", to: "SUBMITTED" })).toMatchObject({ status: "success" });
    // Reviewers are the co-chairs and the secretariat; a plain member of the other side is not one.
    expect(await told(item.id, "ACTION_ITEM_SUBMITTED")).toEqual(sorted(fixture.mySecretariat.user.id, fixture.cnCoChair.user.id));
    actAs(fixture.cnCoChair.user);
    expect(await transitionActionItem(undefined, { id: item.id, version: "2", to: "RETURNED", comment: "Add the figures" })).toMatchObject({ status: "success" });
    expect(await told(item.id, "ACTION_ITEM_RETURNED")).toEqual([fixture.myMember.user.id]);
    const returned = await testDb.notification.findFirstOrThrow({ where: { recordId: item.id, kind: "ACTION_ITEM_RETURNED" } });
    expect(returned.params).toMatchObject({ excerpt: "Add the figures" });
  });

  it("tells owners and reviewers of a comment, and someone @mentioned once, as a mention", async () => {
    const fixture = await createGroupFixture();
    const item = await createActionItemRow(fixture);
    actAs(fixture.cnMember.user);
    const body = `Please check this, @${fixture.mySecretariat.user.name}.`;
    expect(await commentOnActionItem(undefined, { id: item.id, body })).toMatchObject({ status: "success" });
    expect(await told(item.id, "ACTION_ITEM_MENTIONED")).toEqual([fixture.mySecretariat.user.id]);
    // The owner and the other reviewer; the mentioned reviewer is not told twice; the author is not told.
    expect(await told(item.id, "ACTION_ITEM_COMMENTED")).toEqual(sorted(fixture.myMember.user.id, fixture.cnCoChair.user.id));
  });

  it("does not tell an owner who may no longer read the group (not a member) about their item", async () => {
    const fixture = await createGroupFixture();
    const stranger = await testDb.person.create({ data: { name: unique("Former"), organisationId: fixture.myOrganisation.id, side: "MALAYSIA" } });
    const strangerUser = await createUser({ role: "WG_MEMBER", organisationId: fixture.myOrganisation.id, personId: stranger.id });
    const item = await createActionItemRow(fixture, { malaysiaOwnerId: stranger.id, status: "SUBMITTED" });
    actAs(fixture.cnCoChair.user);
    expect(await transitionActionItem(undefined, { id: item.id, version: "1", to: "ACCEPTED" })).toMatchObject({ status: "success" });
    expect(await testDb.notification.count({ where: { recipientId: strangerUser.id } })).toBe(0);
  });

  it("tells both owners of accepted work, not the reviewer who accepted it", async () => {
    const fixture = await createGroupFixture();
    const item = await createActionItemRow(fixture, { status: "SUBMITTED", chinaOwnerId: fixture.cnMember.person.id });
    actAs(fixture.cnCoChair.user);
    expect(await transitionActionItem(undefined, { id: item.id, version: "1", to: "ACCEPTED" })).toMatchObject({ status: "success" });
    expect(await told(item.id, "ACTION_ITEM_ACCEPTED")).toEqual(sorted(fixture.myMember.user.id, fixture.cnMember.user.id));
  });
});

describe("meeting notifications", () => {
  it("tells the group's members of a meeting scheduled and then cancelled, each with the invitation sequence", async () => {
    const fixture = await createGroupFixture();
    actAs(fixture.cnCoChair.user);
    const titleEn = unique("Meeting");
    await runAction(scheduleMeeting(undefined, { workingGroupId: fixture.group.id, titleEn, startsAtLocal: "2030-06-10T10:00", endsAtLocal: "2030-06-10T12:00", timeZone: "Asia/Shanghai", venue: "Beijing" }));
    const meeting = await testDb.meeting.findFirstOrThrow({ where: { titleEn } });
    const members = sorted(fixture.mySecretariat.user.id, fixture.myMember.user.id, fixture.cnMember.user.id);
    expect(await told(meeting.id, "MEETING_SCHEDULED")).toEqual(members);
    expect(await cancelMeeting(undefined, { id: meeting.id, version: "1", confirm: "yes" })).toMatchObject({ status: "success" });
    expect(await told(meeting.id, "MEETING_CANCELLED")).toEqual(members);
    const scheduled = await testDb.notification.findFirstOrThrow({ where: { recordId: meeting.id, kind: "MEETING_SCHEDULED" } });
    const cancelled = await testDb.notification.findFirstOrThrow({ where: { recordId: meeting.id, kind: "MEETING_CANCELLED" } });
    expect((scheduled.params as { sequence: number }).sequence).toBeLessThan((cancelled.params as { sequence: number }).sequence);
  });
});

describe("minutes", () => {
  it("tells the group's members that minutes were recorded, not the secretariat who recorded them nor outsiders", async () => {
    const fixture = await createGroupFixture();
    const outsider = await createGroupFixture();
    const meeting = await createMeeting(fixture.group.id, new Date("2026-01-10T02:00:00Z"), "SCHEDULED");
    actAs(fixture.mySecretariat.user);
    expect(await runAction(recordMeetingMinutes(undefined, { id: meeting.id, version: "1", minutesSummary: "Agreed the work plan", attendedPersonId: [fixture.cnCoChair.person.id] }))).toBe("redirected");
    expect(await told(meeting.id, "MINUTES_RECORDED")).toEqual(sorted(fixture.cnCoChair.user.id, fixture.myMember.user.id, fixture.cnMember.user.id));
    expect(await testDb.notification.count({ where: { recordId: meeting.id, recipientId: { in: [outsider.cnCoChair.user.id, outsider.myMember.user.id] } } })).toBe(0);
  });
});

describe("progress and agreement notifications", () => {
  let setup: Awaited<ReturnType<typeof createAgreementWithArea>>;
  beforeAll(async () => {
    setup = await createAgreementWithArea();
  });

  it("tells the officers of the agreement's parties of an at-risk report, and nobody of an on-track one", async () => {
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id, startOn: "2025-01-01" });
    const otherOfficer = await createUser({ role: "OFFICER", organisationId: (await createOrganisation()).id });
    const secondMyOfficer = await createUser({ role: "OFFICER", organisationId: setup.malaysia.id });
    actAs(setup.officerMy);
    const base = { milestoneId: milestone.id, reportedOn: "2025-03-01", percentComplete: "30", narrative: "Moving" };
    expect(await logProgress(undefined, { ...base, status: "ON_TRACK" })).toMatchObject({ status: "success" });
    expect(await told(milestone.id, "PROGRESS_AT_RISK")).toEqual([]);
    expect(await logProgress(undefined, { ...base, reportedOn: "2025-04-01", status: "OFF_TRACK" })).toMatchObject({ status: "success" });
    expect(await told(milestone.id, "PROGRESS_AT_RISK")).toEqual(sorted(setup.officerCn.id, secondMyOfficer.id));
    expect(await testDb.notification.count({ where: { recipientId: otherOfficer.id } })).toBe(0);
  });

  it("tells party officers and managers of a status change, not officers of other organisations", async () => {
    const manager = await createUser({ role: "MANAGER" });
    const inactiveManager = await createUser({ role: "MANAGER", isActive: false });
    const otherOfficer = await createUser({ role: "OFFICER", organisationId: (await createOrganisation()).id });
    const agreement = await testDb.agreement.create({
      data: { type: "MOU", status: "SIGNED", signedOn: new Date("2025-01-01T00:00:00Z"), titleEn: unique("Agreement"), parties: { create: [{ organisationId: setup.malaysia.id, side: "MALAYSIA" }, { organisationId: setup.china.id, side: "CHINA" }] } },
    });
    actAs(setup.officerMy);
    expect(await changeAgreementStatus(undefined, { id: agreement.id, version: "1", toStatus: "IN_FORCE", reason: "" })).toMatchObject({ status: "success" });
    const recipients = await told(agreement.id, "AGREEMENT_STATUS_CHANGED");
    expect(recipients).toContain(setup.officerCn.id);
    expect(recipients).toContain(manager.id);
    expect(recipients).not.toContain(setup.officerMy.id);
    expect(recipients).not.toContain(inactiveManager.id);
    expect(recipients).not.toContain(otherOfficer.id);
  });
});

describe("the reminder sweep", () => {
  const now = new Date("2030-03-04T03:00:00Z"); // a Monday in Kuala Lumpur
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it("reminds of milestones, items and agreements by their dates, and twice sweeping tells nobody twice", async () => {
    const setup = await createAgreementWithArea();
    const responsible = await createUser({ role: "OFFICER", organisationId: setup.malaysia.id });
    const milestoneArgs = { agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id, responsibleUserId: responsible.id, startOn: "2030-01-01", lastUpdateOn: "2030-03-01" };
    const dueIn7 = await createMilestone({ ...milestoneArgs, targetOn: "2030-03-11" });
    const dueIn30 = await createMilestone({ ...milestoneArgs, targetOn: "2030-04-03" });
    const overdue = await createMilestone({ ...milestoneArgs, targetOn: "2030-03-01" });
    const stale = await createMilestone({ ...milestoneArgs, startOn: "2029-01-01", lastUpdateOn: "2029-12-01", targetOn: "2031-01-01" });
    const fixture = await createGroupFixture();
    const itemSoon = await createActionItemRow(fixture, { dueOn: day("2030-03-06") });
    const itemLate = await createActionItemRow(fixture, { dueOn: day("2030-02-20") });
    const itemClosed = await createActionItemRow(fixture, { dueOn: day("2030-02-20"), status: "CLOSED" });
    const manager = await createUser({ role: "MANAGER" });
    const expiring = await testDb.agreement.create({
      data: { type: "MOU", status: "IN_FORCE", titleEn: unique("Expiring"), expiresOn: day("2030-03-24"), noticeDays: 60, parties: { create: [{ organisationId: setup.malaysia.id, side: "MALAYSIA" }] } },
    });

    const first = await runReminderSweep(testDb, now);
    const count = () => testDb.notification.count();
    const afterFirst = await count();
    const second = await runReminderSweep(testDb, now);
    expect(await count()).toBe(afterFirst);
    expect(Object.values(second.created).every((created) => created === 0)).toBe(true);
    expect(first.statements).toBe(second.statements);

    const officers = sorted(setup.officerMy.id, responsible.id);
    expect(await told(dueIn7.id, "MILESTONE_DUE_SOON")).toEqual(officers);
    expect(await told(dueIn30.id, "MILESTONE_DUE_SOON")).toEqual([]);
    expect(await told(overdue.id, "MILESTONE_OVERDUE")).toEqual(officers);
    expect(await told(stale.id, "MILESTONE_STALE")).toEqual(officers);
    expect(await told(itemSoon.id, "ACTION_ITEM_DUE_SOON")).toEqual([fixture.myMember.user.id]);
    expect(await told(itemLate.id, "ACTION_ITEM_OVERDUE")).toEqual([fixture.myMember.user.id]);
    expect(await told(itemClosed.id, "ACTION_ITEM_OVERDUE")).toEqual([]);
    const expiringTold = await told(expiring.id, "AGREEMENT_NOTICE_PERIOD");
    expect(expiringTold).toContain(manager.id);
    expect(expiringTold).toContain(setup.officerMy.id);
    expect(expiringTold).not.toContain(setup.officerCn.id);
    expect(await told(expiring.id, "AGREEMENT_EXPIRING")).toContain(manager.id);
    // Monday: the manager's portfolio digest and the owner's week ahead.
    expect(await testDb.notification.count({ where: { recipientId: manager.id, kind: "DIGEST_PORTFOLIO" } })).toBe(1);
    const weekAhead = await testDb.notification.findFirstOrThrow({ where: { recipientId: fixture.myMember.user.id, kind: "DIGEST_WEEK_AHEAD" } });
    expect(weekAhead.params).toMatchObject({ counts: { items: 1 }, records: [{ group: "items", type: "ActionItem", id: itemSoon.id }] });
    // The portfolio digest names what it counts: the milestone that fell overdue this week.
    const portfolio = await testDb.notification.findFirstOrThrow({ where: { recipientId: manager.id, kind: "DIGEST_PORTFOLIO" } });
    expect(portfolio.params).toMatchObject({ records: expect.arrayContaining([expect.objectContaining({ group: "overdue", type: "Milestone", id: overdue.id })]) });
    // …and the mail says so with a working link, in the reader's language.
    const mail = composeMail({ recipient: { name: "Manager", locale: "en" }, notifications: [portfolio, weekAhead], appUrl: "https://mou.example", preferencesUrl: "https://mou.example/unsubscribe/x" });
    expect(mail.text).toContain(`https://mou.example/milestones/${overdue.id}`);
    expect(mail.html).toContain(`href="https://mou.example/action-items/${itemSoon.id}"`);
    expect(mail.text).toMatch(/Newly overdue: /);

    // A week later the overdue ones are reminded again, the due-soon ones are not.
    await runReminderSweep(testDb, new Date("2030-03-11T03:00:00Z"));
    expect(await testDb.notification.count({ where: { recordId: overdue.id, kind: "MILESTONE_OVERDUE" } })).toBe(4);
    expect(await testDb.notification.count({ where: { recordId: itemLate.id, kind: "ACTION_ITEM_OVERDUE" } })).toBe(2);
  });

  it("reminds of a milestone once in each window (14, 7 and 1 days), and of an agreement at 90 and 30 days and once expired", async () => {
    const setup = await createAgreementWithArea();
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id, targetOn: "2030-04-15", lastUpdateOn: "2030-03-25" });
    const agreement = await testDb.agreement.create({
      data: { type: "MOU", status: "IN_FORCE", titleEn: unique("Ending"), expiresOn: day("2030-07-01"), noticeDays: 0, parties: { create: [{ organisationId: setup.china.id, side: "CHINA" }] } },
    });
    const atDay = (iso: string) => runReminderSweep(testDb, new Date(`${iso}T03:00:00Z`));
    const milestoneReminders = async () =>
      (await testDb.notification.findMany({ where: { recordId: milestone.id, kind: "MILESTONE_DUE_SOON", recipientId: setup.officerMy.id }, select: { params: true } })).map((row) => (row.params as { days: number }).days).sort((a, b) => b - a);
    for (const iso of ["2030-03-31", "2030-04-01", "2030-04-02", "2030-04-05"]) await atDay(iso);
    expect(await milestoneReminders()).toEqual([14]);
    for (const iso of ["2030-04-08", "2030-04-10", "2030-04-14"]) await atDay(iso);
    expect(await milestoneReminders()).toEqual([14, 7, 1]);
    // Officers of another organisation are never reminded of it.
    expect(await told(milestone.id, "MILESTONE_DUE_SOON")).not.toContain(setup.officerCn.id);

    const expiring = async () =>
      (await testDb.notification.findMany({ where: { recordId: agreement.id, kind: "AGREEMENT_EXPIRING", recipientId: setup.officerCn.id }, select: { params: true } })).map((row) => (row.params as { days: number }).days).sort((a, b) => b - a);
    for (const iso of ["2030-04-02", "2030-04-20", "2030-06-01", "2030-06-20"]) await atDay(iso);
    expect(await expiring()).toEqual([90, 30]);
    expect(await told(agreement.id, "AGREEMENT_EXPIRED")).toEqual([]);
    await atDay("2030-07-02");
    await atDay("2030-07-09");
    expect(await told(agreement.id, "AGREEMENT_EXPIRED")).toContain(setup.officerCn.id);
    expect(await told(agreement.id, "AGREEMENT_EXPIRED")).not.toContain(setup.officerMy.id);
    expect(await testDb.notification.count({ where: { recordId: agreement.id, kind: "AGREEMENT_EXPIRED", recipientId: setup.officerCn.id } })).toBe(1);
  });

  it("uses a constant number of statements whatever the data", async () => {
    const before = await runReminderSweep(testDb, new Date("2030-03-05T03:00:00Z"));
    const setup = await createAgreementWithArea();
    for (let index = 0; index < 5; index += 1) await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id, targetOn: "2030-03-06" });
    const after = await runReminderSweep(testDb, new Date("2030-03-05T03:00:00Z"));
    expect(after.statements).toBe(before.statements);
    expect(after.created.milestoneDueSoon).toBe(5);
  });
});
