// Fine payment reminders (issue 5 item 4): a daily job tells the officer who signed the decision (else the agency's
// heads) before the payment deadline and once it has passed — in-app (and e-mail when configured), once per case,
// stage and due day, audited. The pure stage and texts are in shared/domain/sanctions/reminders.ts.
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Deps } from '../../server/deps';
import { addDays } from '../../shared/domain/calendar';
import { paymentReminderStage, paymentReminderText, type PaymentReminderStage } from '../../shared/domain/sanctions/reminders';
// Direct imports (not the module index) as the petitions and inspections reminders do.
import { notify } from '../notifications/notifications.service';
import { usersWithRolesAt } from '../notifications/notifications.repository';
import { casesToRemind } from './sanctions.repository';

export const PAYMENT_REMINDER_QUEUE = 'sanctions.payment_reminders';
export const PAYMENT_REMINDER_CRON = '10 7 * * *';
/** Who is told when the decision names no signer of the platform: the heads of the sanctioning agency. */
export const PAYMENT_REMINDER_FALLBACK_ROLES = ['agency_head'] as const;
const SYSTEM: AuditContext = { actorUserId: null, actorName: 'Hệ thống (nhắc nộp tiền phạt)', ip: null, requestId: null };
const vnToday = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** Runs today's payment reminders: once per case, stage and due day (safe to run again). */
export async function runPaymentReminders(deps: Deps): Promise<{ cases: number; notifications: number }> {
  const now = deps.clock.now();
  const today = vnToday(now);
  const days = deps.config.reminderDaysBefore;
  const rows = await casesToRemind(deps.db, addDays(today, -Math.max(1, days)), addDays(today, days));
  const staged = rows
    .map((r) => ({ r, balance: (r.sanction.fineAmount ?? 0) - r.sanction.paidAmount }))
    .map((x) => ({ ...x, stage: paymentReminderStage(x.r.sanction.nextDue, x.balance, today, days) }))
    .filter((x): x is typeof x & { stage: PaymentReminderStage } => x.stage !== null);
  if (staged.length === 0) return { cases: 0, notifications: 0 };
  const heads = await usersWithRolesAt(deps.db, [...new Set(staged.map((x) => x.r.sanction.agencyId))], [...PAYMENT_REMINDER_FALLBACK_ROLES]);
  let sent = 0;
  for (const { r, balance, stage } of staged) {
    const c = r.sanction;
    const userIds = c.signerUserId ? [c.signerUserId] : [...new Set(heads.filter((h) => h.agencyId === c.agencyId).map((h) => h.id))];
    if (userIds.length === 0) continue;
    const text = paymentReminderText(stage, { caseNo: c.caseNo, decisionNo: c.decisionNo, violatorName: c.violatorName, nextDue: c.nextDue!, balance, today });
    sent += await deps.db.transaction(async (tx) => {
      const created = await notify(deps, tx, { userIds, kind: `sanction.payment_${stage}`, ...text, link: `/sanctions/${c.id}`, entity: { type: 'sanction', id: c.id }, agencyId: c.agencyId, dedupeKey: `sanction-payment:${c.id}:${stage}:${c.nextDue}` });
      if (created.length > 0) await recordAudit(tx, SYSTEM, { action: 'sanction.payment_reminder', entityType: 'sanction', entityId: c.id, agencyId: c.agencyId, after: { stage, nextDue: c.nextDue, balance, recipients: created.length } }, now);
      return created.length;
    });
  }
  deps.log.info({ today, cases: staged.length, notifications: sent }, 'fine payment reminders');
  return { cases: staged.length, notifications: sent };
}

/** Registers the daily payment reminders (07:10, after the inspections' follow-up reminders). */
export async function registerSanctionJobs(deps: Deps): Promise<void> {
  deps.jobs.handle(PAYMENT_REMINDER_QUEUE, async () => {
    await runPaymentReminders(deps);
  });
  await deps.jobs.schedule('sanction-payment-reminders', PAYMENT_REMINDER_CRON, PAYMENT_REMINDER_QUEUE);
}
