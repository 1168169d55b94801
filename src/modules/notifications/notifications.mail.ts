import { z } from 'zod';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { createMailer, type MailMessage, type Mailer } from '../../server/mail/mailer';
import * as repo from './notifications.repository';

/** The queue that delivers e-mail: a slow or failing SMTP server never blocks a request, and failures retry. */
export const MAIL_QUEUE = 'mail.send';

const MailJobPayload = z.union([
  z.object({ notificationId: z.uuid() }),
  z.object({ to: z.email(), subject: z.string().min(1).max(300), text: z.string().min(1), html: z.string().optional() }),
]);
export type MailJobPayload = z.infer<typeof MailJobPayload>;

const FOOTER = 'Thư này được gửi tự động từ hệ thống Thanh tra số. Vui lòng không trả lời thư này.';

/** The plain-text e-mail copy of a notification, in Vietnamese, with a link to the web app when its address is known. */
export function notificationEmail(n: { title: string; body: string; link: string | null }, recipientName: string, publicBaseUrl?: string): Omit<MailMessage, 'to'> {
  const where = n.link && publicBaseUrl ? `Xem chi tiết: ${publicBaseUrl}${n.link}` : 'Đăng nhập hệ thống Thanh tra số để xem chi tiết.';
  return {
    subject: `[Thanh tra số] ${n.title}`,
    text: [`Kính gửi ${recipientName},`, '', n.body, '', where, '', '--', FOOTER, ''].join('\n'),
  };
}

/** Queues an e-mail that is not tied to a notification (in the caller's transaction when `db` is one). */
export async function enqueueMail(deps: Pick<Deps, 'jobs'>, db: Db, message: MailMessage): Promise<void> {
  await deps.jobs.enqueue(MAIL_QUEUE, MailJobPayload.parse(message), { maxAttempts: 8 }, db);
}

const short = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 500);

/**
 * Sends one queued e-mail. For a notification: skipped when already sent (a retried job after a crash), recorded
 * as an error without retry when the recipient has no address or e-mail is not configured; an SMTP failure is
 * recorded on the notification and rethrown so the queue retries with back-off.
 */
export async function deliverMail(deps: Deps, mailer: Mailer, payload: unknown): Promise<void> {
  const parsed = MailJobPayload.safeParse(payload);
  if (!parsed.success) throw new Error('Yêu cầu gửi thư không hợp lệ.');
  const job = parsed.data;
  if (!('notificationId' in job)) {
    const result = await mailer.send(job);
    if (!result.delivered) deps.log.warn({ to: job.to, reason: result.reason }, 'e-mail not sent');
    return;
  }
  const found = await repo.findForMail(deps.db, job.notificationId);
  if (!found || found.notification.emailedAt) return;
  if (!found.email || found.status !== 'active') {
    await repo.setEmailResult(deps.db, found.notification.id, { emailError: 'Người nhận không có địa chỉ thư điện tử hoặc đã bị khoá.' });
    return;
  }
  const message = { to: found.email, ...notificationEmail(found.notification, found.fullName, deps.config.publicBaseUrl) };
  try {
    const result = await mailer.send(message);
    await repo.setEmailResult(deps.db, found.notification.id, result.delivered ? { emailedAt: deps.clock.now(), emailError: null } : { emailError: result.reason });
  } catch (err) {
    await repo.setEmailResult(deps.db, found.notification.id, { emailError: `Gửi thư thất bại: ${short(err)}` });
    throw err;
  }
}

/** Registers the e-mail worker (queue `mail.send`); the mailer comes from SMTP_* unless one is given (tests). */
export function registerNotificationJobs(deps: Deps, mailer: Mailer = createMailer(deps.config)): Mailer {
  deps.jobs.handle(MAIL_QUEUE, (payload) => deliverMail(deps, mailer, payload));
  if (!mailer.configured) deps.log.info('e-mail not configured (SMTP_URL / SMTP_HOST unset): in-app notifications only');
  return mailer;
}
