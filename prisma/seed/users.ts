// Demo accounts (development and demo databases only) and the optional first administrator of a
// production database. Users are upserted by email, create-only: a re-run never resets a
// password, role or name someone changed.
import type { Locale, Role } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/passwords";
import type { DbClient, TransactionClient } from "../../lib/prisma-client";
import { examplePeople, type ExamplePersonKey } from "./example-people";
import { organisations, type OrganisationKey } from "./facts";

/** The one password of every demo account. Never used when NODE_ENV=production. */
export const DEMO_PASSWORD = "MouTracker!2025";

// Names carry no "(demo …)" suffix: it could not be translated, and the header already shows each
// account's role in the reader's language.

export type DemoUserKey = "admin" | "manager" | "officerMy" | "officerCn" | "memberMy" | "memberCn";

type DemoUser = {
  id: string;
  email: string;
  role: Role;
  name: string;
  organisation: OrganisationKey | null;
  /** The working-group member person behind the account. */
  person: ExamplePersonKey | null;
  locale: Locale;
};

export const demoUsers: Record<DemoUserKey, DemoUser> = {
  admin: {
    id: "seed_user_admin",
    email: "admin@mou.example",
    role: "ADMIN",
    name: "Aisyah Rahman",
    organisation: "mod",
    person: null,
    locale: "en",
  },
  manager: {
    id: "seed_user_manager",
    email: "manager@mou.example",
    role: "MANAGER",
    name: "Daniel Lim",
    organisation: "mod",
    person: null,
    locale: "en",
  },
  officerMy: {
    id: "seed_user_officer_my",
    email: "officer.my@mou.example",
    role: "OFFICER",
    name: "Farid Ismail",
    organisation: "mod",
    person: null,
    locale: "en",
  },
  officerCn: {
    id: "seed_user_officer_cn",
    email: "officer.cn@mou.example",
    role: "OFFICER",
    name: "Wang Lei",
    organisation: "ndrc",
    person: null,
    locale: "zh",
  },
  memberMy: {
    id: "seed_user_member_my",
    email: "member.my@mou.example",
    role: "WG_MEMBER",
    name: examplePeople.mySecretariat.name,
    organisation: examplePeople.mySecretariat.organisation,
    person: "mySecretariat",
    locale: "en",
  },
  memberCn: {
    id: "seed_user_member_cn",
    email: "member.cn@mou.example",
    role: "WG_MEMBER",
    name: examplePeople.cnCoChair.name,
    organisation: examplePeople.cnCoChair.organisation,
    person: "cnCoChair",
    locale: "zh",
  },
};

export type DemoAccount = { email: string; role: Role; password: string };

/** The demo sign-ins, for the README, the tests and the login page hint in development. */
export const demoAccounts: DemoAccount[] = Object.values(demoUsers).map((user) => ({
  email: user.email,
  role: user.role,
  password: DEMO_PASSWORD,
}));

/** The first administrator of a production database, from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD. */
export type InitialAdministrator = { email: string; password: string; name?: string };

export const INITIAL_ADMIN_ID = "seed_user_initial_admin";
export const MIN_ADMIN_PASSWORD_LENGTH = 12;

export type UserPlan = {
  demo: { key: DemoUserKey; user: DemoUser; passwordHash: string | null }[];
  administrator: { email: string; name: string; passwordHash: string | null } | null;
};

/**
 * Hashes passwords, outside the transaction (argon2 is deliberately slow), only for accounts
 * that do not exist yet.
 */
export async function planUsers(
  db: DbClient,
  options: { includeDemoUsers: boolean; administrator?: InitialAdministrator },
): Promise<UserPlan> {
  const demo = options.includeDemoUsers ? (Object.entries(demoUsers) as [DemoUserKey, DemoUser][]) : [];
  const administrator = options.administrator;
  if (administrator && administrator.password.length < MIN_ADMIN_PASSWORD_LENGTH) {
    throw new Error(`The administrator's password must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters.`);
  }
  const adminEmail = administrator?.email.trim().toLowerCase();
  const emails = [...demo.map(([, user]) => user.email), ...(adminEmail ? [adminEmail] : [])];
  const ids = [...demo.map(([, user]) => user.id), ...(adminEmail ? [INITIAL_ADMIN_ID] : [])];
  // An account counts as existing by its email or by its seed id (its email may have been changed).
  const existing = emails.length
    ? await db.user.findMany({
        where: { OR: [{ email: { in: emails } }, { id: { in: ids } }] },
        select: { id: true, email: true },
      })
    : [];
  const exists = (email: string, id: string) => existing.some((row) => row.email === email || row.id === id);

  const missingDemo = demo.filter(([, user]) => !exists(user.email, user.id));
  const demoHash = missingDemo.length ? await hashPassword(DEMO_PASSWORD) : null;

  return {
    demo: demo.map(([key, user]) => ({ key, user, passwordHash: exists(user.email, user.id) ? null : demoHash })),
    administrator:
      administrator && adminEmail
        ? {
            email: adminEmail,
            name: administrator.name?.trim() || "Administrator",
            passwordHash: exists(adminEmail, INITIAL_ADMIN_ID) ? null : await hashPassword(administrator.password),
          }
        : null,
  };
}

export type SeededUsers = {
  /** Ids of the demo accounts present after the run (whether created now or before). */
  ids: Partial<Record<DemoUserKey, string>>;
  /** Demo accounts created by this run. */
  created: Set<DemoUserKey>;
};

export async function seedUsers(tx: TransactionClient, plan: UserPlan): Promise<SeededUsers> {
  const ids: Partial<Record<DemoUserKey, string>> = {};
  const created = new Set<DemoUserKey>();

  for (const { key, user, passwordHash } of plan.demo) {
    if (passwordHash === null) {
      const existing = await tx.user.findFirst({
        where: { OR: [{ email: user.email }, { id: user.id }] },
        select: { id: true },
      });
      if (existing) ids[key] = existing.id;
      continue;
    }
    const row = await tx.user.upsert({
      where: { email: user.email },
      update: {},
      create: {
        id: user.id,
        email: user.email,
        name: user.name,
        passwordHash,
        role: user.role,
        organisationId: user.organisation ? organisations[user.organisation].id : null,
        personId: user.person ? examplePeople[user.person].personId : null,
        locale: user.locale,
      },
      select: { id: true },
    });
    ids[key] = row.id;
    created.add(key);
  }

  // The demo accounts sign in with a password alone (the README's demo and the end-to-end suite
  // use them), so a demo database relaxes the default that administrators and managers need a
  // second factor, once, when it first creates them. A deployment without demo accounts keeps the
  // default; an administrator changes it on /admin/security either way.
  if (created.size > 0) {
    for (const role of ["ADMIN", "MANAGER"] as const) {
      await tx.roleSecurityPolicy.upsert({ where: { role }, update: {}, create: { role, requiresMfa: false }, select: { role: true } });
    }
  }

  if (plan.administrator?.passwordHash) {
    await tx.user.upsert({
      where: { email: plan.administrator.email },
      update: {},
      create: {
        id: INITIAL_ADMIN_ID,
        email: plan.administrator.email,
        name: plan.administrator.name,
        passwordHash: plan.administrator.passwordHash,
        role: "ADMIN",
      },
      select: { id: true },
    });
  }

  return { ids, created };
}
