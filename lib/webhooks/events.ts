// The events a webhook endpoint can subscribe to. Names are `record.change`, as Standard Webhooks
// suggests; the payload always carries the record's id and what changed.
export const webhookEventTypes = [
  "agreement.status_changed",
  "progress_update.created",
  "progress_update.confirmed",
  "action_item.status_changed",
  "meeting.scheduled",
  "meeting.changed",
  "minutes.agreed",
] as const;

export type WebhookEventType = (typeof webhookEventTypes)[number];
