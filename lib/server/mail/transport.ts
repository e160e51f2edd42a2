import "server-only";
import nodemailer from "nodemailer";
import type { MailSettings } from "@/lib/server/config";

export type MailTransport = ReturnType<typeof createMailTransport>;

/**
 * An SMTP transport from SMTP_URL. Every wait is cut to a third of the claim's lease, so a
 * hung server fails a send before the lease lets another sender take the same message.
 */
export function createMailTransport(settings: Pick<MailSettings, "smtpUrl" | "sendTimeoutSeconds">) {
  const timeout = Math.floor((settings.sendTimeoutSeconds * 1000) / 3);
  return nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
}
