// The reads made faster for national scale (issue 14) give the same figures as the rules they
// implement: an action item's done day is its day in Kuala Lumpur whichever write set it (a
// database trigger keeps it on the row), the timeline counts every milestone beyond its cap in
// the same statement, the latest updates carry their milestone, and the portfolio figures kept
// per version of the data follow every write, from any client, and the day. Expected values are
// worked out here from the data each test creates.
import { beforeAll, describe, expect, it } from "vitest";
import { getLatestUpdates, getMilestoneTimeline } from "@/lib/data/dashboard/agreement";
import { getMilestoneSummary } from "@/lib/data/dashboard/portfolio";
import { timelineLimit } from "@/lib/data/dashboard/core/agreement";
import { getSideComparison } from "@/lib/data/dashboard/sides";
import { noFilters, type DashboardFilters } from "@/lib/data/dashboard/filters";
import { addDays, today } from "@/lib/dates";
import { actAs } from "../helpers/request";
import { createOrganisation, createUser, testDb, unique } from "../helpers/factories";
import { fixClock, klHalfPastMidnight, setClock } from "../helpers/clock";

fixClock(klHalfPastMidnight, "all");

const hourMs = 3_600_000;
/** The UTC instant of a wall-clock hour in Kuala Lumpur (UTC+8) on a calendar day. */
const klTime = (day: Date, hour: number, minute = 0) => new Date(day.getTime() + (hour - 8) * hourMs + minute * 60_000);

beforeAll(async () => {
  actAs(await createUser({ role: "MANAGER" }));
});

async function createAgreementWithGroup() {
  const agreement = await testDb.agreement.create({ data: { type: "MOU", status: "IN_FORCE", titleEn: unique("Optimised reads") } });
  const group = await testDb.workingGroup.create({ data: { agreementId: agreement.id, nameEn: unique("Group") } });
  const area = await testDb.cooperationArea.create({ data: { agreementId: agreement.id, number: 1, titleEn: "Area" } });
  return { agreement, group, area, malaysia: await createOrganisation({ side: "MALAYSIA" }), china: await createOrganisation({ side: "CHINA" }) };
}

const onAgreement = (agreementId: string): DashboardFilters => ({ ...noFilters, agreementId });

describe("an action item's done day in the side comparison", () => {
  it("is the day in Kuala Lumpur it was closed, else accepted, kept up to date on every change", async () => {
    const { agreement, group } = await createAgreementWithGroup();
    const due = addDays(today(), -5);
    // Closed at 00:30 in Kuala Lumpur the day after it was due: still the due day in UTC, one day late here.
    const item = await testDb.actionItem.create({
      data: { workingGroupId: group.id, titleEn: unique("Action"), ownerSide: "MALAYSIA", dueOn: due, status: "CLOSED", closedAt: klTime(addDays(due, 1), 0, 30) },
    });
    const figures = async () => (await getSideComparison(onAgreement(agreement.id), "agreement")).actionItems.totals.MALAYSIA;

    expect(await figures()).toMatchObject({ owned: 1, completedOnTime: 0, completedLate: 1, overdue: 0, averageDaysLate: 1 });

    // Closed at 23:30 in Kuala Lumpur on the due day (15:30 UTC): on time.
    await testDb.actionItem.update({ where: { id: item.id }, data: { closedAt: klTime(due, 23, 30) } });
    expect(await figures()).toMatchObject({ completedOnTime: 1, completedLate: 0, averageDaysLate: null });

    // Reopened: no longer done, and now overdue by five days.
    await testDb.actionItem.update({ where: { id: item.id }, data: { status: "IN_PROGRESS", closedAt: null } });
    expect(await figures()).toMatchObject({ completedOnTime: 0, completedLate: 0, overdue: 1, averageDaysLate: 5 });

    // Accepted at review three days after its due day (never closed): done on the review's day.
    await testDb.actionItem.update({ where: { id: item.id }, data: { status: "ACCEPTED", reviewedAt: klTime(addDays(due, 3), 9) } });
    expect(await figures()).toMatchObject({ completedOnTime: 0, completedLate: 1, overdue: 0, averageDaysLate: 3 });
  });
});

describe("one agreement's timeline and latest updates", () => {
  it("shows the first milestones by start and counts every one that is not cancelled", async () => {
    const { agreement, area, malaysia, china } = await createAgreementWithGroup();
    const count = timelineLimit + 5;
    await testDb.milestone.createMany({
      data: Array.from({ length: count }, (_, index) => ({
        agreementId: agreement.id,
        cooperationAreaId: area.id,
        titleEn: `Milestone ${String(index).padStart(3, "0")}`,
        ownerSide: index % 2 === 0 ? ("MALAYSIA" as const) : ("CHINA" as const),
        ownerOrganisationId: index % 2 === 0 ? malaysia.id : china.id,
        // Started in reverse order of their titles, so the order is the start date's, not the title's.
        startOn: addDays(today(), -index),
        targetOn: addDays(today(), 30),
        status: index === 0 ? ("CANCELLED" as const) : ("ON_TRACK" as const),
      })),
    });

    const timeline = await getMilestoneTimeline(agreement.id, onAgreement(agreement.id));
    expect(timeline.total).toBe(count - 1);
    expect(timeline.milestones).toHaveLength(timelineLimit);
    expect(timeline.milestones[0]?.titleEn).toBe(`Milestone ${String(count - 1).padStart(3, "0")}`);
    expect(timeline.milestones[0]?.startOn).toEqual(addDays(today(), -(count - 1)));
    expect(timeline.milestones.some((milestone) => milestone.titleEn === "Milestone 000")).toBe(false);

    const chinaOnly = await getMilestoneTimeline(agreement.id, { ...onAgreement(agreement.id), side: "CHINA" });
    expect(chinaOnly.total).toBe(Math.floor(count / 2));
    expect(chinaOnly.milestones.every((milestone) => milestone.ownerSide === "CHINA")).toBe(true);

    const none = await getMilestoneTimeline(agreement.id, { ...onAgreement(agreement.id), organisationId: (await createOrganisation()).id });
    expect(none).toEqual({ milestones: [], total: 0 });
  });

  it("lists the newest updates first, each with its milestone", async () => {
    const { agreement, area, malaysia, china } = await createAgreementWithGroup();
    const first = await testDb.milestone.create({
      data: { agreementId: agreement.id, cooperationAreaId: area.id, ownerOrganisationId: malaysia.id, titleEn: "First", ownerSide: "MALAYSIA", startOn: addDays(today(), -90), targetOn: addDays(today(), 90) },
    });
    const second = await testDb.milestone.create({
      data: { agreementId: agreement.id, cooperationAreaId: area.id, ownerOrganisationId: china.id, titleEn: "Second", ownerSide: "CHINA", startOn: addDays(today(), -90), targetOn: addDays(today(), 90) },
    });
    for (let day = 1; day <= 12; day += 1) {
      await testDb.progressUpdate.create({
        data: { milestoneId: day % 2 ? first.id : second.id, reportedOn: addDays(today(), -day), percentComplete: 100 - day, status: "ON_TRACK", narrative: `Day ${day}` },
      });
    }

    const updates = await getLatestUpdates(agreement.id, onAgreement(agreement.id));
    expect(updates.map((update) => update.narrative)).toEqual(Array.from({ length: 10 }, (_, index) => `Day ${index + 1}`));
    expect(updates[0]).toMatchObject({ reportedOn: addDays(today(), -1), percentComplete: 99, status: "ON_TRACK", milestone: { id: first.id, titleEn: "First" } });
    expect(updates[1]?.milestone).toMatchObject({ id: second.id, titleEn: "Second" });

    const chinaOnly = await getLatestUpdates(agreement.id, { ...onAgreement(agreement.id), side: "CHINA" });
    expect(chinaOnly.map((update) => update.narrative)).toEqual(["Day 2", "Day 4", "Day 6", "Day 8", "Day 10", "Day 12"]);
  });
});

describe("portfolio figures kept while the data is unchanged", () => {
  it("are reused for the same question, and follow every committed write from any client, and the day", async () => {
    const { agreement, area, malaysia } = await createAgreementWithGroup();
    const filters = onAgreement(agreement.id);
    const milestone = (title: string, targetOn: Date) => ({
      agreementId: agreement.id,
      cooperationAreaId: area.id,
      ownerOrganisationId: malaysia.id,
      ownerSide: "MALAYSIA" as const,
      titleEn: title,
      startOn: addDays(today(), -30),
      targetOn,
    });

    const empty = await getMilestoneSummary(filters);
    expect(empty.total).toBe(0);
    expect(await getMilestoneSummary(filters)).toBe(empty);

    // Another database client (as another app instance would be) writes a milestone due today.
    await testDb.milestone.create({ data: milestone("Due today", today()) });
    const one = await getMilestoneSummary(filters);
    expect(one).toMatchObject({ total: 1, byDueState: { overdue: 0, due30: 1 } });

    // A write that is rolled back changes nothing.
    await expect(
      testDb.$transaction(async (tx) => {
        await tx.milestone.create({ data: milestone("Rolled back", today()) });
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");
    expect((await getMilestoneSummary(filters)).total).toBe(1);

    // Several rows in one statement, in plain SQL: all of them count.
    await testDb.$executeRaw`UPDATE "Milestone" SET "percentComplete" = 40 WHERE "agreementId" = ${agreement.id}`;
    await testDb.milestone.createMany({ data: [milestone("Later 1", addDays(today(), 90)), milestone("Later 2", addDays(today(), 90))] });
    const three = await getMilestoneSummary(filters);
    expect(three.total).toBe(3);
    expect(three.weightedProgress).toBeCloseTo(40 / 3, 6);

    // The next day, the milestone due today is overdue though nothing was written.
    // (A day later the earlier session has expired: a manager signs in again.)
    setClock(new Date(klHalfPastMidnight.getTime() + 86_400_000));
    try {
      actAs(await createUser({ role: "MANAGER" }));
      expect((await getMilestoneSummary(filters)).byDueState.overdue).toBe(1);
    } finally {
      setClock(klHalfPastMidnight);
      actAs(await createUser({ role: "MANAGER" }));
    }
  });
});
