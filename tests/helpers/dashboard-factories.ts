// A small, fully known portfolio for the dashboard tests: two agreements in force/signed (plus
// an expired and an archived one), milestones on both sides and joint, their progress history,
// action items and meetings. Dates are relative to "today" so every due state is present.
import { today } from "@/lib/dates";
import { testDb, unique } from "./factories";

type OwnerSide = "MALAYSIA" | "CHINA" | "JOINT";
type MilestoneStatus = "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "COMPLETED" | "CANCELLED";
type ProgressStatus = "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "COMPLETED";
type ActionStatus = "OPEN" | "IN_PROGRESS" | "SUBMITTED" | "ACCEPTED" | "RETURNED" | "CLOSED" | "BLOCKED" | "CANCELLED";

export const dayMs = 86_400_000;

/** today() (the application's calendar day); tests that use it fix the clock (tests/helpers/clock.ts). */
export const testToday = () => today();

export const daysFromToday = (offset: number) => new Date(testToday().getTime() + offset * dayMs);

export interface MilestoneFixture {
  key: string;
  agreement: "A" | "B";
  area: "A1" | "A2" | "B1";
  side: OwnerSide;
  org: "MY" | "CN";
  weight: number;
  start: number;
  target: number;
  status: MilestoneStatus;
  percent: number;
  completed?: number;
  cancelled?: number;
  updates: { on: number; percent: number; status: ProgressStatus }[];
}

export interface ActionFixture {
  key: string;
  group: "A" | "B";
  side: OwnerSide;
  status: ActionStatus;
  due: number;
  closed?: number;
  area?: "A1" | "A2" | "B1";
  comments?: number;
}

export const milestoneFixtures: MilestoneFixture[] = [
  { key: "m1", agreement: "A", area: "A1", side: "MALAYSIA", org: "MY", weight: 3, start: -200, target: -35, status: "OFF_TRACK", percent: 75,
    updates: [{ on: -150, percent: 10, status: "ON_TRACK" }, { on: -60, percent: 50, status: "AT_RISK" }, { on: -20, percent: 75, status: "OFF_TRACK" }] },
  { key: "m2", agreement: "A", area: "A1", side: "CHINA", org: "CN", weight: 2, start: -150, target: 12, status: "ON_TRACK", percent: 85,
    updates: [{ on: -100, percent: 40, status: "ON_TRACK" }, { on: -9, percent: 85, status: "ON_TRACK" }] },
  { key: "m3", agreement: "A", area: "A2", side: "JOINT", org: "MY", weight: 1, start: -300, target: 100, status: "AT_RISK", percent: 40,
    updates: [{ on: -90, percent: 40, status: "AT_RISK" }] },
  { key: "m4", agreement: "A", area: "A2", side: "CHINA", org: "CN", weight: 1, start: -100, target: 200, status: "ON_TRACK", percent: 30,
    updates: [{ on: -10, percent: 30, status: "ON_TRACK" }] },
  { key: "m5", agreement: "A", area: "A1", side: "MALAYSIA", org: "MY", weight: 2, start: -300, target: -50, status: "COMPLETED", percent: 100, completed: -60,
    updates: [{ on: -200, percent: 50, status: "ON_TRACK" }, { on: -60, percent: 100, status: "COMPLETED" }] },
  { key: "m6", agreement: "B", area: "B1", side: "CHINA", org: "CN", weight: 1, start: -300, target: -100, status: "COMPLETED", percent: 100, completed: -80,
    updates: [{ on: -130, percent: 60, status: "AT_RISK" }, { on: -80, percent: 100, status: "COMPLETED" }] },
  { key: "m7", agreement: "B", area: "B1", side: "MALAYSIA", org: "MY", weight: 5, start: -50, target: -5, status: "CANCELLED", percent: 10, cancelled: -20,
    updates: [{ on: -30, percent: 10, status: "AT_RISK" }] },
  { key: "m8", agreement: "B", area: "B1", side: "JOINT", org: "CN", weight: 1, start: -40, target: -1, status: "NOT_STARTED", percent: 0, updates: [] },
];

export const actionFixtures: ActionFixture[] = [
  { key: "a1", group: "A", side: "MALAYSIA", status: "OPEN", due: -10, area: "A1", comments: 2 },
  { key: "a2", group: "A", side: "CHINA", status: "IN_PROGRESS", due: 10, area: "A1" },
  { key: "a3", group: "A", side: "JOINT", status: "CLOSED", due: -5, closed: -7, area: "A2" },
  { key: "a4", group: "B", side: "CHINA", status: "CLOSED", due: -20, closed: -15, area: "B1" },
  { key: "a5", group: "B", side: "JOINT", status: "BLOCKED", due: -3 },
  { key: "a6", group: "B", side: "MALAYSIA", status: "CANCELLED", due: -30 },
];

export async function createDashboardPortfolio() {
  const orgMy = await testDb.organisation.create({ data: { nameEn: unique("MY org"), country: "MY", side: "MALAYSIA" } });
  const orgCn = await testDb.organisation.create({ data: { nameEn: unique("CN org"), country: "CN", side: "CHINA" } });
  const personMy = await testDb.person.create({ data: { name: unique("MY person"), organisationId: orgMy.id, side: "MALAYSIA" } });
  const personCn = await testDb.person.create({ data: { name: unique("CN person"), organisationId: orgCn.id, side: "CHINA" } });
  const parties = { create: [{ organisationId: orgMy.id, side: "MALAYSIA" as const, order: 0 }, { organisationId: orgCn.id, side: "CHINA" as const, order: 1 }] };

  const agreementA = await testDb.agreement.create({
    data: { type: "MOU", status: "IN_FORCE", titleEn: unique("Agreement A"), expiresOn: daysFromToday(40), noticeDays: 60, parties },
  });
  const agreementB = await testDb.agreement.create({
    data: { type: "LOI", status: "SIGNED", titleEn: unique("Agreement B"), expiresOn: daysFromToday(200), parties: { create: [{ organisationId: orgCn.id, side: "CHINA", order: 0 }] } },
  });
  const expired = await testDb.agreement.create({ data: { type: "MOU", status: "EXPIRED", titleEn: unique("Agreement C"), expiresOn: daysFromToday(-10) } });
  await testDb.agreement.create({ data: { type: "MOU", status: "IN_FORCE", titleEn: unique("Archived"), expiresOn: daysFromToday(10), archivedAt: new Date() } });

  const areas = {
    A1: await testDb.cooperationArea.create({ data: { agreementId: agreementA.id, number: 1, titleEn: "Area A1" } }),
    A2: await testDb.cooperationArea.create({ data: { agreementId: agreementA.id, number: 2, titleEn: "Area A2" } }),
    B1: await testDb.cooperationArea.create({ data: { agreementId: agreementB.id, number: 1, titleEn: "Area B1" } }),
  };
  const agreements = { A: agreementA, B: agreementB };
  const orgs = { MY: orgMy, CN: orgCn };
  const groups = {
    A: await testDb.workingGroup.create({ data: { agreementId: agreementA.id, nameEn: unique("Group A") } }),
    B: await testDb.workingGroup.create({ data: { agreementId: agreementB.id, nameEn: unique("Group B") } }),
  };

  const milestones: Record<string, string> = {};
  for (const fixture of milestoneFixtures) {
    const last = fixture.updates.at(-1);
    const milestone = await testDb.milestone.create({
      data: {
        agreementId: agreements[fixture.agreement].id,
        cooperationAreaId: areas[fixture.area].id,
        titleEn: `Milestone ${fixture.key}`,
        ownerOrganisationId: orgs[fixture.org].id,
        ownerSide: fixture.side,
        startOn: daysFromToday(fixture.start),
        targetOn: daysFromToday(fixture.target),
        weight: fixture.weight,
        status: fixture.status,
        percentComplete: fixture.percent,
        lastUpdateOn: last ? daysFromToday(last.on) : null,
        completedOn: fixture.completed === undefined ? null : daysFromToday(fixture.completed),
        cancelledAt: fixture.cancelled === undefined ? null : daysFromToday(fixture.cancelled),
        updates: {
          create: fixture.updates.map((update) => ({
            reportedOn: daysFromToday(update.on),
            percentComplete: update.percent,
            status: update.status,
            narrative: `Update ${fixture.key} ${update.on}`,
          })),
        },
      },
    });
    milestones[fixture.key] = milestone.id;
  }

  const author = await testDb.user.create({ data: { email: `${unique("author")}@test.example`, name: "Author", passwordHash: "unusable", role: "WG_MEMBER" } });
  const actionItems: Record<string, string> = {};
  for (const fixture of actionFixtures) {
    const item = await testDb.actionItem.create({
      data: {
        workingGroupId: groups[fixture.group].id,
        titleEn: `Action ${fixture.key}`,
        ownerSide: fixture.side,
        malaysiaOwnerId: fixture.side === "CHINA" ? null : personMy.id,
        chinaOwnerId: fixture.side === "MALAYSIA" ? null : personCn.id,
        dueOn: daysFromToday(fixture.due),
        status: fixture.status,
        closedAt: fixture.closed === undefined ? null : daysFromToday(fixture.closed),
        cooperationAreaId: fixture.area ? areas[fixture.area].id : null,
        comments: { create: Array.from({ length: fixture.comments ?? 0 }, (_, index) => ({ authorId: author.id, body: `Comment ${index}` })) },
      },
    });
    actionItems[fixture.key] = item.id;
  }

  const soon = new Date(Date.now() + 14 * dayMs);
  await testDb.meeting.create({ data: { workingGroupId: groups.A.id, titleEn: "Next meeting", startsAt: soon, timeZone: "Asia/Kuala_Lumpur" } });
  await testDb.meeting.create({ data: { workingGroupId: groups.A.id, titleEn: "Later meeting", startsAt: new Date(Date.now() + 40 * dayMs), timeZone: "Asia/Kuala_Lumpur" } });
  await testDb.meeting.create({ data: { workingGroupId: groups.A.id, titleEn: "Past meeting", startsAt: new Date(Date.now() - 10 * dayMs), timeZone: "Asia/Kuala_Lumpur", status: "HELD" } });

  return { orgs, agreements, expired, areas, groups, milestones, actionItems, persons: { MY: personMy, CN: personCn } };
}
