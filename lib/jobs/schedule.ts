// The reminder round inside the running server: every REMINDER_INTERVAL_SECONDS (default 300),
// never two rounds at once in one process (other instances are kept apart by the database: the
// idempotency keys, SKIP LOCKED claims and leases). Started from instrumentation.ts.
import { db } from "@/lib/db";
import { runReminderRound } from "./reminders";

const globalForSchedule = globalThis as unknown as { mouReminderTimer?: NodeJS.Timeout };

export function startReminderSchedule(): void {
  if (globalForSchedule.mouReminderTimer || process.env.REMINDERS_DISABLED === "1") return;
  const seconds = Number(process.env.REMINDER_INTERVAL_SECONDS ?? "300");
  const intervalMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 300_000;
  let running = false;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      await runReminderRound(db);
    } catch (error) {
      console.error("Reminder round failed (it runs again on the next tick)", error);
    } finally {
      running = false;
    }
  };
  globalForSchedule.mouReminderTimer = setInterval(() => void round(), intervalMs);
  globalForSchedule.mouReminderTimer.unref();
  setTimeout(() => void round(), 5_000).unref();
}
