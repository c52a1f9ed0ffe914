"use server";
// The private calendar feed: a random token shown once; only its SHA-256 is stored, so a copy of
// the database does not give anyone the feed. Regenerating replaces (and so revokes) the old one.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { auditSnapshot, recordAudit } from "@/lib/audit";
import { newCalendarToken } from "@/lib/calendar/token";
import { z } from "@/lib/schemas/messages";
import { defineAction } from "./define-action";

const noInput = z.strictObject({});

export const regenerateCalendarToken = defineAction(noInput, async ({ user }) => {
  const { token, hash } = newCalendarToken();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { calendarTokenHash: hash, version: { increment: 1 }, updatedById: user.id } });
    await recordAudit(tx, { actorId: user.id, action: "user.calendarFeed.create", entityType: "User", entityId: user.id, after: auditSnapshot({ calendarFeed: true }) });
  });
  revalidatePath("/calendar");
  return { data: { token } };
});

export const revokeCalendarToken = defineAction(noInput, async ({ user }) => {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { calendarTokenHash: null, version: { increment: 1 }, updatedById: user.id } });
    await recordAudit(tx, { actorId: user.id, action: "user.calendarFeed.revoke", entityType: "User", entityId: user.id, after: auditSnapshot({ calendarFeed: false }) });
  });
  revalidatePath("/calendar");
  return { data: undefined };
});
