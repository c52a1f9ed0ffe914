// npm run db:seed — seeds the configured database (PGlite under .data/ by default, PostgreSQL when
// DATABASE_URL is set). Safe to run repeatedly: it only creates what is missing.
//
// Outside production it also creates the demo accounts (see demoAccounts in prisma/seed-data.ts).
// With NODE_ENV=production it never creates an account with a known password: it creates one
// administrator only when SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD (at least 12 characters) are set.
// SEED_EXAMPLES=0 seeds the facts only, without the invented example records.
import { connectPrismaClient, type DbClient } from "../lib/prisma-client";
import { exitWithError } from "../scripts/lib/fail";
import {
  demoAccounts,
  MIN_ADMIN_PASSWORD_LENGTH,
  seedDatabase,
  seededTables,
  type InitialAdministrator,
  type SeedSummary,
} from "./seed-data";

type AdministratorChoice = { administrator?: InitialAdministrator; message: string };

function chooseAdministrator(env: NodeJS.ProcessEnv): AdministratorChoice {
  const email = env.SEED_ADMIN_EMAIL?.trim();
  const password = env.SEED_ADMIN_PASSWORD;
  if (!email || !password) {
    return {
      message:
        "Production seed: no user accounts created. Set SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD " +
        `(at least ${MIN_ADMIN_PASSWORD_LENGTH} characters) to create the first administrator.`,
    };
  }
  if (password.length < MIN_ADMIN_PASSWORD_LENGTH) {
    return {
      message: `Production seed: no user accounts created. SEED_ADMIN_PASSWORD must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters.`,
    };
  }
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return { message: "Production seed: no user accounts created. SEED_ADMIN_EMAIL is not an email address." };
  }
  return {
    administrator: { email, password, name: env.SEED_ADMIN_NAME },
    message: `Production seed: administrator ${email.toLowerCase()} ensured (created only if missing; an existing account is left unchanged).`,
  };
}

function describe(summary: SeedSummary): string {
  const lines = seededTables
    .filter((table) => summary.present[table] > 0 || summary.created[table] > 0)
    .map((table) => `  ${table.padEnd(24)} ${String(summary.present[table]).padStart(4)}  (${summary.created[table]} new)`);
  const totalCreated = seededTables.reduce((sum, table) => sum + summary.created[table], 0);
  return [
    `Seed data as of ${summary.today.toISOString().slice(0, 10)}: ${totalCreated === 0 ? "nothing new to create" : `${totalCreated} rows created`}.`,
    ...lines,
  ].join("\n");
}

const isProduction = process.env.NODE_ENV === "production";
let prisma: DbClient;
try {
  prisma = await connectPrismaClient();
} catch (error) {
  exitWithError("Seeding failed", error);
}

try {
  const choice: AdministratorChoice = isProduction ? chooseAdministrator(process.env) : { message: "" };
  const summary = await seedDatabase(prisma, {
    // SEED_EXAMPLES=0: the facts only (and no demo accounts), e.g. for a production database.
    includeExamples: process.env.SEED_EXAMPLES !== "0",
    includeDemoUsers: !isProduction && process.env.SEED_EXAMPLES !== "0",
    administrator: choice.administrator,
  });
  console.log(describe(summary));
  if (isProduction) {
    console.log(choice.message);
  } else {
    console.log(`Demo accounts (password ${demoAccounts[0]?.password ?? ""}):`);
    for (const account of demoAccounts) console.log(`  ${account.role.padEnd(9)} ${account.email}`);
  }
  await prisma.$disconnect();
  process.exit(0);
} catch (error) {
  await prisma.$disconnect().catch(() => {});
  exitWithError("Seeding failed", error);
}
