// Next calls register() once when the server starts: the server first becomes the one owner of
// the embedded database (lib/embedded-db/app-owner.ts) before it answers any request, then starts
// the reminder schedule (lib/jobs/schedule.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { becomeDatabaseOwner } = await import("@/lib/embedded-db/app-owner");
  await becomeDatabaseOwner();
  const { startReminderSchedule } = await import("./lib/jobs/schedule");
  startReminderSchedule();
}
