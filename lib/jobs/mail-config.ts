// Mail settings from the environment. Without SMTP_URL nothing leaves the machine.
export type MailConfig = {
  smtpUrl: string | null;
  from: string;
  appUrl: string;
  /** How long a claimed mail is held before another attempt may take it (MAIL_LEASE_SECONDS, default 600): longer than a batch takes to send. */
  leaseMs?: number;
};

export function mailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new Error("SMTP_URL must start with smtp:// or smtps://");
  const leaseSeconds = Number(env.MAIL_LEASE_SECONDS ?? "600");
  return {
    smtpUrl,
    leaseMs: Number.isFinite(leaseSeconds) && leaseSeconds > 0 ? leaseSeconds * 1000 : 600_000,
    from: env.MAIL_FROM?.trim() || "MoU Tracker <no-reply@mou-tracker.invalid>",
    appUrl: (env.APP_URL?.trim() || `http://localhost:${env.PORT ?? "3000"}`).replace(/\/+$/, ""),
  };
}
