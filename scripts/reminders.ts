// npm run reminders: one sweep, then queue and deliver what is due, then exit (for cron).
// With the embedded database, run it only while the app is stopped (the running app already
// does this on its schedule); with PostgreSQL, run it any time, from any number of machines.
import { existsSync } from "node:fs";
import { createPrismaClient } from "@/lib/prisma-client";
import { runReminderRound } from "@/lib/jobs/reminders";

if (existsSync(".env.local")) process.loadEnvFile(".env.local");
if (!process.env.AUTH_SECRET) {
  console.error("AUTH_SECRET is not set (it signs the settings links in every mail). Set it, or run `npm start` once to create .env.local.");
  process.exit(1);
}
const client = createPrismaClient();
try {
  const result = await runReminderRound(client);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await client.$disconnect();
}
process.exit(0);
