// The seed on a fresh, migrated database: facts exactly as the source report states them,
// examples marked as such, demo accounts only when asked for, and re-runs that change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/passwords";
import { createPrismaClient } from "@/lib/prisma-client";
import { DEMO_PASSWORD, demoAccounts, seedDatabase, seededTables, type SeedSummary } from "@/prisma/seed-data";

const prisma = createPrismaClient();
// A fixed "today" keeps the example dates (computed relative to it) deterministic.
const today = new Date("2026-03-16T00:00:00Z");
const DAY_MS = 24 * 60 * 60 * 1000;

const iso = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

/** Row counts of every table the seed could touch, seed ids or not. */
async function countAllRows() {
  return {
    organisations: await prisma.organisation.count(),
    people: await prisma.person.count(),
    signingEvents: await prisma.signingEvent.count(),
    signingWitnesses: await prisma.signingWitness.count(),
    agreements: await prisma.agreement.count(),
    agreementStatusChanges: await prisma.agreementStatusChange.count(),
    agreementParties: await prisma.agreementParty.count(),
    signatories: await prisma.signatory.count(),
    cooperationAreas: await prisma.cooperationArea.count(),
    workingGroups: await prisma.workingGroup.count(),
    factSources: await prisma.factSource.count(),
    workingGroupMembers: await prisma.workingGroupMember.count(),
    users: await prisma.user.count(),
    milestones: await prisma.milestone.count(),
    progressUpdates: await prisma.progressUpdate.count(),
    meetings: await prisma.meeting.count(),
    agendaItems: await prisma.agendaItem.count(),
    meetingAttendance: await prisma.meetingAttendance.count(),
    decisions: await prisma.decision.count(),
    actionItems: await prisma.actionItem.count(),
    actionItemComments: await prisma.actionItemComment.count(),
    auditEvents: await prisma.auditEvent.count(),
  };
}

async function findAgreement(titleEn: string) {
  return prisma.agreement.findFirstOrThrow({
    where: { titleEn },
    include: {
      areas: { orderBy: { number: "asc" } },
      parties: { include: { organisation: true }, orderBy: { order: "asc" } },
      signatories: { include: { person: true, organisation: true }, orderBy: { order: "asc" } },
    },
  });
}

const DIGITAL_ECONOMY_MOU = "Memorandum of Understanding on Digital Economy Cooperation";
const AI_MOU = "Memorandum of Understanding on Artificial Intelligence Cooperation";
const LOI = "Letter of Intent between MDEC and Zhejiang University";

let firstRun: SeedSummary;
let secondRun: SeedSummary;
let countsAfterFirstRun: Awaited<ReturnType<typeof countAllRows>>;
let countsAfterSecondRun: Awaited<ReturnType<typeof countAllRows>>;

beforeAll(async () => {
  firstRun = await seedDatabase(prisma, { includeDemoUsers: false, today });
  countsAfterFirstRun = await countAllRows();
  secondRun = await seedDatabase(prisma, { includeDemoUsers: false, today });
  countsAfterSecondRun = await countAllRows();
}, 120_000);

afterAll(async () => {
  await prisma.$disconnect();
});

describe("seeding twice without demo users", () => {
  it("creates the records on the first run", () => {
    expect(firstRun.created.agreements).toBe(3);
    expect(firstRun.created.milestones).toBeGreaterThan(0);
    expect(countsAfterFirstRun.agreements).toBe(3);
  });

  it("changes nothing on the second run", () => {
    expect(countsAfterSecondRun).toEqual(countsAfterFirstRun);
    for (const table of seededTables) expect(secondRun.created[table], table).toBe(0);
    expect(secondRun.present).toEqual(firstRun.present);
  });

  it("creates no user account", () => {
    expect(countsAfterFirstRun.users).toBe(0);
    expect(countsAfterSecondRun.users).toBe(0);
  });
});

describe("facts from the source report", () => {
  it("has the two MoUs at one event on 16 April 2025 witnessed by Anwar Ibrahim and Xi Jinping, and the LOI with no date", async () => {
    const facts = await prisma.agreement.findMany({ where: { isExample: false }, orderBy: { titleEn: "asc" } });
    expect(facts).toHaveLength(3);
    for (const agreement of facts) {
      // The source reports the signing, not entry into force, expiry or renewal terms.
      expect(agreement.status).toBe("SIGNED");
      expect(agreement.effectiveOn).toBeNull();
      expect(agreement.expiresOn).toBeNull();
      expect(agreement.autoRenewMonths).toBeNull();
    }
    const loi = facts.find((agreement) => agreement.type === "LOI");
    // The report only says the LOI was announced in the same statement: no date, no ceremony.
    expect(loi?.signedOn).toBeNull();
    expect(loi?.signingEventId).toBeNull();
    const mous = facts.filter((agreement) => agreement.type === "MOU");
    expect(mous).toHaveLength(2);
    for (const mou of mous) expect(iso(mou.signedOn)).toBe("2025-04-16");
    const eventIds = new Set(mous.map((agreement) => agreement.signingEventId));
    expect(eventIds.size).toBe(1);
    const [eventId] = [...eventIds];
    expect(eventId).toBeTruthy();

    const event = await prisma.signingEvent.findUniqueOrThrow({
      where: { id: eventId ?? "" },
      include: { witnesses: { include: { person: true }, orderBy: { order: "asc" } } },
    });
    expect(iso(event.date)).toBe("2025-04-16");
    // Putrajaya is the report's dateline, not the place of the ceremony.
    expect(event.placeEn).toBeNull();
    expect(event.witnesses.map((witness) => [witness.person.name, witness.person.nameZh])).toEqual([
      ["Datuk Seri Anwar Ibrahim", "安瓦尔"],
      ["Xi Jinping", "习近平"],
    ]);
  });

  it("holds each fact with its standing: the event's date inferred from “yesterday”, the witnesses stated", async () => {
    const sources = await prisma.factSource.findMany({ where: { entityType: { in: ["SigningEvent", "SigningWitness"] } } });
    const date = sources.find((source) => source.entityType === "SigningEvent" && source.field === "date");
    expect(date?.standing).toBe("INFERRED");
    expect(date?.value).toBe("2025-04-16");
    expect(date?.reasoningEn).toContain("yesterday");
    const witnesses = sources.filter((source) => source.entityType === "SigningWitness");
    expect(witnesses.map((source) => source.standing)).toEqual(["STATED", "STATED"]);
    for (const witness of witnesses) expect(witness.sourceSentence).toContain(witness.value ?? "missing");
  });

  it("gives the digital-economy MoU its parties, signatories and five cooperation areas", async () => {
    const mou = await findAgreement(DIGITAL_ECONOMY_MOU);
    expect(mou.type).toBe("MOU");
    expect(mou.parties.map((party) => [party.organisation.nameEn, party.side])).toEqual([
      ["Ministry of Digital", "MALAYSIA"],
      ["National Development and Reform Commission", "CHINA"],
    ]);
    expect(mou.parties[1]?.organisation.acronym).toBe("NDRC");
    // The report says "between Malaysia and China's NDRC": the NDRC is stated, the Ministry of
    // Digital standing for Malaysia is inferred, with the reasoning shown.
    const partySources = await prisma.factSource.findMany({
      where: { entityType: "AgreementParty", entityId: { in: mou.parties.map((party) => party.id) } },
    });
    const standingOf = (partyId: string | undefined) => partySources.find((source) => source.entityId === partyId)?.standing;
    expect([standingOf(mou.parties[0]?.id), standingOf(mou.parties[1]?.id)]).toEqual(["INFERRED", "STATED"]);
    expect(partySources.find((source) => source.standing === "INFERRED")?.reasoningEn).toContain("between Malaysia and China");
    // The report says they exchanged the MoUs, not that they signed them.
    expect(mou.signatories.map((signatory) => [signatory.person.name, signatory.person.nameZh, signatory.side, signatory.act])).toEqual([
      ["Gobind Singh Deo", "哥宾星", "MALAYSIA", "EXCHANGED"],
      ["Zheng Shanjie", "郑栅洁", "CHINA", "EXCHANGED"],
    ]);
    expect(mou.areas.map((area) => area.number)).toEqual([1, 2, 3, 4, 5]);
    expect(mou.areas.map((area) => area.titleEn.toLowerCase())).toEqual([
      "policy coordination and regulatory alignment",
      "industrial digital transformation",
      "digital technology innovation",
      "talent development",
      "projects to encourage the cooperation between cities and enterprises",
    ]);
    for (const area of mou.areas) {
      expect(area.clauseRef).toBeNull();
      expect(area.titleMs).toBeTruthy();
      expect(area.titleZh).toBeTruthy();
    }
    expect(mou.areas[0]?.clauseTextEn).toContain("policy coordination and regulatory alignment");
    expect(mou.titleMs).toBeTruthy();
    expect(mou.titleZh).toBeTruthy();
  });

  it("gives the AI MoU the same parties and signatories and five cooperation areas", async () => {
    const mou = await findAgreement(AI_MOU);
    expect(mou.type).toBe("MOU");
    expect(mou.parties.map((party) => [party.organisation.nameEn, party.side])).toEqual([
      ["Ministry of Digital", "MALAYSIA"],
      ["National Development and Reform Commission", "CHINA"],
    ]);
    expect(mou.signatories.map((signatory) => [signatory.person.name, signatory.organisation.nameEn])).toEqual([
      ["Gobind Singh Deo", "Ministry of Digital"],
      ["Zheng Shanjie", "National Development and Reform Commission"],
    ]);
    expect(mou.areas.map((area) => area.titleEn.toLowerCase())).toEqual([
      "technical exchange programmes",
      "ai infrastructure, including the building of datasets",
      "exchange ethical ai guidelines and share experiences to promote the empowerment of ai applications for economic and social development in selected areas",
      "approaches to address ai security risks",
      "public literacy related to ai knowledge and professional skills",
    ]);
  });

  it("records the LOI between MDEC and Zhejiang University, with no one named who signed or exchanged it", async () => {
    const loi = await findAgreement(LOI);
    expect(loi.type).toBe("LOI");
    expect(loi.parties.map((party) => [party.organisation.nameEn, party.organisation.acronym, party.side])).toEqual([
      ["Malaysia Digital Economy Corporation", "MDEC", "MALAYSIA"],
      ["Zhejiang University", null, "CHINA"],
    ]);
    expect(loi.signatories).toHaveLength(0);
    expect(loi.areas.map((area) => area.titleEn.toLowerCase())).toEqual([
      "digital transformation",
      "artificial intelligence",
      "smart city",
    ]);
  });

  it("puts the Joint Working Group under the digital-economy MoU, with members from the NDA and the Ministry of Digital only", async () => {
    const mou = await findAgreement(DIGITAL_ECONOMY_MOU);
    const group = await prisma.workingGroup.findFirstOrThrow({
      where: { nameEn: "Joint Working Group on Digital Economy" },
      include: { members: { include: { organisation: true } } },
    });
    expect(group.agreementId).toBe(mou.id);
    expect(group.termsOfReferenceEn).toContain("will be established");
    expect(group.termsOfReferenceEn).not.toMatch(/^Established/);
    expect(group.establishedOn).toBeNull();
    expect(group.members.length).toBeGreaterThan(0);
    const organisationsAndSides = new Set(group.members.map((member) => `${member.organisation.nameEn}|${member.side}`));
    expect([...organisationsAndSides].sort()).toEqual(["Ministry of Digital|MALAYSIA", "National Data Administration|CHINA"]);
    const counterparts = group.members.filter((member) => member.counterpartId !== null);
    expect(counterparts.length).toBeGreaterThan(0);
    for (const member of counterparts) {
      const counterpart = group.members.find((other) => other.id === member.counterpartId);
      expect(counterpart?.side).not.toBe(member.side);
      expect(counterpart?.role).toBe(member.role);
    }
  });
});

describe("facts and examples are told apart", () => {
  it("does not mark the facts as examples", async () => {
    const organisations = await prisma.organisation.findMany({
      where: {
        nameEn: {
          in: [
            "Ministry of Digital",
            "National Development and Reform Commission",
            "National Data Administration",
            "Malaysia Digital Economy Corporation",
            "Zhejiang University",
          ],
        },
      },
    });
    expect(organisations).toHaveLength(5);
    expect(organisations.filter((organisation) => organisation.isExample)).toEqual([]);

    const people = await prisma.person.findMany({
      where: { OR: ["Gobind Singh Deo", "Zheng Shanjie", "Anwar Ibrahim", "Xi Jinping"].map((name) => ({ name: { contains: name } })) },
    });
    expect(people).toHaveLength(4);
    expect(people.filter((person) => person.isExample)).toEqual([]);

    expect(await prisma.agreement.count({ where: { isExample: true } })).toBe(0);
    expect(await prisma.signingEvent.count({ where: { isExample: true } })).toBe(0);
    expect(await prisma.workingGroup.count({ where: { isExample: false } })).toBe(1);
    expect(await prisma.workingGroup.count({ where: { isExample: true } })).toBe(0);
  });

  it("marks every invented record as an example", async () => {
    const exampleTables = {
      milestones: [await prisma.milestone.count(), await prisma.milestone.count({ where: { isExample: true } })],
      progressUpdates: [await prisma.progressUpdate.count(), await prisma.progressUpdate.count({ where: { isExample: true } })],
      meetings: [await prisma.meeting.count(), await prisma.meeting.count({ where: { isExample: true } })],
      actionItems: [await prisma.actionItem.count(), await prisma.actionItem.count({ where: { isExample: true } })],
      workingGroupMembers: [
        await prisma.workingGroupMember.count(),
        await prisma.workingGroupMember.count({ where: { isExample: true } }),
      ],
    };
    for (const [table, [total, examples]] of Object.entries(exampleTables)) {
      expect(total, table).toBeGreaterThan(0);
      expect(examples, table).toBe(total);
    }
    const memberPeople = await prisma.person.findMany({ where: { memberships: { some: {} } } });
    expect(memberPeople.length).toBeGreaterThan(0);
    expect(memberPeople.filter((person) => !person.isExample)).toEqual([]);
  });
});

describe("example work relative to today", () => {
  it("keeps each milestone's current state equal to its latest progress update", async () => {
    const milestones = await prisma.milestone.findMany({
      include: { updates: { orderBy: [{ reportedOn: "asc" }, { createdAt: "asc" }] } },
    });
    expect(milestones.length).toBeGreaterThan(0);
    for (const milestone of milestones) {
      const latest = milestone.updates.at(-1);
      expect(latest, milestone.id).toBeDefined();
      expect(milestone.status, milestone.id).toBe(latest?.status);
      expect(milestone.percentComplete, milestone.id).toBe(latest?.percentComplete);
      expect(iso(milestone.lastUpdateOn), milestone.id).toBe(iso(latest?.reportedOn));
      expect(iso(milestone.completedOn), milestone.id).toBe(milestone.status === "COMPLETED" ? iso(latest?.reportedOn) : null);
      const percents = milestone.updates.map((update) => update.percentComplete);
      expect(percents, milestone.id).toEqual([...percents].sort((a, b) => a - b));
      for (const update of milestone.updates) {
        expect(update.reportedOn >= new Date("2025-05-01T00:00:00Z"), update.id).toBe(true);
        expect(update.reportedOn <= today, update.id).toBe(true);
      }
    }
  });

  it("shows overdue, due-soon, stale and completed milestones", async () => {
    const open = { status: { notIn: ["COMPLETED" as const, "CANCELLED" as const] } };
    const overdue = await prisma.milestone.count({ where: { ...open, targetOn: { lt: today } } });
    const dueSoon = await prisma.milestone.count({
      where: { ...open, targetOn: { gte: today, lte: new Date(today.getTime() + 30 * DAY_MS) } },
    });
    const stale = await prisma.milestone.count({ where: { ...open, lastUpdateOn: { lt: new Date(today.getTime() - 60 * DAY_MS) } } });
    const completed = await prisma.milestone.count({ where: { status: "COMPLETED" } });
    expect(overdue).toBeGreaterThanOrEqual(2);
    expect(dueSoon).toBeGreaterThanOrEqual(2);
    expect(stale).toBeGreaterThanOrEqual(1);
    expect(completed).toBeGreaterThanOrEqual(2);
    const ownerSides = await prisma.milestone.groupBy({ by: ["ownerSide"], _count: true });
    expect(ownerSides.map((row) => row.ownerSide).sort()).toEqual(["CHINA", "JOINT", "MALAYSIA"]);
  });

  it("schedules the next working-group meeting after today and holds the earlier ones", async () => {
    const meetings = await prisma.meeting.findMany({ orderBy: { startsAt: "asc" } });
    expect(meetings.map((meeting) => meeting.status)).toEqual(["HELD", "HELD", "SCHEDULED"]);
    expect(meetings[1] && meetings[1].startsAt < today).toBe(true);
    expect(meetings[2] && meetings[2].startsAt > today).toBe(true);
  });

  it("has the 1st meeting's minutes agreed by both co-chairs (each side's approver by default), marked as an example", async () => {
    const group = await prisma.workingGroup.findFirstOrThrow({ select: { minutesApproverMalaysiaId: true, minutesApproverChinaId: true, members: { where: { role: "CO_CHAIR" }, select: { side: true } } } });
    expect(group).toMatchObject({ minutesApproverMalaysiaId: null, minutesApproverChinaId: null });
    expect(group.members.map((member) => member.side).sort()).toEqual(["CHINA", "MALAYSIA"]);
    const revisions = await prisma.minutesRevision.findMany({ include: { responses: true, meeting: { select: { startsAt: true } } } });
    expect(revisions).toHaveLength(1);
    const [revision] = revisions;
    expect(revision).toMatchObject({ number: 1, isExample: true, supersededAt: null });
    expect(revision?.agreedAt && revision.agreedAt < today).toBe(true);
    expect(revision?.responses.map((response) => [response.side, response.kind, response.approverName, response.isExample]).sort()).toEqual([
      ["CHINA", "APPROVED", "Liu Wenjie", true],
      ["MALAYSIA", "APPROVED", "Nurul Aina binti Hassan", true],
    ]);
    expect(JSON.stringify(revision?.content)).toContain("Inaugural meeting");
  });
});

describe("with demo users", () => {
  let countsAfterDemoRun: Awaited<ReturnType<typeof countAllRows>>;
  let countsAfterSecondDemoRun: Awaited<ReturnType<typeof countAllRows>>;
  let secondDemoRun: SeedSummary;

  beforeAll(async () => {
    await seedDatabase(prisma, { includeDemoUsers: true, today });
    countsAfterDemoRun = await countAllRows();
    secondDemoRun = await seedDatabase(prisma, { includeDemoUsers: true, today });
    countsAfterSecondDemoRun = await countAllRows();
  }, 120_000);

  it("creates one account per role, each signing in with the demo password", async () => {
    const users = await prisma.user.findMany({ omit: { passwordHash: false } });
    expect(users).toHaveLength(demoAccounts.length);
    expect(new Set(users.map((user) => user.role))).toEqual(new Set(["ADMIN", "MANAGER", "OFFICER", "WG_MEMBER"]));
    for (const account of demoAccounts) {
      const user = users.find((candidate) => candidate.email === account.email);
      expect(user?.role, account.email).toBe(account.role);
      expect(await verifyPassword(user?.passwordHash ?? "", DEMO_PASSWORD), account.email).toBe(true);
    }
  });

  it("links the working-group member accounts to their member people", async () => {
    const memberMy = await prisma.user.findUniqueOrThrow({
      where: { email: "member.my@mou.example" },
      include: { person: { include: { memberships: true } } },
    });
    expect(memberMy.person?.memberships.map((membership) => [membership.side, membership.role])).toEqual([["MALAYSIA", "SECRETARIAT"]]);
    const memberCn = await prisma.user.findUniqueOrThrow({
      where: { email: "member.cn@mou.example" },
      include: { person: { include: { memberships: true } } },
    });
    expect(memberCn.person?.memberships.map((membership) => [membership.side, membership.role])).toEqual([["CHINA", "CO_CHAIR"]]);
  });

  it("makes the Malaysian demo officer responsible for Ministry of Digital milestones, one of them overdue", async () => {
    const officer = await prisma.user.findUniqueOrThrow({ where: { email: "officer.my@mou.example" } });
    const milestones = await prisma.milestone.findMany({
      where: { responsibleUserId: officer.id },
      include: { ownerOrganisation: true },
    });
    expect(milestones.length).toBeGreaterThan(0);
    expect(milestones.filter((milestone) => milestone.ownerOrganisation.nameEn !== "Ministry of Digital")).toEqual([]);
    expect(milestones.some((milestone) => milestone.targetOn < today && milestone.status !== "COMPLETED")).toBe(true);
  });

  it("changes nothing when run again", () => {
    expect(countsAfterDemoRun.users).toBe(demoAccounts.length);
    expect(countsAfterSecondDemoRun).toEqual(countsAfterDemoRun);
    for (const table of seededTables) expect(secondDemoRun.created[table], table).toBe(0);
  });
});
