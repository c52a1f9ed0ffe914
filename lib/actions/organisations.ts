"use server";
// Administrators keep the organisations every record refers to. An organisation in use is never
// deleted (only retired), so no record loses the party, owner or employer it names.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { defineAction } from "./define-action";
import { ConflictError, NotFoundError, RuleError } from "./errors";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { ForbiddenError } from "@/lib/auth/session";
import { canManageReferenceData } from "@/lib/permissions";
import { isOrganisationInUse } from "@/lib/reference-data/usage";
import { createOrganisationSchema, deleteOrganisationSchema, updateOrganisationSchema } from "@/lib/schemas/reference-data";

const auditedFields = { id: true, nameEn: true, nameMs: true, nameZh: true, acronym: true, country: true, side: true, kind: true, isRetired: true, version: true } as const;

export const createOrganisation = defineAction(createOrganisationSchema, async ({ user, input }) => {
  if (!canManageReferenceData(user)) throw new ForbiddenError();
  await db.$transaction(async (tx) => {
    const row = await tx.organisation.create({ data: { ...input, updatedById: user.id }, select: auditedFields });
    await recordAudit(tx, { actorId: user.id, action: "organisation.create", entityType: "Organisation", entityId: row.id, after: auditSnapshot(row) });
  });
  revalidatePath("/admin/organisations");
  return { saved: "organisationCreated", data: undefined, redirectTo: "/admin/organisations" };
});

export const updateOrganisation = defineAction(updateOrganisationSchema, async ({ user, input }) => {
  if (!canManageReferenceData(user)) throw new ForbiddenError();
  const before = await db.organisation.findUnique({ where: { id: input.id }, select: auditedFields });
  if (!before) throw new NotFoundError();
  const { id, version, ...fields } = input;
  await db.$transaction(async (tx) => {
    const { count } = await tx.organisation.updateMany({ where: { id, version }, data: { ...fields, updatedById: user.id, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError({ entityType: "Organisation", entityId: id, version: version });
    const after = await tx.organisation.findUniqueOrThrow({ where: { id }, select: auditedFields });
    await recordAudit(tx, { actorId: user.id, action: "organisation.update", entityType: "Organisation", entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
  });
  revalidatePath("/admin/organisations");
  return { saved: "organisationUpdated", data: undefined, redirectTo: "/admin/organisations" };
});

export const deleteOrganisation = defineAction(deleteOrganisationSchema, async ({ user, input }) => {
  if (!canManageReferenceData(user)) throw new ForbiddenError();
  const before = await db.organisation.findUnique({ where: { id: input.id }, select: auditedFields });
  if (!before) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    if (await isOrganisationInUse(tx, input.id)) throw new RuleError("organisations.errors.inUse");
    const { count } = await tx.organisation.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new ConflictError({ entityType: "Organisation", entityId: input.id, version: input.version });
    await recordAudit(tx, { actorId: user.id, action: "organisation.delete", entityType: "Organisation", entityId: input.id, before: auditSnapshot(before) });
  });
  revalidatePath("/admin/organisations");
  return { saved: "organisationDeleted", data: undefined, redirectTo: "/admin/organisations" };
});
