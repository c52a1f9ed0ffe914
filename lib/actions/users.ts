"use server";
// Administrators create and change user accounts. Every change is audited with before/after
// (never the password hash) in the same transaction.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { defineAction } from "./define-action";
import { ConflictError, NotFoundError, RuleError } from "./errors";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { canChangeUserAccess, canManageUsers } from "@/lib/permissions";
import { ForbiddenError } from "@/lib/auth/session";
import { hashPassword } from "@/lib/passwords";
import { passwordProblem } from "@/lib/auth/password-policy";
import { endSessionsOf } from "@/lib/auth/sessions";
import { requireRecentAuthentication } from "@/lib/auth/reauth";
import { createUserSchema, updateUserSchema } from "@/lib/schemas/user";

const auditedUserFields = { id: true, name: true, email: true, role: true, organisationId: true, personId: true, isActive: true, version: true } as const;

async function assertOrganisationUsable(organisationId: string | null) {
  if (!organisationId) return;
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: { isRetired: true } });
  if (!organisation || organisation.isRetired) throw new RuleError("errors.unknownOrganisation", "organisationId");
}

/** A person record can stand behind one account: an existing one, not retired, not another account's. */
async function assertPersonUsable(personId: string | null, forUserId: string | null) {
  if (!personId) return;
  const person = await db.person.findUnique({ where: { id: personId }, select: { isRetired: true, user: { select: { id: true } } } });
  if (!person || person.isRetired) throw new RuleError("errors.unknownPerson", "personId");
  if (person.user && person.user.id !== forUserId) throw new RuleError("errors.personHasAccount", "personId");
}

export const createUser = defineAction(createUserSchema, async ({ user, input }) => {
  if (!canManageUsers(user)) throw new ForbiddenError();
  await assertOrganisationUsable(input.organisationId);
  await assertPersonUsable(input.personId, null);
  const problem = passwordProblem(input.password, { email: input.email });
  if (problem) throw new RuleError(problem, "password");
  const passwordHash = await hashPassword(input.password);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.user.create({
      data: { name: input.name, email: input.email, role: input.role, organisationId: input.organisationId, personId: input.personId, passwordHash, updatedById: user.id },
      select: auditedUserFields,
    });
    await recordAudit(tx, { actorId: user.id, action: "user.create", entityType: "User", entityId: row.id, after: auditSnapshot(row) });
    return row;
  });
  revalidatePath("/admin/users");
  return { saved: "userCreated", data: { id: created.id }, redirectTo: "/admin/users" };
});

export const updateUser = defineAction(updateUserSchema, async ({ user, input }) => {
  if (!canManageUsers(user)) throw new ForbiddenError();
  const before = await db.user.findUnique({ where: { id: input.id }, select: auditedUserFields });
  if (!before) throw new NotFoundError();
  // The person behind an account decides which working groups it reads: linking one is an access change too.
  const changesAccess = before.role !== input.role || before.isActive !== input.isActive || before.personId !== input.personId;
  if (changesAccess && !canChangeUserAccess(user, before)) throw new RuleError("errors.cannotChangeOwnAccess");
  // Changing a role or deactivating someone needs the administrator's identity proved again lately.
  if (changesAccess) await requireRecentAuthentication(db, user);
  await assertOrganisationUsable(input.organisationId);
  await assertPersonUsable(input.personId, input.id);

  await db.$transaction(async (tx) => {
    // The version in the WHERE makes a stale edit update nothing instead of overwriting.
    const { count } = await tx.user.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        name: input.name,
        role: input.role,
        organisationId: input.organisationId,
        personId: input.personId,
        isActive: input.isActive,
        version: { increment: 1 },
        updatedById: user.id,
      },
    });
    if (count === 0) throw new ConflictError({ entityType: "User", entityId: input.id, version: input.version });
    // New access takes effect everywhere at once: the user's open sessions end.
    if (before.isActive && !input.isActive) await endSessionsOf(tx, { userId: input.id, reason: "deactivated" });
    else if (before.role !== input.role) await endSessionsOf(tx, { userId: input.id, reason: "roleChanged" });
    const after = await tx.user.findUniqueOrThrow({ where: { id: input.id }, select: auditedUserFields });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.update",
      entityType: "User",
      entityId: input.id,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
    });
  });
  revalidatePath("/admin/users");
  return { saved: "userUpdated", data: undefined, redirectTo: "/admin/users" };
});
