import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { Config } from '../config';

/** One e-mail: plain Vietnamese text, optionally an HTML alternative. */
export type MailMessage = { to: string; subject: string; text: string; html?: string };

/** What happened to a message: handed to the SMTP server, or not sent because e-mail is not configured. */
export type MailResult = { delivered: true; messageId: string } | { delivered: false; reason: string };

/** Sends e-mail. `send` throws when the server refuses or cannot be reached (the mail job then retries). */
export interface Mailer {
  readonly configured: boolean;
  send(message: MailMessage): Promise<MailResult>;
}

export const MAIL_NOT_CONFIGURED = 'Chưa cấu hình máy chủ thư điện tử (SMTP): chỉ gửi thông báo trong hệ thống.';

/** True when the configuration names an SMTP server (SMTP_URL or SMTP_HOST). */
export function mailConfigured(config: Config): boolean {
  return Boolean(config.mail.url || config.mail.host);
}

/**
 * nodemailer options from the configuration: SMTP_URL as given (smtp:// or smtps://, query options allowed), or
 * SMTP_HOST/SMTP_PORT/SMTP_USER/SMTP_PASS (port 465 = implicit TLS, otherwise STARTTLS when the server offers it).
 * Short time-outs: a slow server fails the job, which the queue retries with back-off.
 */
export function smtpOptions(config: Config): SMTPTransport.Options | string | undefined {
  const m = config.mail;
  if (m.url) return m.url;
  if (!m.host) return undefined;
  const port = m.port ?? 587;
  return {
    host: m.host,
    port,
    secure: port === 465,
    ...(m.user ? { auth: { user: m.user, pass: m.pass ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  };
}

/** Sends through an SMTP server with nodemailer. */
export class SmtpMailer implements Mailer {
  readonly configured = true;
  private readonly transport: nodemailer.Transporter<SMTPTransport.SentMessageInfo>;

  constructor(
    options: SMTPTransport.Options | string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(options);
  }

  async send(message: MailMessage): Promise<MailResult> {
    const info = await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text, ...(message.html ? { html: message.html } : {}) });
    if (info.rejected.length > 0) throw new Error(`Máy chủ thư từ chối người nhận ${message.to}.`);
    return { delivered: true, messageId: info.messageId };
  }

  close(): void {
    this.transport.close();
  }
}

/** No SMTP server configured: nothing is sent and the caller records why; in-app notifications still work. */
export class NoopMailer implements Mailer {
  readonly configured = false;
  async send(): Promise<MailResult> {
    return { delivered: false, reason: MAIL_NOT_CONFIGURED };
  }
}

/** The mailer for a configuration: SMTP when configured, otherwise the no-op mailer. */
export function createMailer(config: Config): Mailer {
  const options = smtpOptions(config);
  return options ? new SmtpMailer(options, config.mail.from) : new NoopMailer();
}
