// Which roles must sign in with a second factor. Without a stored choice, administrators and
// managers must (a new deployment is safe by default); an administrator changes it per role on
// /admin/security (lib/actions/security-settings.ts), and the demo seed relaxes it for the demo.
import type { DbClient, TransactionClient } from "@/lib/prisma-client";
import type { Role } from "@/lib/auth/session-user";

export const allRoles: readonly Role[] = ["ADMIN", "MANAGER", "OFFICER", "WG_MEMBER"];

export const defaultRequiresMfa: Record<Role, boolean> = { ADMIN: true, MANAGER: true, OFFICER: false, WG_MEMBER: false };

export async function mfaPolicies(db: DbClient | TransactionClient): Promise<Record<Role, { requiresMfa: boolean; version: number }>> {
  const rows = await db.roleSecurityPolicy.findMany({ select: { role: true, requiresMfa: true, version: true } });
  const stored = new Map(rows.map((row) => [row.role, row]));
  return Object.fromEntries(
    allRoles.map((role) => [role, { requiresMfa: stored.get(role)?.requiresMfa ?? defaultRequiresMfa[role], version: stored.get(role)?.version ?? 0 }]),
  ) as Record<Role, { requiresMfa: boolean; version: number }>;
}

export async function roleRequiresMfa(db: DbClient | TransactionClient, role: Role): Promise<boolean> {
  const row = await db.roleSecurityPolicy.findUnique({ where: { role }, select: { requiresMfa: true } });
  return row?.requiresMfa ?? defaultRequiresMfa[role];
}
