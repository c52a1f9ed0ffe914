"use server";
// Administrators keep the people records name: signatories, witnesses, working-group members.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { defineAction } from "./define-action";
import { ConflictError, NotFoundError, RuleError } from "./errors";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { ForbiddenError } from "@/lib/auth/session";
import { canManageReferenceData } from "@/lib/permissions";
import { createPersonSchema, updatePersonSchema } from "@/lib/schemas/reference-data";

const auditedFields = { id: true, name: true, nameZh: true, titleEn: true, titleMs: true, titleZh: true, organisationId: true, side: true, email: true, isRetired: true, version: true } as const;

/** A person's side follows their organisation's when they have one. */
async function sideFor(organisationId: string | null, side: "MALAYSIA" | "CHINA" | null) {
  if (!organisationId) return side;
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: { side: true, isRetired: true } });
  if (!organisation || organisation.isRetired) throw new RuleError("errors.unknownOrganisation", "organisationId");
  if (side && side !== organisation.side) throw new RuleError("people.errors.sideMismatch", "side");
  return organisation.side;
}

export const createPerson = defineAction(createPersonSchema, async ({ user, input }) => {
  if (!canManageReferenceData(user)) throw new ForbiddenError();
  const side = await sideFor(input.organisationId, input.side);
  await db.$transaction(async (tx) => {
    const row = await tx.person.create({ data: { ...input, side, updatedById: user.id }, select: auditedFields });
    await recordAudit(tx, { actorId: user.id, action: "person.create", entityType: "Person", entityId: row.id, after: auditSnapshot(row) });
  });
  revalidatePath("/admin/people");
  return { saved: "personCreated", data: undefined, redirectTo: "/admin/people" };
});

export const updatePerson = defineAction(updatePersonSchema, async ({ user, input }) => {
  if (!canManageReferenceData(user)) throw new ForbiddenError();
  const before = await db.person.findUnique({ where: { id: input.id }, select: auditedFields });
  if (!before) throw new NotFoundError();
  const { id, version, ...fields } = input;
  const side = await sideFor(fields.organisationId, fields.side);
  await db.$transaction(async (tx) => {
    const { count } = await tx.person.updateMany({ where: { id, version }, data: { ...fields, side, updatedById: user.id, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError({ entityType: "Person", entityId: id, version: version });
    const after = await tx.person.findUniqueOrThrow({ where: { id }, select: auditedFields });
    await recordAudit(tx, { actorId: user.id, action: "person.update", entityType: "Person", entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
  });
  revalidatePath("/admin/people");
  return { saved: "personUpdated", data: undefined, redirectTo: "/admin/people" };
});
