// Sends due webhook deliveries every WEBHOOK_INTERVAL_SECONDS (default 10) inside the running
// server, one round at a time per process (instances are kept apart by the claims' leases).
// Started from instrumentation.ts, beside the reminder schedule.
import { db } from "@/lib/db";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";

const globalForSchedule = globalThis as unknown as { mouWebhookTimer?: NodeJS.Timeout };

export function startWebhookSchedule(): void {
  if (globalForSchedule.mouWebhookTimer || process.env.WEBHOOKS_DISABLED === "1") return;
  const seconds = Number(process.env.WEBHOOK_INTERVAL_SECONDS ?? "10");
  const intervalMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 10_000;
  let running = false;
  globalForSchedule.mouWebhookTimer = setInterval(() => {
    if (running) return;
    running = true;
    deliverDueWebhooks(db)
      .catch((error: unknown) => console.error("Webhook round failed (it runs again on the next tick)", error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  globalForSchedule.mouWebhookTimer.unref();
}
