// Personal access tokens (every signed-in user, for themself) and webhooks (administrators).
import { canManageOwnApiTokens, canManageWebhooks } from "@/lib/permissions";
import { actionCase, type ActionCase } from "../cases";
import { testDb, unique } from "../../../helpers/factories";

/** Registration resolves the receiver's address; the matrix tests who may register, not where. */
const allowingAnyTarget = () => {
  process.env.WEBHOOK_ALLOW_PRIVATE = "1";
};

const endpoint = () => testDb.webhookEndpoint.create({ data: { url: `https://hooks.example/${unique("matrix")}`, events: ["meeting.scheduled"], sealedSecret: "v1.sealed" } });

export const apiTokenCases: Record<string, ActionCase> = {
  createApiToken: actionCase({
    arrange: async () => ({ input: { name: unique("Reporting system"), scope: "READ", expiresInDays: "90" }, context: null }),
    allowed: (actor) => canManageOwnApiTokens(actor),
  }),
  createWebhook: actionCase({
    arrange: async () => {
      allowingAnyTarget();
      return { input: { url: `https://hooks.example/${unique("matrix")}`, events: ["agreement.status_changed", "meeting.scheduled"] }, context: null };
    },
    allowed: (actor) => canManageWebhooks(actor),
  }),
  disableWebhook: actionCase({
    arrange: async () => {
      const row = await endpoint();
      return { input: { id: row.id, version: String(row.version) }, context: null };
    },
    allowed: (actor) => canManageWebhooks(actor),
  }),
  rotateWebhookSecret: actionCase({
    arrange: async () => {
      const row = await endpoint();
      return { input: { id: row.id, version: String(row.version) }, context: null };
    },
    allowed: (actor) => canManageWebhooks(actor),
  }),
  redeliverWebhook: actionCase({
    arrange: async () => {
      const row = await endpoint();
      const delivery = await testDb.webhookDelivery.create({ data: { endpointId: row.id, messageId: unique("msg"), eventType: "meeting.scheduled", payload: {}, status: "FAILED", attempts: 8 } });
      return { input: { id: delivery.id }, context: null };
    },
    allowed: (actor) => canManageWebhooks(actor),
  }),
};
