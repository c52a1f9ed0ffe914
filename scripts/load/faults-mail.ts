// Mail under faults, at a real SMTP server started here (smtp-server) that counts what arrives by
// Message-ID:
//   A. the SMTP server goes down for 10 s in the middle of a reminder round (sweep, queue,
//      delivery) and comes back; the app process keeps running its rounds;
//   B. the process delivering mail (`npm run reminders`, as cron runs it) is killed with SIGKILL
//      while it is sending, then run again;
//   C. the app server itself, delivering on its in-server schedule, is killed with SIGKILL while
//      it is sending, then started again (needs the build in .next-load: `npm run faults -- --build`).
// Afterwards every notification has been handled, every mail is SENT and arrived, and none
// arrived twice. Each scenario's recipients are new officers of the Ministry of Digital, whom the
// sweep reminds of the ministry's milestones (one digest mail each, plus mail sent at once).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { createPrismaClient } from "../../lib/prisma-client";
import { runReminderRound } from "../../lib/jobs/reminders";
import { createMailTransport } from "../../lib/jobs/transport";
import type { MailConfig } from "../../lib/jobs/mail-config";
import { existsSync } from "node:fs";
import { distDir, root, startInstance, waitUntilUp } from "./workload";

type Client = ReturnType<typeof createPrismaClient>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A local SMTP server that can go down and come back, slow down, and counts arrivals by Message-ID. */
function startCountingServer(port: number) {
  const arrivals = new Map<string, number>();
  let total = 0;
  let delayMs = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const head = Buffer.concat(chunks).toString("utf8").split(/\r?\n\r?\n/, 1)[0] ?? "";
        const messageId = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? `(none ${total})`;
        // Counted once the server has accepted the message, as a real server's mailbox would.
        setTimeout(() => {
          arrivals.set(messageId, (arrivals.get(messageId) ?? 0) + 1);
          total += 1;
          callback();
        }, delayMs);
      });
    },
  });
  const listen = () => new Promise<void>((resolve) => server.server.listen(port, "127.0.0.1", () => resolve()));
  return {
    arrivals,
    received: () => total,
    setDelay: (ms: number) => {
      delayMs = ms;
    },
    up: listen,
    /** Stops accepting connections (the port refuses), as a stopped mail server does. */
    down: () => new Promise<void>((resolve) => server.server.close(() => resolve())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Counting = ReturnType<typeof startCountingServer>;

/** New officers of the ministry that owns the seed's milestones: the sweep has something to tell each. */
async function addRecipients(db: Client, prefix: string, count: number): Promise<void> {
  const ministry = await db.organisation.findFirstOrThrow({ where: { nameEn: "Ministry of Digital" }, select: { id: true } });
  await db.user.createMany({
    data: Array.from({ length: count }, (_, index) => ({ email: `${prefix}-${index}@faults.example`, name: `Faults officer ${prefix} ${index}`, passwordHash: "unusable", role: "OFFICER" as const, organisationId: ministry.id })),
  });
}

async function mailFigures(db: Client, prefix: string, smtp: Counting) {
  const where = { recipient: { email: { startsWith: `${prefix}-` } } };
  const [notifications, unhandled, mails, notSent] = await Promise.all([
    db.notification.count({ where }),
    db.notification.count({ where: { ...where, mailedAt: null } }),
    db.outboundMail.findMany({ where, select: { messageId: true, status: true, attempts: true } }),
    db.outboundMail.count({ where: { ...where, status: { not: "SENT" } } }),
  ]);
  const arrived = mails.map((mail) => (mail.messageId ? (smtp.arrivals.get(mail.messageId) ?? 0) : 0));
  return {
    notifications,
    notificationsNotYetHandled: unhandled,
    mails: mails.length,
    mailsNotSent: notSent,
    mailsArrived: arrived.filter((count) => count > 0).length,
    mailsMissing: arrived.filter((count) => count === 0).length,
    mailsArrivedTwiceOrMore: arrived.filter((count) => count > 1).length,
    attemptsMax: Math.max(0, ...mails.map((mail) => mail.attempts)),
    mailsRetried: mails.filter((mail) => mail.attempts > 1).length,
  };
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(200);
  }
}

/** A. The app keeps running rounds (as its in-server schedule does) while the SMTP server is down for 10 s. */
async function smtpDownDuringSweep(db: Client, smtp: Counting, config: MailConfig) {
  const prefix = "faults-a";
  await addRecipients(db, prefix, 150);
  smtp.setDelay(10);
  const transport = createMailTransport(config);
  const before = smtp.received();
  let stop = false;
  let rounds = 0;
  let roundErrors = 0;
  // Retries from 1 s up (the app's default starts at 30 s), so the run takes a minute, not an hour.
  const rounder = (async () => {
    while (!stop) {
      try {
        await runReminderRound(db, { config, transport, delivery: { retryBaseMs: 1_000 } });
      } catch (error) {
        roundErrors += 1;
        console.error("round failed:", error instanceof Error ? error.message : error);
      }
      rounds += 1;
      await sleep(500);
    }
  })();
  await waitFor(() => smtp.received() - before >= 30, 60_000, "the first 30 mails of the round");
  const downAt = Date.now();
  await smtp.down();
  const arrivedBeforeOutage = smtp.received() - before;
  await sleep(10_000);
  await smtp.up();
  const upAt = Date.now();
  const idle = async () => {
    const figures = await mailFigures(db, prefix, smtp);
    return figures.notificationsNotYetHandled === 0 && figures.mailsNotSent === 0;
  };
  await waitFor(idle, 180_000, "every mail of scenario A to be sent");
  const drainedAt = Date.now();
  stop = true;
  await rounder;
  return {
    ...(await mailFigures(db, prefix, smtp)),
    arrivedBeforeOutage,
    outageSeconds: Math.round((upAt - downAt) / 100) / 10,
    secondsFromRestartToLastMail: Math.round((drainedAt - upAt) / 100) / 10,
    rounds,
    roundErrors,
  };
}

function runRemindersProcess(env: NodeJS.ProcessEnv): ChildProcess {
  // The script itself in this process (not npx's launcher), so SIGKILL reaches the sender.
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/reminders.ts")], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

/** B. `npm run reminders` is killed while it sends, then run again (as the next cron run would). */
async function killedMidDelivery(db: Client, smtp: Counting, env: NodeJS.ProcessEnv, leaseSeconds: number) {
  const prefix = "faults-b";
  await addRecipients(db, prefix, 150);
  smtp.setDelay(25);
  const before = smtp.received();
  const child = runRemindersProcess(env);
  const childExit = exited(child);
  await waitFor(() => smtp.received() - before >= 40, 120_000, "the killed process to start sending");
  child.kill("SIGKILL");
  await childExit;
  const arrivedBeforeKill = smtp.received() - before;
  const heldByLease = await db.outboundMail.count({ where: { recipient: { email: { startsWith: `${prefix}-` } }, status: "PENDING", attempts: { gt: 0 } } });
  // What the killed process had claimed stays leased to it until the lease runs out; then the next run takes it.
  await sleep((leaseSeconds + 1) * 1000);
  let reruns = 0;
  for (;;) {
    reruns += 1;
    const code = await exited(runRemindersProcess(env));
    if (code !== 0) throw new Error(`npm run reminders exited with ${code}`);
    const figures = await mailFigures(db, prefix, smtp);
    if ((figures.notificationsNotYetHandled === 0 && figures.mailsNotSent === 0) || reruns >= 5) break;
    await sleep(2_000);
  }
  return { ...(await mailFigures(db, prefix, smtp)), arrivedBeforeKill, claimedButUnsentAtKill: heldByLease, reruns };
}

/** C. The app server, sending on its own schedule, is killed mid-delivery and started again. */
async function appKilledMidDelivery(db: Client, smtp: Counting, env: NodeJS.ProcessEnv, leaseSeconds: number, port: number) {
  const prefix = "faults-c";
  await addRecipients(db, prefix, 150);
  smtp.setDelay(25);
  const before = smtp.received();
  // The server's first round starts 5 s after it does; every second after that.
  const serverEnv = { ...env, REMINDERS_DISABLED: "0", REMINDER_INTERVAL_SECONDS: "1" };
  const server = startInstance(port, serverEnv);
  const serverExit = exited(server);
  await waitUntilUp(`http://127.0.0.1:${port}`);
  await waitFor(() => smtp.received() - before >= 40, 120_000, "the app server to start sending");
  server.kill("SIGKILL");
  await serverExit;
  const arrivedBeforeKill = smtp.received() - before;
  const claimedButUnsentAtKill = await db.outboundMail.count({ where: { recipient: { email: { startsWith: `${prefix}-` } }, status: "PENDING", attempts: { gt: 0 } } });
  const restarted = startInstance(port, serverEnv);
  const restartedAt = Date.now();
  try {
    await waitUntilUp(`http://127.0.0.1:${port}`);
    await waitFor(
      async () => {
        const figures = await mailFigures(db, prefix, smtp);
        return figures.notificationsNotYetHandled === 0 && figures.mailsNotSent === 0;
      },
      180_000 + leaseSeconds * 1000,
      "the restarted app server to send every mail of scenario C",
    );
  } finally {
    restarted.kill("SIGTERM");
    await exited(restarted);
  }
  return { ...(await mailFigures(db, prefix, smtp)), arrivedBeforeKill, claimedButUnsentAtKill, secondsFromRestartToLastMail: Math.round((Date.now() - restartedAt) / 100) / 10 };
}

export type MailFaultFigures = Awaited<ReturnType<typeof runMailFaults>>;

/** Runs both scenarios against a seeded PostgreSQL database and returns their figures. */
export async function runMailFaults(databaseUrl: string, env: NodeJS.ProcessEnv) {
  const smtpPort = Number(process.env.FAULTS_SMTP_PORT ?? 3460);
  const leaseSeconds = 8;
  const config: MailConfig = { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: "MoU Tracker <tracker@faults.example>", appUrl: "http://127.0.0.1:3450", leaseMs: leaseSeconds * 1000 };
  // The in-process rounds sign settings links as the app does.
  process.env.AUTH_SECRET = env.AUTH_SECRET;
  const smtp = startCountingServer(smtpPort);
  await smtp.up();
  const db = createPrismaClient({ kind: "postgres", connectionString: databaseUrl });
  try {
    const smtpDown = await smtpDownDuringSweep(db, smtp, config);
    const killed = await killedMidDelivery(
      db,
      smtp,
      { ...env, DATABASE_URL: databaseUrl, SMTP_URL: config.smtpUrl ?? "", MAIL_FROM: config.from, APP_URL: config.appUrl, MAIL_LEASE_SECONDS: String(leaseSeconds), REMINDERS_DISABLED: "1" },
      leaseSeconds,
    );
    const serverKilled = existsSync(path.join(root, distDir, "BUILD_ID"))
      ? await appKilledMidDelivery(
          db,
          smtp,
          { ...env, DATABASE_URL: databaseUrl, SMTP_URL: config.smtpUrl ?? "", MAIL_FROM: config.from, APP_URL: config.appUrl, MAIL_LEASE_SECONDS: String(leaseSeconds) },
          leaseSeconds,
          Number(process.env.FAULTS_MAIL_APP_PORT ?? 3451),
        )
      : null;
    const duplicatesAtServer = [...smtp.arrivals.values()].filter((count) => count > 1).length;
    return { smtpDown, killed, serverKilled, arrivalsAtServer: smtp.received(), distinctMessageIds: smtp.arrivals.size, duplicatesAtServer };
  } finally {
    await db.$disconnect();
    await smtp.close();
  }
}

/** Every notification handled, every mail sent and arrived, none twice. */
export function mailFaultsPassed(figures: MailFaultFigures): boolean {
  return [figures.smtpDown, figures.killed, figures.serverKilled ?? figures.killed].every(
    (scenario) => scenario.notifications > 0 && scenario.notificationsNotYetHandled === 0 && scenario.mailsNotSent === 0 && scenario.mailsMissing === 0 && scenario.mailsArrivedTwiceOrMore === 0,
  ) && figures.duplicatesAtServer === 0;
}

export function printMailFaults(figures: MailFaultFigures): void {
  const { smtpDown, killed } = figures;
  console.log("\n## Mail under faults (a real SMTP server counting by Message-ID)");
  console.log(
    `- SMTP server down for ${smtpDown.outageSeconds} s during a reminder round: ${smtpDown.notifications} notifications → ${smtpDown.mails} mails; ` +
      `${smtpDown.arrivedBeforeOutage} arrived before the outage, ${smtpDown.mailsRetried} were retried (up to ${smtpDown.attemptsMax} attempts); ` +
      `the last arrived ${smtpDown.secondsFromRestartToLastMail} s after the server came back (${smtpDown.rounds} rounds, ${smtpDown.roundErrors} failed rounds). ` +
      `Arrived: ${smtpDown.mailsArrived}, missing: ${smtpDown.mailsMissing}, twice or more: ${smtpDown.mailsArrivedTwiceOrMore}, not handled: ${smtpDown.notificationsNotYetHandled}.`,
  );
  console.log(
    `- \`npm run reminders\` killed (SIGKILL) mid-delivery: ${killed.notifications} notifications → ${killed.mails} mails; ${killed.arrivedBeforeKill} arrived before the kill, ` +
      `${killed.claimedButUnsentAtKill} were claimed and waiting out the lease; ${killed.reruns} later run(s) delivered the rest. ` +
      `Arrived: ${killed.mailsArrived}, missing: ${killed.mailsMissing}, twice or more: ${killed.mailsArrivedTwiceOrMore}, not handled: ${killed.notificationsNotYetHandled}.`,
  );
  const { serverKilled } = figures;
  console.log(
    serverKilled
      ? `- The app server killed (SIGKILL) mid-delivery and started again: ${serverKilled.notifications} notifications → ${serverKilled.mails} mails; ${serverKilled.arrivedBeforeKill} arrived before the kill, ` +
          `${serverKilled.claimedButUnsentAtKill} were claimed and waiting out the lease; the restarted server sent the rest within ${serverKilled.secondsFromRestartToLastMail} s. ` +
          `Arrived: ${serverKilled.mailsArrived}, missing: ${serverKilled.mailsMissing}, twice or more: ${serverKilled.mailsArrivedTwiceOrMore}, not handled: ${serverKilled.notificationsNotYetHandled}.`
      : `- The app server killed mid-delivery: not run (no build in ${distDir}; add --build).`,
  );
  console.log(`- At the server: ${figures.arrivalsAtServer} messages, ${figures.distinctMessageIds} distinct Message-IDs, ${figures.duplicatesAtServer} received more than once.`);
}
