// Next calls register() once when the server starts: it checks the file storage settings (a
// half-configured bucket stops it at once, lib/files/store), then becomes the one owner of
// the embedded database (lib/embedded-db/app-owner.ts) before it answers any request, then starts
// the reminder schedule (lib/jobs/schedule.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { requireValidStorageSettings } = await import("@/lib/files/store/require-settings");
  requireValidStorageSettings();
  const { becomeDatabaseOwner } = await import("@/lib/embedded-db/app-owner");
  await becomeDatabaseOwner();
  const { startReminderSchedule } = await import("./lib/jobs/schedule");
  startReminderSchedule();
  const { startWebhookSchedule } = await import("./lib/jobs/webhook-schedule");
  startWebhookSchedule();
}
