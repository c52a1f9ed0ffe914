"use server";
// Administrators choose which roles must sign in with a second factor. Audited with before/after.
import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit";
import { allRoles, mfaPolicies } from "@/lib/auth/mfa/policy";
import { ForbiddenError } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { canManageSignInSecurity } from "@/lib/permissions";
import { mfaPolicySchema } from "@/lib/schemas/security";
import { defineAction } from "./define-action";

export const updateMfaPolicy = defineAction(mfaPolicySchema, async ({ user, input }) => {
  if (!canManageSignInSecurity(user)) throw new ForbiddenError();
  await db.$transaction(async (tx) => {
    const before = await mfaPolicies(tx);
    for (const role of allRoles) {
      const requiresMfa = input.requiredRoles.includes(role);
      await tx.roleSecurityPolicy.upsert({
        where: { role },
        update: { requiresMfa, version: { increment: 1 }, updatedById: user.id },
        create: { role, requiresMfa, updatedById: user.id },
        select: { role: true },
      });
    }
    const pick = (policies: typeof before) => Object.fromEntries(allRoles.map((role) => [role, policies[role].requiresMfa]));
    await recordAudit(tx, { actorId: user.id, action: "securityPolicy.update", entityType: "RoleSecurityPolicy", entityId: "requiresMfa", before: pick(before), after: pick(await mfaPolicies(tx)) });
  });
  revalidatePath("/admin/security");
  return { data: undefined, message: "users.security.saved" };
});
