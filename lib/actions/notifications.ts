"use server";
// The inbox (mark one or all read) and notification settings, signed in or through the signed
// link in every mail (which needs no session: the token names the user and expires).
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { notificationKinds, type NotificationDelivery } from "@/lib/notifications/kinds";
import { savePreferences } from "@/lib/notifications/preferences";
import { verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { markAllNotificationsReadSchema, markNotificationReadSchema, savePreferencesByTokenSchema, savePreferencesSchema } from "@/lib/schemas/notifications";
import { defineAction, definePublicAction } from "./define-action";
import { NotFoundError, RuleError } from "./errors";

export const markNotificationRead = defineAction(markNotificationReadSchema, async ({ user, input }) => {
  await db.$transaction(async (tx) => {
    // Only the recipient's own notification; someone else's is "not found".
    const { count } = await tx.notification.updateMany({ where: { id: input.id, recipientId: user.id, readAt: null }, data: { readAt: new Date() } });
    if (count === 0 && !(await tx.notification.findFirst({ where: { id: input.id, recipientId: user.id }, select: { id: true } }))) throw new NotFoundError();
    if (count > 0) await recordAudit(tx, { actorId: user.id, action: "notification.read", entityType: "Notification", entityId: input.id });
  });
  revalidatePath("/", "layout");
  return { data: undefined };
});

export const markAllNotificationsRead = defineAction(markAllNotificationsReadSchema, async ({ user }) => {
  await db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({ where: { recipientId: user.id, readAt: null }, data: { readAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "notification.readAll", entityType: "User", entityId: user.id, after: { marked: count } });
  });
  revalidatePath("/", "layout");
  return { data: undefined, message: "notifications.inbox.markedAllRead" };
});

function choicesOf(input: Partial<Record<string, NotificationDelivery | string>>) {
  return Object.fromEntries(notificationKinds.flatMap((kind) => (input[kind] ? [[kind, input[kind] as NotificationDelivery]] : [])));
}

export const saveNotificationPreferences = defineAction(savePreferencesSchema, async ({ user, input }) => {
  await savePreferences(db, user.id, user.id, choicesOf(input), "settings");
  revalidatePath("/settings/notifications");
  return { data: undefined };
});

/** Through the signed link in a mail: no session needed, only a valid, unexpired token. */
export const saveNotificationPreferencesByToken = definePublicAction(savePreferencesByTokenSchema, async ({ input }) => {
  const userId = verifyUnsubscribeToken(input.token);
  if (!userId) throw new RuleError("notifications.preferences.tokenInvalid");
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true, isActive: true } });
  if (!target?.isActive) throw new RuleError("notifications.preferences.tokenInvalid");
  const { token: _token, ...choices } = input;
  void _token;
  // The holder of the link acts for the user it names: the audit event is theirs.
  await savePreferences(db, userId, userId, choicesOf(choices), "link");
  return { data: undefined };
});
