// Mail settings from the environment. Without SMTP_URL nothing leaves the machine.
export type MailConfig = { smtpUrl: string | null; from: string; appUrl: string };

export function mailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new Error("SMTP_URL must start with smtp:// or smtps://");
  return {
    smtpUrl,
    from: env.MAIL_FROM?.trim() || "MoU Tracker <no-reply@mou-tracker.invalid>",
    appUrl: (env.APP_URL?.trim() || `http://localhost:${env.PORT ?? "3000"}`).replace(/\/+$/, ""),
  };
}
