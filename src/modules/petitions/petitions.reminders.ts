import { and, asc, count, eq, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { notFound } from '../../server/http/errors';
import { addDays, type IsoDate } from '../../shared/domain/calendar';
import { can, scopesFor, type Actor } from '../../shared/domain/access';
import { status as deadlineStatus, formatViDate, getClock, isClockId } from '../../shared/domain/petitions/deadlines';
import { getWorkingCalendar } from '../calendar';
// Direct imports, not the module index: the index's routes import this file (the overdue view), which would be a cycle.
import { notify } from '../notifications/notifications.service';
import { usersWithRolesAt } from '../notifications/notifications.repository';
import { agencyPathIn, findAgency } from '../orgs';
import { agencies } from '../orgs/orgs.table';
import { vnDate } from './petitions.service';
import { petitionDeadlines, petitionLetters } from './petitions.table';

/**
 * Deadline reminders (petitions issue item 6): every morning at 07:00 Vietnam time the responsible officers of
 * the letter's agency are told, in the app and by e-mail, that a legal deadline is near, due today, or past —
 * once per deadline and stage. Texts carry the register number, title and pseudonym only, never the identity
 * of the sender (LTC 2018 Art 8(3), Art 47).
 */
export const REMINDER_QUEUE = 'petitions.deadline_reminders';
export const REMINDER_CRON = '0 7 * * *';
export const REMINDER_STAGES = ['due_soon', 'due_today', 'overdue'] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number];
/** Who answers for a letter's deadlines: the agency's heads, its reception officers and its inspectors. */
export const RECIPIENT_ROLES = ['agency_head', 'reception_officer', 'inspector'] as const;

const SYSTEM: AuditContext = { actorUserId: null, actorName: 'Hệ thống (nhắc thời hạn)', ip: null, requestId: null };

/** The clock's Vietnamese name (the id itself for a clock this version does not know). */
const clockLabel = (id: string) => (isClockId(id) ? getClock(id).labelVi : id);

/** Calendar days from a to b. */
const daysFrom = (a: IsoDate, b: IsoDate) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/**
 * The reminder stage of a running deadline on `today`: past its due date → overdue; due today; within
 * `daysBefore` calendar days, or on/after the rule's own warning date → due soon; otherwise none.
 */
export function stageOf(d: { dueDate: IsoDate; warningDate?: IsoDate | null }, today: IsoDate, daysBefore: number): ReminderStage | null {
  const s = deadlineStatus({ dueDate: d.dueDate, warningDate: d.warningDate ?? undefined }, today, { dueSoonDays: daysBefore });
  return s === 'on_time' ? null : s;
}

/** What a reminder says about the letter and its deadline (no identity: pseudonym only). */
export type ReminderFacts = { registerNo: string; title: string; pseudonym: string; label: string; dueDate: IsoDate; basis: string; today: IsoDate; workingDaysOverdue?: number };

/** The Vietnamese title and body of a reminder, with the due date (dd/mm/yyyy) and the legal basis. */
export function reminderText(stage: ReminderStage, f: ReminderFacts): { title: string; body: string } {
  const letter = `Đơn số ${f.registerNo} "${f.title}" (${f.pseudonym})`;
  const due = formatViDate(f.dueDate);
  const basis = `Căn cứ: ${f.basis}.`;
  switch (stage) {
    case 'due_soon':
      return { title: `Sắp đến hạn: ${f.label} — đơn ${f.registerNo}`, body: `${letter}: thời hạn "${f.label}" sẽ hết vào ngày ${due} (còn ${daysFrom(f.today, f.dueDate)} ngày). ${basis}` };
    case 'due_today':
      return { title: `Hết hạn hôm nay: ${f.label} — đơn ${f.registerNo}`, body: `${letter}: thời hạn "${f.label}" hết vào hôm nay, ngày ${due}. ${basis}` };
    case 'overdue': {
      const late = f.workingDaysOverdue && f.workingDaysOverdue > 0 ? `, đã quá ${f.workingDaysOverdue} ngày làm việc` : '';
      return { title: `Quá hạn: ${f.label} — đơn ${f.registerNo}`, body: `${letter}: thời hạn "${f.label}" đã hết vào ngày ${due}${late}. Đề nghị xử lý ngay và báo cáo thủ trưởng cơ quan. ${basis}` };
    }
  }
}

const deadlineColumns = {
  id: petitionDeadlines.id,
  letterId: petitionDeadlines.letterId,
  clockId: petitionDeadlines.clockId,
  dueDate: petitionDeadlines.dueDate,
  warningDate: petitionDeadlines.warningDate,
  basis: petitionDeadlines.basis,
  registerNo: petitionLetters.registerNo,
  title: petitionLetters.title,
  pseudonym: petitionLetters.authorPseudonym,
  agencyId: petitionLetters.agencyId,
  agencyName: agencies.name,
};

// Queries of petition tables live here (not in petitions.repository.ts) to keep this feature in its own file.
function runningDeadlines(db: Db) {
  return db
    .select(deadlineColumns)
    .from(petitionDeadlines)
    .innerJoin(petitionLetters, eq(petitionLetters.id, petitionDeadlines.letterId))
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId));
}

/** Running deadlines due on or before `horizon`, or whose warning date has come. */
function deadlinesToRemind(db: Db, today: IsoDate, horizon: IsoDate) {
  return runningDeadlines(db)
    .where(and(eq(petitionDeadlines.status, 'running'), or(lte(petitionDeadlines.dueDate, horizon), lte(petitionDeadlines.warningDate, today))))
    .orderBy(asc(petitionDeadlines.dueDate), asc(petitionDeadlines.id));
}

/** Runs the reminders for today (Vietnam time). Safe to run any number of times: each stage is sent once. */
export async function runDeadlineReminders(deps: Deps): Promise<{ deadlines: number; notifications: number }> {
  const now = deps.clock.now();
  const today = vnDate(now);
  const rows = await deadlinesToRemind(deps.db, today, addDays(today, deps.config.reminderDaysBefore));
  const staged = rows.map((d) => ({ d, stage: stageOf(d, today, deps.config.reminderDaysBefore) })).filter((x): x is { d: (typeof rows)[number]; stage: ReminderStage } => x.stage !== null);
  if (staged.length === 0) return { deadlines: 0, notifications: 0 };
  const officers = await usersWithRolesAt(deps.db, [...new Set(staged.map((x) => x.d.agencyId))], [...RECIPIENT_ROLES]);
  const calendar = await getWorkingCalendar(deps.db);
  let sent = 0;
  for (const { d, stage } of staged) {
    const userIds = officers.filter((o) => o.agencyId === d.agencyId).map((o) => o.id);
    if (userIds.length === 0) continue;
    const label = clockLabel(d.clockId);
    const text = reminderText(stage, { ...d, label, today, workingDaysOverdue: stage === 'overdue' ? calendar.countWorkingDays(d.dueDate, today) : undefined });
    sent += await deps.db.transaction(async (tx) => {
      const created = await notify(deps, tx, {
        userIds,
        kind: `deadline.${stage}`,
        ...text,
        link: `/petitions/${d.letterId}`,
        entity: { type: 'petition', id: d.letterId },
        agencyId: d.agencyId,
        dedupeKey: `deadline:${d.id}:${stage}`,
      });
      if (created.length > 0) {
        await recordAudit(
          tx,
          SYSTEM,
          { action: 'petition.deadline_reminder', entityType: 'petition', entityId: d.letterId, agencyId: d.agencyId, after: { deadlineId: d.id, clockId: d.clockId, stage, dueDate: d.dueDate, recipients: created.length } },
          now,
        );
      }
      return created.length;
    });
  }
  deps.log.info({ today, deadlines: staged.length, notifications: sent }, 'deadline reminders');
  return { deadlines: staged.length, notifications: sent };
}

/**
 * The overdue view for agency heads: running deadlines past their due date in the actor's `petitions.read`
 * scope (or one agency's subtree within it), oldest first, with working and calendar days overdue.
 */
export async function listOverdue(deps: Deps, actor: Actor, q: { agencyId?: string; limit?: number; offset?: number } = {}) {
  const today = vnDate(deps.clock.now());
  const conds: SQL[] = [eq(petitionDeadlines.status, 'running'), lt(petitionDeadlines.dueDate, today), agencyPathIn(scopesFor(actor, 'petitions.read'))];
  if (q.agencyId) {
    const agency = await findAgency(deps.db, q.agencyId);
    if (!agency || !can(actor, 'petitions.read', { agencyPath: agency.path })) throw notFound('Không tìm thấy cơ quan.');
    conds.push(sql`${agencies.path} like ${`${agency.path}%`}`);
  }
  const where = and(...conds);
  const rows = await runningDeadlines(deps.db)
    .where(where)
    .orderBy(asc(petitionDeadlines.dueDate), asc(petitionLetters.registerNo), asc(petitionDeadlines.id))
    .limit(q.limit ?? 100)
    .offset(q.offset ?? 0);
  const [total] = await deps.db
    .select({ n: count() })
    .from(petitionDeadlines)
    .innerJoin(petitionLetters, eq(petitionLetters.id, petitionDeadlines.letterId))
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(where);
  const calendar = await getWorkingCalendar(deps.db);
  return {
    today,
    total: Number(total?.n ?? 0),
    items: rows.map((d) => ({
      deadlineId: d.id,
      letterId: d.letterId,
      registerNo: d.registerNo,
      title: d.title,
      author: d.pseudonym,
      agencyId: d.agencyId,
      agencyName: d.agencyName,
      clockId: d.clockId,
      label: clockLabel(d.clockId),
      dueDate: d.dueDate,
      daysOverdue: calendar.countWorkingDays(d.dueDate, today),
      calendarDaysOverdue: daysFrom(d.dueDate, today),
      basis: d.basis,
    })),
  };
}

/** Registers the daily reminder job (07:00, Asia/Ho_Chi_Minh). */
export async function registerReminderJobs(deps: Deps): Promise<void> {
  deps.jobs.handle(REMINDER_QUEUE, async () => {
    await runDeadlineReminders(deps);
  });
  await deps.jobs.schedule('petition-deadline-reminders', REMINDER_CRON, REMINDER_QUEUE);
}
