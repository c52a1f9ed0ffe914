"use server";
// Setting up working groups: the group itself, its members on each side and counterpart pairs.
// Administrators and officers of an organisation party to the agreement may do this.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { canManageWorkingGroup } from "@/lib/permissions";
import {
  addMemberSchema,
  createWorkingGroupSchema,
  removeMemberSchema,
  setCounterpartSchema,
  updateMemberSchema,
  updateWorkingGroupSchema,
} from "@/lib/schemas/working-groups";
import { defineAction } from "./define-action";
import { ConflictError, NotFoundError, RuleError } from "./errors";
import type { SessionUser } from "@/lib/auth/session-user";

const groupFields = {
  id: true,
  agreementId: true,
  nameEn: true,
  nameMs: true,
  nameZh: true,
  termsOfReferenceEn: true,
  termsOfReferenceMs: true,
  termsOfReferenceZh: true,
  establishedOn: true,
  version: true,
} as const;

const memberFields = { id: true, workingGroupId: true, personId: true, organisationId: true, side: true, role: true, counterpartId: true, startsOn: true, endsOn: true, version: true } as const;

async function assertMayManage(user: SessionUser, agreementId: string) {
  const agreement = await db.agreement.findUnique({ where: { id: agreementId }, select: { parties: { select: { organisationId: true } } } });
  if (!agreement || !canManageWorkingGroup(user, { partyOrganisationIds: agreement.parties.map((party) => party.organisationId) })) throw new NotFoundError();
}

async function groupAgreementId(workingGroupId: string): Promise<string> {
  const group = await db.workingGroup.findUnique({ where: { id: workingGroupId }, select: { agreementId: true } });
  if (!group) throw new NotFoundError();
  return group.agreementId;
}

export const createWorkingGroup = defineAction(createWorkingGroupSchema, async ({ user, input }) => {
  await assertMayManage(user, input.agreementId);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.workingGroup.create({ data: { ...input, updatedById: user.id }, select: groupFields });
    await recordAudit(tx, { actorId: user.id, action: "workingGroup.create", entityType: "WorkingGroup", entityId: row.id, after: auditSnapshot(row) });
    return row;
  });
  revalidatePath("/working-groups");
  return { saved: "workingGroupCreated", data: { id: created.id }, redirectTo: `/working-groups/${created.id}` };
});

export const updateWorkingGroup = defineAction(updateWorkingGroupSchema, async ({ user, input }) => {
  const before = await db.workingGroup.findUnique({ where: { id: input.id }, select: groupFields });
  if (!before) throw new NotFoundError();
  await assertMayManage(user, before.agreementId);
  const { id, version, ...fields } = input;
  await db.$transaction(async (tx) => {
    const { count } = await tx.workingGroup.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 }, updatedById: user.id } });
    if (count === 0) throw new ConflictError({ entityType: "WorkingGroup", entityId: id, version: version });
    const after = await tx.workingGroup.findUniqueOrThrow({ where: { id }, select: groupFields });
    await recordAudit(tx, { actorId: user.id, action: "workingGroup.update", entityType: "WorkingGroup", entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
  });
  revalidatePath(`/working-groups/${id}`);
  return { saved: "workingGroupUpdated", data: undefined, redirectTo: `/working-groups/${id}` };
});

export const addWorkingGroupMember = defineAction(addMemberSchema, async ({ user, input }) => {
  await assertMayManage(user, await groupAgreementId(input.workingGroupId));
  const person = await db.person.findUnique({ where: { id: input.personId }, select: { isRetired: true, organisation: { select: { id: true, side: true, isRetired: true } } } });
  // Membership is from an organisation on one side: a person without one cannot join.
  if (!person || person.isRetired || !person.organisation || person.organisation.isRetired) throw new RuleError("workingGroups.errors.personWithoutOrganisation", "personId");
  const organisation = person.organisation;
  const created = await db.$transaction(async (tx) => {
    const row = await tx.workingGroupMember.create({
      data: { ...input, organisationId: organisation.id, side: organisation.side, updatedById: user.id },
      select: memberFields,
    });
    await recordAudit(tx, { actorId: user.id, action: "workingGroupMember.create", entityType: "WorkingGroupMember", entityId: row.id, after: auditSnapshot(row) });
    return row;
  });
  revalidatePath(`/working-groups/${input.workingGroupId}`);
  return { saved: "memberAdded", data: { id: created.id } };
});

export const updateWorkingGroupMember = defineAction(updateMemberSchema, async ({ user, input }) => {
  const before = await db.workingGroupMember.findUnique({ where: { id: input.id }, select: memberFields });
  if (!before) throw new NotFoundError();
  await assertMayManage(user, await groupAgreementId(before.workingGroupId));
  const { id, version, ...fields } = input;
  await db.$transaction(async (tx) => {
    const { count } = await tx.workingGroupMember.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 }, updatedById: user.id } });
    if (count === 0) throw new ConflictError({ entityType: "WorkingGroupMember", entityId: id, version: version });
    const after = await tx.workingGroupMember.findUniqueOrThrow({ where: { id }, select: memberFields });
    await recordAudit(tx, { actorId: user.id, action: "workingGroupMember.update", entityType: "WorkingGroupMember", entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
  });
  revalidatePath(`/working-groups/${before.workingGroupId}`);
  return { saved: "memberUpdated", data: undefined };
});

export const removeWorkingGroupMember = defineAction(removeMemberSchema, async ({ user, input }) => {
  const before = await db.workingGroupMember.findUnique({ where: { id: input.id }, select: memberFields });
  if (!before) throw new NotFoundError();
  await assertMayManage(user, await groupAgreementId(before.workingGroupId));
  await db.$transaction(async (tx) => {
    const { count } = await tx.workingGroupMember.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new ConflictError({ entityType: "WorkingGroupMember", entityId: input.id, version: input.version });
    await recordAudit(tx, { actorId: user.id, action: "workingGroupMember.delete", entityType: "WorkingGroupMember", entityId: input.id, before: auditSnapshot(before) });
  });
  revalidatePath(`/working-groups/${before.workingGroupId}`);
  return { saved: "memberRemoved", data: undefined };
});

export const setWorkingGroupCounterpart = defineAction(setCounterpartSchema, async ({ user, input }) => {
  const member = await db.workingGroupMember.findUnique({ where: { id: input.memberId }, select: memberFields });
  if (!member) throw new NotFoundError();
  await assertMayManage(user, await groupAgreementId(member.workingGroupId));
  const counterpart = input.counterpartMemberId
    ? await db.workingGroupMember.findUnique({ where: { id: input.counterpartMemberId }, select: memberFields })
    : null;
  if (input.counterpartMemberId) {
    if (!counterpart || counterpart.workingGroupId !== member.workingGroupId) throw new RuleError("workingGroups.errors.counterpartNotInGroup", "counterpartMemberId");
    if (counterpart.side === member.side) throw new RuleError("workingGroups.errors.counterpartSameSide", "counterpartMemberId");
  }
  const involved = [member.id, ...(counterpart ? [counterpart.id] : [])];
  await db.$transaction(async (tx) => {
    // A member has at most one counterpart: earlier pairs of either member are dissolved first.
    const previous = await tx.workingGroupMember.findMany({
      where: { OR: [{ id: { in: involved } }, { counterpartId: { in: involved } }], counterpartId: { not: null } },
      select: { id: true, counterpartId: true },
    });
    await tx.workingGroupMember.updateMany({ where: { id: { in: previous.map((row) => row.id) } }, data: { counterpartId: null, version: { increment: 1 }, updatedById: user.id } });
    let pair: { id: string; counterpartId: string } | null = null;
    if (counterpart) {
      // The pair is stored once, on the Malaysian member (as the seed does).
      const [holder, other] = member.side === "MALAYSIA" ? [member, counterpart] : [counterpart, member];
      await tx.workingGroupMember.update({ where: { id: holder.id }, data: { counterpartId: other.id, version: { increment: 1 }, updatedById: user.id } });
      pair = { id: holder.id, counterpartId: other.id };
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "workingGroupMember.setCounterpart",
      entityType: "WorkingGroupMember",
      entityId: member.id,
      before: auditSnapshot({ pairs: previous }),
      after: auditSnapshot({ pair }),
    });
  });
  revalidatePath(`/working-groups/${member.workingGroupId}`);
  return { saved: "counterpartSet", data: undefined };
});
