// The inbox and notification settings: each person acts only on their own notifications and
// settings; the settings link from a mail works for anyone holding it (the signed token is the
// authorisation, tested in tests/integration/notifications-ui.test.ts).
import { createUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { actionCase, type ActionCase } from "../cases";
import { testDb, unique } from "../../../helpers/factories";

process.env.AUTH_SECRET ??= "integration-test-secret";

export const notificationsCases: Record<string, ActionCase> = {
  markNotificationRead: actionCase({
    arrange: async (world) => {
      const recipientId = world.actors.memberOfGroup.id;
      const notification = await testDb.notification.create({
        data: { recipientId, kind: "ACTION_ITEM_ASSIGNED", recordType: "ActionItem", recordId: "matrix", params: {}, idempotencyKey: unique("matrix") },
      });
      return { input: { id: notification.id }, context: recipientId };
    },
    allowed: (actor, _world, recipientId) => actor.id === recipientId,
    visible: (actor, _world, recipientId) => actor.id === recipientId,
  }),
  markAllNotificationsRead: actionCase({
    arrange: async () => ({ input: {}, context: null }),
    allowed: (actor) => Boolean(actor.role),
  }),
  saveNotificationPreferences: actionCase({
    arrange: async () => ({ input: { MILESTONE_STALE: "INBOX_ONLY" }, context: null }),
    allowed: (actor) => Boolean(actor.role),
  }),
  // Public: the token names the user; the audit event is theirs (no session stands behind it),
  // so the caller's own audit count does not move.
  saveNotificationPreferencesByToken: actionCase({
    arrange: async (world) => ({ input: { token: createUnsubscribeToken(world.actors.memberOfGroup.id), MILESTONE_STALE: "WEEKLY" }, context: null }),
    allowed: () => true,
    public: true,
    audited: false,
  }),
};
