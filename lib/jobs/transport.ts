// The SMTP transport from SMTP_URL (smtp:// or smtps:// for TLS), or null when mail is not configured.
import nodemailer from "nodemailer";
import type { MailConfig } from "./mail-config";
import type { MailTransport } from "./deliver";

export function createMailTransport(config: MailConfig): MailTransport | null {
  if (!config.smtpUrl) return null;
  const transporter = nodemailer.createTransport(config.smtpUrl);
  return { sendMail: (message) => transporter.sendMail(message) };
}
