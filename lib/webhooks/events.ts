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

/** Each event's name in the interface (messages `webhooks.eventNames.*`; message keys hold no dots). */
export const webhookEventLabels = {
  "agreement.status_changed": "webhooks.eventNames.agreementStatusChanged",
  "progress_update.created": "webhooks.eventNames.progressUpdateCreated",
  "progress_update.confirmed": "webhooks.eventNames.progressUpdateConfirmed",
  "action_item.status_changed": "webhooks.eventNames.actionItemStatusChanged",
  "meeting.scheduled": "webhooks.eventNames.meetingScheduled",
  "meeting.changed": "webhooks.eventNames.meetingChanged",
  "minutes.agreed": "webhooks.eventNames.minutesAgreed",
} as const satisfies Record<WebhookEventType, `webhooks.eventNames.${string}`>;
