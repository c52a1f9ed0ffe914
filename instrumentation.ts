// Next calls register() once when the server starts. The reminder schedule lives in its own
// module (lib/jobs/schedule.ts) so other start-up work can sit beside it here.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startReminderSchedule } = await import("./lib/jobs/schedule");
  startReminderSchedule();
}
