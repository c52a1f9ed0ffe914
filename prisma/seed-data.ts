// The seed: facts from the source report (prisma/seed/facts.ts), invented example records that
// make a lively demo (prisma/seed/example-*.ts, all marked isExample), and demo accounts
// (prisma/seed/users.ts, development only). Every record has a deterministic `seed_…` id and is
// written create-only, so the seed can run on every start: it never duplicates rows and never
// overwrites what users changed.
import type { DbClient, TransactionClient } from "../lib/prisma-client";
import { today as appToday } from "../lib/dates";
import { seedExampleJointProgress } from "./seed/example-joint-progress";
import { seedExampleMeetings } from "./seed/example-meetings";
import { seedExampleMinutes } from "./seed/example-minutes";
import { seedExampleMilestones } from "./seed/example-milestones";
import { seedExamplePeople } from "./seed/example-people";
import { seedFacts } from "./seed/facts";
import { planUsers, seedUsers, type InitialAdministrator } from "./seed/users";

export { demoAccounts, DEMO_PASSWORD, MIN_ADMIN_PASSWORD_LENGTH, type DemoAccount, type InitialAdministrator } from "./seed/users";
export { agreements, organisations, factPeople, signingEvent, jointWorkingGroup, factSources } from "./seed/facts";
export { examplePeople } from "./seed/example-people";
export { milestoneSpecs, planMilestone } from "./seed/example-milestones";

const SEED_ID_PREFIX = "seed_";

/** The tables the seed writes to, in the order it writes them. */
export const seededTables = [
  "organisations",
  "people",
  "signingEvents",
  "signingWitnesses",
  "agreements",
  "agreementStatusChanges",
  "agreementParties",
  "signatories",
  "cooperationAreas",
  "workingGroups",
  "factSources",
  "workingGroupMembers",
  "users",
  "milestones",
  "progressUpdates",
  "meetings",
  "agendaItems",
  "meetingAttendance",
  "decisions",
  "actionItems",
  "actionItemComments",
] as const;

export type SeededTable = (typeof seededTables)[number];
export type SeedCounts = Record<SeededTable, number>;

export type SeedSummary = {
  /** Seed rows (ids starting `seed_`) present after the run. */
  present: SeedCounts;
  /** Seed rows this run created (0 everywhere on a re-run). */
  created: SeedCounts;
  /** The calendar day example dates were computed from. */
  today: Date;
};

export type SeedOptions = {
  /** Create the demo accounts (known password): never in production. */
  includeDemoUsers: boolean;
  /** Create the invented example records (default true); demo accounts need them. */
  includeExamples?: boolean;
  /** The day example dates are computed from; defaults to now. */
  today?: Date;
  /** A first administrator with a chosen password (production). */
  administrator?: InitialAdministrator;
};

async function countSeedRows(tx: TransactionClient): Promise<SeedCounts> {
  const where = { id: { startsWith: SEED_ID_PREFIX } };
  const [
    organisations,
    people,
    signingEvents,
    signingWitnesses,
    agreements,
    agreementStatusChanges,
    agreementParties,
    signatories,
    cooperationAreas,
    workingGroups,
    factSources,
    workingGroupMembers,
    users,
    milestones,
    progressUpdates,
    meetings,
    agendaItems,
    meetingAttendance,
    decisions,
    actionItems,
    actionItemComments,
  ] = await Promise.all([
    tx.organisation.count({ where }),
    tx.person.count({ where }),
    tx.signingEvent.count({ where }),
    tx.signingWitness.count({ where }),
    tx.agreement.count({ where }),
    tx.agreementStatusChange.count({ where }),
    tx.agreementParty.count({ where }),
    tx.signatory.count({ where }),
    tx.cooperationArea.count({ where }),
    tx.workingGroup.count({ where }),
    tx.factSource.count({ where }),
    tx.workingGroupMember.count({ where }),
    tx.user.count({ where }),
    tx.milestone.count({ where }),
    tx.progressUpdate.count({ where }),
    tx.meeting.count({ where }),
    tx.agendaItem.count({ where }),
    tx.meetingAttendance.count({ where }),
    tx.decision.count({ where }),
    tx.actionItem.count({ where }),
    tx.actionItemComment.count({ where }),
  ]);
  return {
    organisations,
    people,
    signingEvents,
    signingWitnesses,
    agreements,
    agreementStatusChanges,
    agreementParties,
    signatories,
    cooperationAreas,
    workingGroups,
    factSources,
    workingGroupMembers,
    users,
    milestones,
    progressUpdates,
    meetings,
    agendaItems,
    meetingAttendance,
    decisions,
    actionItems,
    actionItemComments,
  };
}

/** Seeds the database idempotently and reports what is there and what this run added. */
export async function seedDatabase(prisma: DbClient, options: SeedOptions): Promise<SeedSummary> {
  const includeExamples = options.includeExamples ?? true;
  // Demo working-group members sign in as example people: no examples, no demo accounts.
  if (options.includeDemoUsers && !includeExamples) throw new Error("Demo accounts need the example records");
  const today = options.today ? appToday(options.today) : appToday();
  // argon2 is slow on purpose: hash before the transaction, and only for accounts still missing.
  const userPlan = await planUsers(prisma, {
    includeDemoUsers: options.includeDemoUsers,
    administrator: options.administrator,
  });

  return prisma.$transaction(
    async (tx) => {
      const before = await countSeedRows(tx);

      await seedFacts(tx);
      if (includeExamples) await seedExamplePeople(tx);
      const users = await seedUsers(tx, userPlan);
      if (includeExamples) {
        await seedExampleMilestones(tx, { today, users: users.ids, usersCreatedNow: users.created });
        await seedExampleMeetings(tx, { today, users: users.ids });
        await seedExampleJointProgress(tx, { today, users: users.ids });
        await seedExampleMinutes(tx, { users: users.ids });
      }

      const present = await countSeedRows(tx);
      const created = Object.fromEntries(
        seededTables.map((table) => [table, present[table] - before[table]]),
      ) as SeedCounts;
      return { present, created, today };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
