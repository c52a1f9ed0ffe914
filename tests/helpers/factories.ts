// Each test creates the data it needs, with unique values, through these small builders.
import { createPrismaClient } from "@/lib/prisma-client";
import type { Role } from "@/lib/auth/session-user";

export const testDb = createPrismaClient();

let counter = 0;
export const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${(counter += 1)}`;

export async function createOrganisation(overrides: { side?: "MALAYSIA" | "CHINA"; isRetired?: boolean } = {}) {
  const side = overrides.side ?? "MALAYSIA";
  return testDb.organisation.create({
    data: { nameEn: unique("Organisation"), country: side === "MALAYSIA" ? "MY" : "CN", side, isRetired: overrides.isRetired ?? false },
  });
}

export async function createUser(overrides: { role?: Role; organisationId?: string | null; isActive?: boolean; personId?: string } = {}) {
  return testDb.user.create({
    data: {
      email: `${unique("user")}@test.example`,
      name: unique("Test User"),
      // Not a usable hash: these users never sign in with a password in integration tests.
      passwordHash: "unusable",
      role: overrides.role ?? "OFFICER",
      organisationId: overrides.organisationId ?? null,
      isActive: overrides.isActive ?? true,
      personId: overrides.personId,
    },
  });
}
