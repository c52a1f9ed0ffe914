"use server";
// Open data, public pages and single sign-on: publishing an agreement's public page, the
// settings administrators choose (IATI organisation prefix, security contact, SSO
// self-registration) and giving a self-registered account its role. Each audited in its transaction.
import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { ForbiddenError } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { openSettingKeys, readOpenSettings } from "@/lib/open-data/settings";
import { hashPassword } from "@/lib/passwords";
import { canManageOpenSettings, canManageUsers, canPublishAgreements } from "@/lib/permissions";
import { approveRegistrationSchema, openSettingsSchema, publishAgreementSchema } from "@/lib/schemas/open-data";
import { defineAction } from "./define-action";
import { ConflictError, NotFoundError, RuleError } from "./errors";

export const publishAgreement = defineAction(publishAgreementSchema, async ({ user, input }) => {
  if (!canPublishAgreements(user)) throw new ForbiddenError();
  const current = await db.agreement.findUnique({ where: { id: input.id }, select: { version: true, status: true, archivedAt: true, publishedAt: true } });
  if (!current) throw new NotFoundError();
  const stale = new ConflictError({ entityType: "Agreement", entityId: input.id, version: input.version });
  if (current.version !== input.version || Boolean(current.publishedAt) === input.published) throw stale;
  // Only what both governments signed goes public; a draft or an archived record stays inside.
  if (input.published && current.status === "DRAFT") throw new RuleError("publicPages.refusedDraft");
  if (input.published && current.archivedAt) throw new RuleError("publicPages.refusedArchived");
  const publishedAt = input.published ? new Date() : null;
  await db.$transaction(async (tx) => {
    const { count } = await tx.agreement.updateMany({
      where: { id: input.id, version: input.version },
      data: { publishedAt, publishedById: input.published ? user.id : null, updatedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw stale;
    await recordAudit(tx, {
      actorId: user.id,
      action: input.published ? "agreement.publish" : "agreement.unpublish",
      entityType: "Agreement",
      entityId: input.id,
      before: { publishedAt: current.publishedAt?.toISOString() ?? null },
      after: { publishedAt: publishedAt?.toISOString() ?? null },
    });
  });
  revalidatePath(`/agreements/${input.id}`);
  return { saved: input.published ? "agreementPublished" : "agreementUnpublished", data: undefined };
});

export const updateOpenSettings = defineAction(openSettingsSchema, async ({ user, input }) => {
  if (!canManageOpenSettings(user)) throw new ForbiddenError();
  await db.$transaction(async (tx) => {
    const before = await readOpenSettings(tx);
    for (const key of openSettingKeys) {
      await tx.openSetting.upsert({
        where: { key },
        update: { value: input[key], updatedById: user.id, version: { increment: 1 } },
        create: { key, value: input[key], updatedById: user.id },
        select: { key: true },
      });
    }
    await recordAudit(tx, { actorId: user.id, action: "openSettings.update", entityType: "OpenSetting", entityId: "openData", before: auditSnapshot(before), after: auditSnapshot(input) });
  });
  revalidatePath("/admin/open-data/settings");
  return { data: undefined, message: "openData.settings.saved" };
});

/** The account the identity provider vouched for gets its role: the user is created (no usable password: SSO only). */
export const approveSsoRegistration = defineAction(approveRegistrationSchema, async ({ user, input }) => {
  if (!canManageUsers(user)) throw new ForbiddenError();
  const registration = await db.ssoRegistration.findUnique({ where: { id: input.id }, select: { email: true, name: true, approvedAt: true, subject: true, issuer: true } });
  if (!registration) throw new NotFoundError();
  if (registration.approvedAt) throw new ConflictError();
  if (input.organisationId && !(await db.organisation.findFirst({ where: { id: input.organisationId, isRetired: false }, select: { id: true } }))) {
    throw new RuleError("errors.notFound", "organisationId");
  }
  // A random password nobody knows: the account signs in through the identity provider (an administrator may set one later).
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email: registration.email, name: registration.name, role: input.role, organisationId: input.organisationId, passwordHash, updatedById: user.id },
      select: { id: true, name: true, email: true, role: true, organisationId: true, isActive: true, version: true },
    });
    const { count } = await tx.ssoRegistration.updateMany({ where: { id: input.id, approvedAt: null }, data: { approvedAt: new Date(), userId: created.id } });
    if (count === 0) throw new ConflictError();
    await recordAudit(tx, { actorId: user.id, action: "user.create", entityType: "User", entityId: created.id, after: auditSnapshot({ ...created, via: "ssoRegistration", issuer: registration.issuer }) });
  });
  revalidatePath("/admin/open-data/settings");
  return { saved: "userCreated", data: undefined };
});
